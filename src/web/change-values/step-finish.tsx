/**
 * Step 6: what Finish will do (the button is in the footer and cannot apply twice; the server
 * answers a repeated finish with the first result). Afterwards: how many activities changed, the
 * report after (and before) and "Ångra ändringen", which restores the old values and says how many
 * were restored and how many kept because someone edited them since.
 */
import { useState } from 'react';
import { ApiError, del } from '../api';
import { useI18n } from '../i18n';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { ReportLinks } from '../shared/report-links';
import { useChange } from './change-context';
import { ChangeSummary } from './change-summary';
import type { UndoResult } from './types';

export function StepFinish() {
  const { t } = useI18n();
  const { draft, finishing, finishError } = useChange();
  if (draft.status === 'finished' || draft.status === 'undone') return <FinishedView />;
  return (
    <div className="wz-finish">
      <p className="wz-summary-sentence">{t('changeValues.fin.summary', { n: draft.counts.included })}</p>
      <ChangeSummary changes={draft.changes} />
      {draft.conflicts && <p className="wz-muted">{t(draft.conflicts === 'shift' ? 'changeValues.fin.conflictShift' : 'changeValues.fin.conflictSkip')}</p>}
      <p className="wz-muted">{t('changeValues.fin.pressFinish')}</p>
      {finishing && (
        <div className="wz-progress" role="status">
          <progress aria-label={t('changeValues.fin.running')} />
          <span>{t('changeValues.fin.running')}</span>
        </div>
      )}
      {finishError && <p className="wz-error" role="alert">{finishError}</p>}
    </div>
  );
}

function FinishedView() {
  const { t } = useI18n();
  const { draft, refresh } = useChange();
  const r = draft.result!;
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [undo, setUndo] = useState<UndoResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const base = `/api/activity-changes/${draft.id}/report`;

  const doUndo = async () => {
    if (busy) return;
    setBusy(true); setError(null);
    try {
      setUndo(await del<UndoResult>(`/api/activity-changes/${draft.id}/changes`));
      setAsking(false);
      await refresh();
    } catch (e) {
      setAsking(false);
      setError(e instanceof ApiError ? e.message : String(e));
    } finally { setBusy(false); }
  };

  return (
    <div className="wz-finish">
      <p className="wz-summary-sentence" role="status">{draft.status === 'undone' ? t('changeValues.fin.undoneState') : t('changeValues.fin.done', { n: r.changed })}</p>
      {r.skipped > 0 && <p className="wz-muted">{t('changeValues.fin.skipped', { n: r.skipped })}</p>}
      <ChangeSummary changes={draft.changes} />
      <div className="wz-finish-actions">
        <span>{t('changeValues.fin.reportAfter')}:</span> <ReportLinks path={base} params={{ kind: 'after' }} />
      </div>
      <div className="wz-finish-actions">
        <span>{t('changeValues.fin.reportBefore')}:</span> <ReportLinks path={base} params={{ kind: 'before' }} />
      </div>
      {draft.status === 'finished' && (
        <p><button type="button" className="danger" onClick={() => setAsking(true)} disabled={busy}>{t('changeValues.fin.undo')}</button></p>
      )}
      {draft.status === 'undone' && (
        <p className="wz-ok" role="status" data-testid="undo-result">
          {undo ? `${t('changeValues.fin.undoneRestored', { n: undo.restored })}${undo.kept ? ` ${t('changeValues.fin.undoneKept', { n: undo.kept })}` : ''}` : t('changeValues.fin.undoneWas', { n: r.changed })}
        </p>
      )}
      {error && <p className="wz-error" role="alert">{error}</p>}
      <ConfirmDialog open={asking} title={t('changeValues.fin.undoTitle')} danger busy={busy}
        confirmLabel={t('changeValues.fin.undoConfirm', { n: r.changed })} cancelLabel={t('changeValues.fin.undoKeep')}
        onCancel={() => setAsking(false)} onConfirm={() => void doUndo()}>
        <p>{t('changeValues.fin.undoText', { n: r.changed })}</p>
      </ConfirmDialog>
    </div>
  );
}
