/**
 * Step 7: the summary sentence and the options before Finish (the button is in the footer and
 * cannot create twice); a progress bar while the server works; afterwards the created activities
 * with their numbers, the report of them and "Ångra hela gruppen". An undone group says so and
 * offers to start again from its selection (a new draft with the same mode, selection and moves).
 */
import { useEffect, useState } from 'react';
import { ApiError, del, get } from '../api';
import { useI18n } from '../i18n';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { ReportLinks } from './step-check';
import { useWizard } from './wizard-context';
import { UndoneView } from './undone-view';
import type { Named, Page } from './types';

type ActivityRow = { id: number; number: number; subject: string | null; startAt: string | null; responsibleName?: string | null; contacts?: { id: number; number: number; name: string }[]; contactIds: number[] };

export function StepFinish() {
  const { t } = useI18n();
  const { draft, update, employees, finishing, finishError } = useWizard();
  const [types, setTypes] = useState<Named[]>([]);
  const [perEmployee, setPerEmployee] = useState<number | null>(null);
  const finished = draft.status === 'finished' && draft.result;

  useEffect(() => {
    get<Page<Named>>('/api/activity-types?limit=1000').then((p) => setTypes(p.items), () => setTypes([]));
    if (draft.distribution) {
      get<{ perEmployee: { count: number }[] }>(`/api/group-activities/${draft.id}/distribution?limit=1`)
        .then((p) => setPerEmployee(p.perEmployee.filter((x) => x.count > 0).length), () => setPerEmployee(null));
    }
  }, [draft.id, draft.distribution]);

  if (draft.status === 'undone' && draft.result) return <UndoneView />;
  if (finished) return <FinishedView />;
  const N = draft.counts.included;
  const respName = employees.find((e) => e.id === draft.responsibleId)?.name ?? '';
  const summary = draft.mode === 'shared'
    ? `${t('wizard.fin.sharedSummary', { n: N })} ${respName ? t('wizard.fin.sharedResp', { name: respName }) : ''}`
    : draft.distribution
      ? t('wizard.fin.perContactDist', { n: N, m: perEmployee ?? 0 })
      : t('wizard.fin.perContactResp', { n: N, name: respName });
  const options = draft.options ?? {};
  return (
    <div className="wz-finish">
      <p className="wz-summary-sentence">{summary}</p>
      <p className="wz-muted">{t('wizard.fin.pressFinish')}</p>
      <fieldset className="wz-options" disabled={finishing}>
        <label className="wz-check-line">
          <input type="checkbox" checked={!!options.linkPrimaryPerson} onChange={(e) => void update({ options: { ...options, linkPrimaryPerson: e.target.checked } }, 0)} />
          {t('wizard.fin.linkPrimary')}
        </label>
        <label className="wz-field wz-inline">
          <span>{t('wizard.fin.skipOpen')}</span>
          <select value={options.skipIfOpenActivityOfType ?? ''} onChange={(e) => void update({ options: { ...options, skipIfOpenActivityOfType: e.target.value ? Number(e.target.value) : null } }, 0)}>
            <option value="">{t('wizard.fin.skipNone')}</option>
            {types.map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
          </select>
        </label>
      </fieldset>
      {finishing && (
        <div className="wz-progress" role="status">
          <progress aria-label={t('wizard.fin.running')} />
          <span>{t('wizard.fin.running')}</span>
        </div>
      )}
      {finishError && <p className="wz-error" role="alert">{finishError}</p>}
    </div>
  );
}

function FinishedView() {
  const { t, n, dt } = useI18n();
  const { draft, refresh } = useWizard();
  const r = draft.result!;
  const [rows, setRows] = useState<ActivityRow[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<'ask' | 'force' | null>(null);
  const [undone, setUndone] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = async (c: string | null) => {
    const p = await get<Page<ActivityRow>>(`/api/activities?batchId=${r.batchId}&expand=names&sort=number&limit=100${c ? `&cursor=${encodeURIComponent(c)}` : ''}`);
    setRows((x) => (c ? x.concat(p.items) : p.items));
    setCursor(p.nextCursor ?? null);
  };
  useEffect(() => { void load(null).catch(() => undefined); }, [r.batchId]); // eslint-disable-line react-hooks/exhaustive-deps

  const undo = async (force: boolean) => {
    setError(null);
    try {
      const res = await del<{ deleted: number }>(`/api/group-activities/${draft.id}/activities${force ? '?force=true' : ''}`);
      setConfirm(null); setUndone(res.deleted); setRows([]); setCursor(null);
      // The group is now `undone`: the frame and this step show that, with a way to start again.
      await refresh();
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && !force) { setConfirm('force'); return; }
      setConfirm(null); setError(e instanceof Error ? e.message : String(e));
    }
  };

  const first = String(r.firstNumber ?? ''), last = String(r.lastNumber ?? '');
  return (
    <div className="wz-finish">
      {undone != null ? <p className="wz-ok" role="status">{t('wizard.fin.undone', { n: undone })}</p> : (
        <>
          <p className="wz-summary-sentence" role="status">
            {r.activityCount === 1 ? t('wizard.fin.doneOne', { first }) : t('wizard.fin.done', { count: r.activityCount, first, last })}
          </p>
          {r.skipped > 0 && <p className="wz-muted">{t('wizard.fin.skipped', { n: r.skipped })}</p>}
          <div className="wz-finish-actions">
            <span>{t('wizard.fin.report')}:</span> <ReportLinks id={draft.id} kind="activities" />
            <button type="button" className="danger" onClick={() => setConfirm('ask')}>{t('wizard.fin.undo')}</button>
          </div>
          <h3>{t('wizard.fin.createdTitle')}</h3>
          <div className="wz-scroll wz-created">
            <table className="wz-table">
              <thead><tr><th className="num">{t('wizard.fin.col.number')}</th><th>{t('wizard.fin.col.subject')}</th><th>{t('wizard.fin.col.start')}</th><th>{t('wizard.fin.col.responsible')}</th><th>{t('wizard.fin.col.contacts')}</th></tr></thead>
              <tbody>
                {rows.map((a) => (
                  <tr key={a.id}>
                    <td className="num">{a.number}</td>
                    <td>{a.subject}</td>
                    <td>{dt(a.startAt)}</td>
                    <td>{a.responsibleName}</td>
                    <td>{a.contacts ? (a.contacts.length > 3 ? `${a.contacts.slice(0, 3).map((c) => c.name).join(', ')} … (${n(a.contactIds.length)})` : a.contacts.map((c) => c.name).join(', ')) : n(a.contactIds.length)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {cursor && <button type="button" className="wz-link" onClick={() => void load(cursor)}>{t('wizard.fin.more')}</button>}
        </>
      )}
      {error && <p className="wz-error" role="alert">{error}</p>}
      <ConfirmDialog open={confirm != null} title={t('wizard.fin.undoTitle')} danger
        confirmLabel={t('wizard.fin.undoConfirm', { n: r.activityCount })} cancelLabel={t('wizard.cancel.keep')}
        onCancel={() => setConfirm(null)} onConfirm={() => void undo(confirm === 'force')}>
        <p>{t('wizard.fin.undoText', { n: r.activityCount, first, last })}</p>
        {confirm === 'force' && <p className="wz-error">{t('wizard.fin.undoForce')}</p>}
      </ConfirmDialog>
    </div>
  );
}
