/**
 * The numbered step bar of a wizard: reachable steps are buttons back to them, the current one is
 * bold. Which steps are reachable and done is the wizard's rule, passed in.
 */
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n';

type Props = {
  steps: readonly number[];
  step: number;
  label: (s: number) => string;
  reachable: (s: number) => boolean;
  done: (s: number) => boolean;
  onGo: (s: number) => void;
};

export function StepBar({ steps, step, label, reachable, done, onGo }: Props) {
  const { t } = useI18n();
  // On a narrow screen the bar scrolls: keep the current step in view.
  const currentRef = useRef<HTMLLIElement>(null);
  useEffect(() => { currentRef.current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' }); }, [step]);
  return (
    <nav className="wz-steps" aria-label={t('wizard.steps')}>
      <ol>
        {steps.map((s, i) => {
          const isCurrent = s === step;
          const cls = isCurrent ? 'current' : done(s) ? 'done' : 'todo';
          const text = <><span className="wz-num">{i + 1}</span> {label(s)}</>;
          return (
            <li key={s} ref={isCurrent ? currentRef : undefined} className={cls} aria-current={isCurrent ? 'step' : undefined}>
              {!isCurrent && reachable(s)
                ? <button type="button" className="wz-step-link" onClick={() => onGo(s)}>{text}</button>
                : <span className="wz-step-label">{text}</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
