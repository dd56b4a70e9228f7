/**
 * The activity list as in the original (LIST): execution date from–to, status, type and
 * responsible (each with "(All)", type and responsible also "(None)"), applied only on Refresh;
 * a batch column, Done ticked inline, pages fetched from the server as the list scrolls.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { qs } from '../api';
import { useCursorPages } from '../components/use-cursor-pages';
import { useI18n } from '../i18n';
import { useLookups } from '../lookups';
import { PageHead } from '../components/shell';
import { VirtualTable } from '../components/virtual-table';
import { useActivityColumns, type ActivityRow } from './activity-table';
import { useNarrow } from '../components/use-narrow';

type Filter = { from: string; to: string; statusId: string; typeId: string; responsibleId: string; q: string };

const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const KEY = 'kontakta.activityFilter';

function initialFilter(): Filter {
  const saved = sessionStorage.getItem(KEY);
  if (saved) try { return JSON.parse(saved) as Filter; } catch { /* default below */ }
  const now = new Date();
  return { from: iso(new Date(now.getFullYear(), now.getMonth() - 1, 1)), to: iso(new Date(now.getFullYear(), now.getMonth() + 3, 0)), statusId: '', typeId: '', responsibleId: '', q: '' };
}

export function ActivitiesListPage() {
  const { t, locale } = useI18n();
  const lk = useLookups();
  const [draft, setDraft] = useState<Filter>(initialFilter);
  const [applied, setApplied] = useState<Filter>(draft);
  // ?batchId=N (from the batch column or the wizard) shows one group's activities, whatever their dates.
  const [params, setParams] = useSearchParams();
  const batchId = params.get('batchId') ?? undefined;

  const filter = batchId ? { ...applied, from: undefined, to: undefined, batchId, sort: 'number' } : applied;
  const { rows, setRows, hasMore, loading, error, loadMore } = useCursorPages<ActivityRow>(`/api/activities${qs({ ...filter, expand: 'names', limit: 200 })}`);

  const refresh = (e?: FormEvent) => {
    e?.preventDefault();
    sessionStorage.setItem(KEY, JSON.stringify(draft));
    setApplied({ ...draft });
  };
  const onChanged = useCallback((a: ActivityRow) => setRows((rs) => rs.map((r) => (r.id === a.id ? a : r))), []);
  const narrow = useNarrow();
  const columns = useActivityColumns(onChanged, { narrow });
  // "Activity 312 has been deleted." from the card that sent us here, shown once.
  const location = useLocation();
  const [note] = useState(() => (location.state as { note?: string } | null)?.note ?? null);
  const navigate = useNavigate();
  useEffect(() => { if (note) navigate(`${location.pathname}${location.search}`, { replace: true, state: null }); }, []); // eslint-disable-line react-hooks/exhaustive-deps
  const dirty = JSON.stringify(draft) !== JSON.stringify(applied);
  // The report prints what the list shows: the applied filters, or the one batch.
  const reportHref = (format: 'html' | 'pdf' | 'csv') => {
    const f = batchId ? { batchId } : { from: applied.from, to: applied.to, statusId: applied.statusId, typeId: applied.typeId, responsibleId: applied.responsibleId, q: applied.q };
    return `/api/activities/report${qs({ ...f, format, lang: locale })}`;
  };
  const setF = (k: keyof Filter) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [k]: e.target.value }));

  return (
    <div className="page page-fill">
      <PageHead title={t('activities.title')}>
        {(['html', 'pdf', 'csv'] as const).map((format) => (
          <a key={format} className="btn" href={reportHref(format)} target={format === 'csv' ? undefined : '_blank'} rel="noopener">
            {t(`activities.report.${format}`)}
          </a>
        ))}
        {(['xlsx', 'csv'] as const).map((format) => (
          <a key={format} className="btn" href={`/api/activities/export${qs({ ...filter, format, lang: locale })}`} download>{t(`data.export.${format}`)}</a>
        ))}
        <Link className="btn btn-primary" to="/activities/new">{t('activities.new')}</Link>
      </PageHead>
      <form className="filters" role="search" aria-label={t('contacts.filters')} onSubmit={refresh}>
        <div className="field">
          <label htmlFor="a-from">{t('activities.from')}</label>
          <input id="a-from" type="date" value={draft.from} onChange={setF('from')} />
        </div>
        <div className="field">
          <label htmlFor="a-to">{t('activities.to')}</label>
          <input id="a-to" type="date" value={draft.to} onChange={setF('to')} />
        </div>
        <div className="field">
          <label htmlFor="a-status">{t('activity.status')}</label>
          <select id="a-status" value={draft.statusId} onChange={setF('statusId')}>
            <option value="">{t('list.all')}</option>
            {lk.statuses.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="a-type">{t('activity.type')}</label>
          <select id="a-type" value={draft.typeId} onChange={setF('typeId')}>
            <option value="">{t('list.all')}</option>
            <option value="none">{t('list.none')}</option>
            {lk.types.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="a-resp">{t('activity.responsible')}</label>
          <select id="a-resp" value={draft.responsibleId} onChange={setF('responsibleId')}>
            <option value="">{t('list.all')}</option>
            <option value="none">{t('list.none')}</option>
            {lk.employees.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </div>
        <div className="field grow">
          <label htmlFor="a-q">{t('activities.search')}</label>
          <input id="a-q" type="search" value={draft.q} onChange={setF('q')} />
        </div>
        <button type="submit" className={dirty ? 'btn-primary' : undefined}>{t('action.refresh')}</button>
        {/* The day's calls in one tap (on a phone above all): today's dates, applied at once. */}
        <button type="button" onClick={() => {
          const day = iso(new Date());
          const next = { ...draft, from: day, to: day };
          sessionStorage.setItem(KEY, JSON.stringify(next));
          setDraft(next);
          setApplied(next);
        }}>{t('list.today')}</button>
      </form>
      {batchId && (
        <p className="filter-chip" role="status">
          {t('activity.batch')} {batchId}
          <button type="button" className="btn-small" onClick={() => setParams({}, { replace: true })}>{t('action.remove')}</button>
        </p>
      )}
      {note && <div className="banner banner-ok" role="status">{note}</div>}
      {dirty && <p className="hint filter-hint" role="status">{t('activities.filterHint')}</p>}
      {error && <div className="banner banner-error" role="alert">{t('error.generic', { message: error })}</div>}
      <VirtualTable label={t('activities.title')} rows={rows} columns={columns} rowKey={(a) => a.id}
        hasMore={hasMore} loading={loading} onLoadMore={loadMore}
        rowClass={(a) => (a.done ? 'done' : undefined)} rowHeight={narrow ? 46 : 30} />
      <div className="statusbar" role="status">{hasMore ? t('list.loadedMore', { n: rows.length }) : t('list.loaded', { n: rows.length })}</div>
    </div>
  );
}
