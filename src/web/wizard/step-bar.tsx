/** The numbered step bar: done steps are buttons back to them, the current one is bold. */
import { useI18n } from '../i18n';
import { STEPS } from './wizard-context';

export function StepBar({ step, finished, undone = false, onGo }: { step: number; finished: boolean; undone?: boolean; onGo: (s: number) => void }) {
  const { t } = useI18n();
  return (
    <nav className="wz-steps" aria-label={t('wizard.steps')}>
      <ol>
        {STEPS.map((s) => {
          const label = t(`wizard.step.${s}` as 'wizard.step.1');
          const current = s === step;
          // A finished group goes between its result and its card; an undone one has only its result.
          const reachable = !current && (finished ? s >= 6 : undone ? s === 6 : s < step);
          const cls = current ? 'current' : s < step || ((finished || undone) && s <= 6) ? 'done' : 'todo';
          return (
            <li key={s} className={cls} aria-current={current ? 'step' : undefined}>
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
