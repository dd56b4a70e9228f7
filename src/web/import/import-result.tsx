/**
 * What a dry run or an import did: counts, then the rows with their line, result and reason
 * (errors first), the rejected rows to download, and undo of a finished import.
 */
import type { MessageKey } from '../../i18n/index';
import { useI18n } from '../i18n';
import { rejectedHref, type Job } from './import-api';

type Props = { job: Job; onUndo?: () => void; undoing?: boolean };

export function ImportResult({ job, onUndo, undoing }: Props) {
  const { t, n } = useI18n();
  const r = job.result!;
  const firstError = r.outcomes.find((o) => o.action === 'error');
  const rows = [...r.outcomes.filter((o) => o.action === 'error'), ...r.outcomes.filter((o) => o.action !== 'error')].slice(0, 500);
  const counts: [MessageKey, number][] = [
    ['data.import.counts.create', r.counts.created], ['data.import.counts.update', r.counts.updated],
    ['data.import.counts.unchanged', r.counts.unchanged], ['data.import.counts.error', r.counts.errors],
    ['data.import.counts.persons', r.counts.persons],
  ];
  return (
    <section className="section imp-result" aria-labelledby="imp-result-title">
      <h2 id="imp-result-title">{job.dryRun ? t('data.import.dryResult') : r.stopped ? t('data.import.run') : t('data.import.result')}</h2>
      {r.stopped && firstError && <p className="banner banner-error" role="alert">{t('data.import.stopped', { line: firstError.line })}</p>}
      <dl className="imp-counts">
        {counts.map(([k, v]) => (
          <div key={k} className={k === 'data.import.counts.error' && v > 0 ? 'imp-count-error' : undefined}><dt>{t(k)}</dt><dd>{n(v)}</dd></div>
        ))}
      </dl>
      <NewCodes codes={r.newCodes} dryRun={job.dryRun} />
      <div className="page-actions">
        {!job.dryRun && r.rejectedRows.contacts > 0 && <a className="btn" href={rejectedHref(job.id, 'contacts')} download>{t('data.import.rejected', { n: r.rejectedRows.contacts })}</a>}
        {!job.dryRun && r.rejectedRows.persons > 0 && <a className="btn" href={rejectedHref(job.id, 'persons')} download>{t('data.import.rejectedPersons', { n: r.rejectedRows.persons })}</a>}
        {onUndo && r.importId !== null && <button type="button" className="btn" onClick={onUndo} disabled={undoing}>{t('data.import.undo')}</button>}
      </div>
      {rows.length > 0 && (
        <div className="table-box imp-rows">
          <table className="grid">
            <colgroup><col className="imp-col-line" /><col className="imp-col-action" /><col className="imp-col-name" /><col /></colgroup>
            <thead><tr><th scope="col">{t('data.import.line')}</th><th scope="col">{t('data.import.action')}</th><th scope="col">{t('contact.name')}</th><th scope="col">{t('data.import.problem')}</th></tr></thead>
            <tbody>
              {rows.map((o, i) => (
                <tr key={`${o.file}-${o.line}`} className={`${i % 2 ? 'odd' : ''} ${o.action === 'error' ? 'imp-row-error' : ''}`}>
                  <td>{o.file === 'persons' ? t('data.import.personsLine', { line: o.line }) : o.line}</td>
                  <td>{t(`data.import.action.${o.action}`)}</td>
                  <td title={o.name ?? ''}>{o.number !== null ? `${o.number} ` : ''}{o.name}</td>
                  <td title={o.problems.map((p) => (p.column ? `${p.column}: ${p.reason}` : p.reason)).join('; ')}>
                    {o.problems.map((p) => (p.column ? `${p.column}: ${p.reason}` : p.reason)).join('; ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(r.outcomesTruncated || r.outcomes.length > rows.length) && <p className="hint">{t('data.import.truncated')}</p>}
    </section>
  );
}

const CODE_FIELDS = ['category', 'lineOfBusiness', 'status', 'district'] as const;

/** "3 nya kategorier: A, B, C" per register the import adds to (a dry run: would add to). */
function NewCodes({ codes, dryRun }: { codes: NonNullable<Job['result']>['newCodes']; dryRun: boolean }) {
  const { t } = useI18n();
  const fields = CODE_FIELDS.filter((f) => codes[f].length > 0);
  if (!fields.length) return null;
  return (
    <div className="imp-new-codes">
      <h3>{t(dryRun ? 'data.import.newCodes.dry' : 'data.import.newCodes.done')}</h3>
      <ul>
        {fields.map((f) => {
          const list = codes[f];
          const shown = list.slice(0, 30).join(', ') + (list.length > 30 ? ', …' : '');
          return <li key={f}>{t(`data.import.newCodes.${f}`, { n: list.length, list: shown })}</li>;
        })}
      </ul>
    </div>
  );
}
