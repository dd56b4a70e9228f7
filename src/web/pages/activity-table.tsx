/**
 * The activity columns shared by the activity list (virtualised) and the contact card (plain),
 * with the inline Done tick: one PATCH, and the row shows the server's answer (status, end time).
 */
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { patch } from '../api';
import { useI18n } from '../i18n';
import type { Column } from '../components/virtual-table';
import { nameOf, useLookups } from '../lookups';
import { useNarrow } from '../components/use-narrow';

export type ActivityRow = {
  id: number; number: number; subject: string | null; startAt: string | null; endAt: string | null; allDay: boolean;
  typeId: number | null; statusId: number | null; priority: number | null; done: boolean; responsibleId: number | null;
  batchId: number | null; contactIds: number[];
  responsibleName?: string | null; typeName?: string | null; statusName?: string | null;
  contacts?: { id: number; number: number; name: string }[];
};

export function DoneTick({ row, onChanged }: { row: ActivityRow; onChanged: (a: ActivityRow) => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  // The user's tick stays visible until the row carries the server's answer: a controlled box
  // showing only row.done would spring back for the length of the round trip.
  const [ticked, setTicked] = useState<boolean | null>(null);
  useEffect(() => setTicked(null), [row]);
  return (
    <input type="checkbox" checked={ticked ?? row.done} disabled={busy} aria-label={t('activities.markDone', { number: row.number })}
      onChange={async (e) => {
        const done = e.target.checked;
        setTicked(done);
        setBusy(true);
        try { onChanged({ ...row, ...(await patch<ActivityRow>(`/api/activities/${row.id}`, { done })) }); }
        catch (err) { setTicked(null); window.alert((err as Error).message); }
        finally { setBusy(false); }
      }} />
  );
}

export function useActivityColumns(onChanged: (a: ActivityRow) => void, opts: { batch?: boolean; narrow?: boolean } = {}): Column<ActivityRow>[] {
  const { t, dt } = useI18n();
  const lk = useLookups();
  // On a phone: the tick and one column with the subject, and under it the start and the contacts.
  if (opts.narrow) {
    return [
      { key: 'done', label: t('activity.done'), width: '52px', align: 'center', render: (a) => <DoneTick row={a} onChanged={onChanged} /> },
      { key: 'subject', label: t('activity.subject'), render: (a) => (
        <div className="act-summary">
          <Link to={`/activities/${a.id}`}>{a.subject || `${t('activity.number')} ${a.number}`}</Link>
          <span className="sub">{[dt(a.startAt), (a.contacts ?? []).map((c) => c.name).join(', ')].filter(Boolean).join(' · ')}</span>
        </div>
      ) },
    ];
  }
  const cols: Column<ActivityRow>[] = [
    { key: 'done', label: t('activity.done'), width: '52px', align: 'center', render: (a) => <DoneTick row={a} onChanged={onChanged} /> },
    { key: 'number', label: t('activity.number'), width: '70px', align: 'right', render: (a) => <Link to={`/activities/${a.id}`}>{a.number}</Link> },
    { key: 'subject', label: t('activity.subject'), render: (a) => <Link to={`/activities/${a.id}`}>{a.subject || '–'}</Link> },
    { key: 'startAt', label: t('activity.startAt'), width: '150px', render: (a) => dt(a.startAt) },
    { key: 'endAt', label: t('activity.endAt'), width: '150px', render: (a) => dt(a.endAt) },
    { key: 'type', label: t('activity.type'), width: '110px', render: (a) => (a.typeId == null ? '' : lk.types.length ? nameOf(lk.types, a.typeId) : a.typeName ?? '') },
    { key: 'status', label: t('activity.status'), width: '110px', render: (a) => (a.statusId == null ? '' : lk.statuses.length ? nameOf(lk.statuses, a.statusId) : a.statusName ?? '') },
    { key: 'responsible', label: t('activity.responsible'), width: '140px', render: (a) => (a.responsibleId == null ? '' : lk.employees.length ? nameOf(lk.employees, a.responsibleId) : a.responsibleName ?? '') },
    { key: 'contacts', label: t('activity.contacts'), width: '200px', render: (a) => (a.contacts ?? []).map((c) => c.name).join(', ') },
  ];
  if (opts.batch !== false) cols.push({ key: 'batch', label: t('activity.batch'), width: '70px', align: 'right', render: (a) => (a.batchId == null ? '' : <Link to={`/activities?batchId=${a.batchId}`}>{a.batchId}</Link>) });
  return cols;
}

/** A plain (not virtualised) activity table for short lists such as a contact's activities. */
export function ActivityTable({ rows, onChanged, compact }: { rows: ActivityRow[]; onChanged: () => void; compact?: boolean }) {
  const { t } = useI18n();
  const narrow = useNarrow();
  const cols = useActivityColumns(() => onChanged(), { batch: !compact, narrow });
  return (
    <div className="table-box">
      <table className="grid" aria-label={t('contacts.activities')}>
        <colgroup>{cols.map((c) => <col key={c.key} style={c.width ? { width: c.width } : undefined} />)}</colgroup>
        <thead><tr>{cols.map((c) => <th key={c.key} scope="col" className={c.align ? `al-${c.align}` : undefined}>{c.label}</th>)}</tr></thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.id} className={`${i % 2 ? 'odd' : 'even'}${r.done ? ' done' : ''}`} style={narrow ? { height: 46 } : undefined}>
              {cols.map((c) => <td key={c.key} className={c.align ? `al-${c.align}` : undefined}>{c.render(r)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
