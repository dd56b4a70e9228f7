/**
 * Step 5: the report before the change — the chosen changes, the activities to be changed (a page
 * at a time on screen) and the full report with the old values of the chosen fields as print, PDF
 * and CSV.
 */
import { useEffect, useState } from 'react';
import { get } from '../api';
import { useI18n } from '../i18n';
import { ReportLinks } from '../shared/report-links';
import { useChange } from './change-context';
import { ChangeSummary } from './change-summary';
import type { ChangeActivityPage, ChangeActivityRow } from './types';

const PAGE = 100;

export function StepReport() {
  const { t } = useI18n();
  const { draft } = useChange();
  return (
    <div className="cv-report">
      <div className="wz-check-head">
        <p>{t('changeValues.rep.intro', { n: draft.counts.included })}</p>
        <ReportLinks path={`/api/activity-changes/${draft.id}/report`} params={{ kind: 'before' }} />
      </div>
      <ChangeSummary changes={draft.changes} />
      <ActivityTable />
    </div>
  );
}

/** The included activities, by number, with "show more". */
export function ActivityTable() {
  const { t, dt } = useI18n();
  const { draft } = useChange();
  const [rows, setRows] = useState<ChangeActivityRow[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // The list holds unticked rows too (with `excluded`); the table shows the included ones.
  const load = async (c: string | null) => {
    setBusy(true);
    try {
      const p = await get<ChangeActivityPage>(`/api/activity-changes/${draft.id}/activities?limit=${PAGE}${c ? `&cursor=${encodeURIComponent(c)}` : ''}`);
      setRows((r) => (c ? r.concat(p.items) : p.items));
      setCursor(p.nextCursor);
    } finally { setBusy(false); }
  };
  useEffect(() => { void load(null).catch(() => undefined); }, [draft.id, draft.status]); // eslint-disable-line react-hooks/exhaustive-deps
  const shown = rows.filter((r) => !r.excluded);
  return (
    <>
      <div className="wz-scroll cv-report-scroll">
        <table className="wz-table">
          <thead><tr><th className="num">{t('changeValues.col.number')}</th><th>{t('changeValues.col.subject')}</th><th>{t('changeValues.col.start')}</th><th>{t('changeValues.col.end')}</th><th>{t('changeValues.col.responsible')}</th><th>{t('changeValues.col.contact')}</th></tr></thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.id}><td className="num">{r.number}</td><td>{r.subject}</td><td>{dt(r.startAt)}</td><td>{dt(r.endAt)}</td><td>{r.responsibleName}</td><td>{r.contactName}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="wz-muted">
        {t('changeValues.rep.showing', { shown: shown.length, n: draft.counts.included })}{' '}
        {cursor && <button type="button" className="wz-link" disabled={busy} onClick={() => void load(cursor)}>{t('changeValues.rep.more')}</button>}
      </p>
    </>
  );
}
