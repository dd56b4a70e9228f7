/**
 * Step 7 of an undone group: says that its activities were deleted and offers to start again
 * from its selection (a new draft with the same mode, selection and moves, opened at step 2).
 */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { post } from '../api';
import { useI18n } from '../i18n';
import { useWizard } from './wizard-context';
import type { Draft } from './types';

export function UndoneView() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { draft } = useWizard();
  const r = draft.result!;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const restart = async () => {
    if (busy) return;
    setBusy(true); setError(null);
    try {
      const d = await post<Draft>(`/api/group-activities/${draft.id}/restart`, {});
      navigate(`/group-activities/${d.id}/2`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  };
  return (
    <div className="wz-finish">
      <p className="wz-summary-sentence" role="status">{t('wizard.fin.undoneState', { n: r.activityCount, first: String(r.firstNumber ?? ''), last: String(r.lastNumber ?? '') })}</p>
      <p className="wz-muted">{t('wizard.fin.restartHint')}</p>
      <p><button type="button" className="primary" onClick={() => void restart()} disabled={busy} aria-busy={busy}>{t('wizard.fin.restart')}</button></p>
      {error && <p className="wz-error" role="alert">{error}</p>}
    </div>
  );
}
