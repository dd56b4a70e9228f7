/** Step 1's two large radio cards: one shared activity, or one per contact, each with its hint. */
import { useI18n } from '../i18n';
import type { Mode } from './types';

export function ModeCards({ value, onChange, disabled }: { value: Mode | null; onChange: (m: Mode) => void; disabled?: boolean }) {
  const { t } = useI18n();
  const card = (m: Mode, title: string, hint: string) => (
    <label className={`wz-mode-card${value === m ? ' chosen' : ''}`}>
      <input type="radio" name="wz-mode" value={m} checked={value === m} disabled={disabled} onChange={() => onChange(m)} aria-describedby={`wz-hint-${m}`} />
      <span className="wz-mode-title">{title}</span>
      <span className="wz-mode-hint" id={`wz-hint-${m}`}>{hint}</span>
    </label>
  );
  return (
    <fieldset className="wz-modes">
      <legend>{t('wizard.mode.legend')}</legend>
      <div className="wz-mode-row">
        {card('shared', t('wizard.mode.shared'), t('wizard.mode.shared.hint'))}
        {card('perContact', t('wizard.mode.perContact'), t('wizard.mode.perContact.hint'))}
      </div>
    </fieldset>
  );
}
