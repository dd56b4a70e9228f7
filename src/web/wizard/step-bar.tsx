/** The numbered step bar: done steps are buttons back to them, the current one is bold. */
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n';
import { STEP, STEPS } from './wizard-context';

export function StepBar({ step, finished, undone = false, onGo }: { step: number; finished: boolean; undone?: boolean; onGo: (s: number) => void }) {
  const { t } = useI18n();
  // On a narrow screen the bar scrolls: keep the current step in view.
  const currentRef = useRef<HTMLLIElement>(null);
  useEffect(() => { currentRef.current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' }); }, [step]);
  return (
    <nav className="wz-steps" aria-label={t('wizard.steps')}>
      <ol>
        {STEPS.map((s) => {
          const label = t(`wizard.step.${s}` as 'wizard.step.1');
          const isCurrent = s === step;
          // A finished group goes between its result and its card; an undone one has only its result.
          const reachable = !isCurrent && (finished ? s >= STEP.finish : undone ? s === STEP.finish : s < step);
          const cls = isCurrent ? 'current' : s < step || ((finished || undone) && s <= STEP.finish) ? 'done' : 'todo';
          return (
            <li key={s} ref={isCurrent ? currentRef : undefined} className={cls} aria-current={isCurrent ? 'step' : undefined}>
              {reachable
                ? <button type="button" className="wz-step-link" onClick={() => onGo(s)}><span className="wz-num">{s}</span> {label}</button>
                : <span className="wz-step-label"><span className="wz-num">{s}</span> {label}</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
