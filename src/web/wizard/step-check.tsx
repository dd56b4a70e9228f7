/**
 * Step 6: the check report of the included contacts with their contact persons — links to the
 * printable / PDF / CSV report, and the same content on screen, a page at a time.
 */
import { useEffect, useState } from 'react';
import { get } from '../api';
import { useI18n } from '../i18n';
import { useWizard } from './wizard-context';
import { ReportLinks as SharedReportLinks } from '../shared/report-links';
import type { ContactPage, ContactRow } from './types';

type Person = { id: number; firstName: string | null; lastName: string | null; title: string | null; phone: string | null; email: string | null; isPrimary: boolean; inactive: boolean };
type Row = ContactRow & { persons: Person[] | null };

const PAGE = 50;

async function withPersons(items: ContactRow[]): Promise<Row[]> {
  const out: Row[] = items.map((c) => ({ ...c, persons: null }));
  let next = 0;
  const worker = async () => {
    while (next < out.length) {
      const i = next++;
      out[i].persons = await get<{ items: Person[] }>(`/api/contacts/${out[i].id}/persons?limit=100`).then((p) => p.items.filter((x) => !x.inactive), () => []);
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return out;
}

/** The group's report buttons: the included contacts (step 5) or the created activities (step 6). */
export function ReportLinks({ id, kind }: { id: number; kind: 'contacts' | 'activities' }) {
  return <SharedReportLinks path={`/api/group-activities/${id}/report`} params={{ kind }} />;
}

export function StepCheck() {
  const { t } = useI18n();
  const { draft } = useWizard();
  const [rows, setRows] = useState<Row[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  const load = async (c: string | null) => {
    setBusy(true);
    try {
      const p = await get<ContactPage>(`/api/group-activities/${draft.id}/contacts?side=included&limit=${PAGE}${c ? `&cursor=${encodeURIComponent(c)}` : ''}`);
      const more = await withPersons(p.items);
      setRows((r) => (c ? r.concat(more) : more));
      setCursor(p.nextCursor ?? null);
      setTotal(p.total);
    } finally { setBusy(false); }
  };
  useEffect(() => { void load(null); }, [draft.id]); // eslint-disable-line react-hooks/exhaustive-deps

  const personName = (p: Person) => [p.firstName, p.lastName].filter(Boolean).join(' ');
  return (
    <div className="wz-check">
      <div className="wz-check-head">
        <p>{t('wizard.check.intro')}</p>
        <ReportLinks id={draft.id} kind="contacts" />
      </div>
      <div className="wz-scroll wz-check-scroll">
        <table className="wz-table wz-report">
          <thead>
            <tr><th className="num">{t('wizard.adj.col.number')}</th><th>{t('wizard.adj.col.name')}</th><th>{t('wizard.field.postalCode')}</th><th>{t('wizard.adj.col.city')}</th><th>{t('wizard.adj.col.manager')}</th><th>{t('wizard.check.persons')}</th></tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td className="num">{r.number}</td>
                <td>{r.name}</td>
                <td>{r.postalCode}</td>
                <td>{r.city}</td>
                <td>{r.accountManagerName}</td>
                <td>{r.persons == null ? '…' : r.persons.length === 0 ? t('wizard.check.noPersons') : (
                  <ul className="wz-persons">{r.persons.map((p) => <li key={p.id}>{personName(p)}{p.title ? `, ${p.title}` : ''}{p.isPrimary ? ' ★' : ''}{p.phone ? ` · ${p.phone}` : ''}</li>)}</ul>
                )}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="wz-muted">
        {total != null && t('wizard.check.showing', { shown: rows.length, n: total })}{' '}
        {cursor && <button type="button" className="wz-link" disabled={busy} onClick={() => void load(cursor)}>{t('wizard.check.more')}</button>}
      </p>
    </div>
  );
}
