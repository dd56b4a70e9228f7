/**
 * The contact register: search, filters (city, category, account manager, show inactive), a
 * sortable virtualised table paged from the server by keyset, so 100,000 contacts scroll freely.
 * Search and filters live in the URL, so Back from a contact card returns to the same list.
 */
import { useCallback, useEffect, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { qs } from '../api';
import { useCursorPages } from '../components/use-cursor-pages';
import { useI18n } from '../i18n';
import { useLookups, nameOf } from '../lookups';
import { PageHead } from '../components/shell';
import { VirtualTable, type Column, type Sort } from '../components/virtual-table';
import type { ContactRow } from './contact-types';
import { useNarrow } from '../components/use-narrow';
import { codeText, useContactCodes } from '../contact-codes';

const PAGE = 200;

export function ContactsListPage() {
  const { t, n, locale } = useI18n();
  const { employees } = useLookups();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const [city, setCity] = useState(params.get('city') ?? '');
  const [category, setCategory] = useState(params.get('category') ?? '');
  const accountManagerId = params.get('accountManagerId') ?? '';
  const includeInactive = params.get('inactive') === '1';
  const sort: Sort = { key: params.get('sort') ?? 'name', desc: params.get('dir') === 'desc' };

  const { pathname } = useLocation();
  const update = useCallback((patch: Record<string, string>) => {
    // A debounced call firing after a click on a row has already moved the URL to the card (the
    // list is still mounted until the navigation commits) must not pull the user back to the list.
    if (window.location.pathname !== pathname) return;
    // Merge into the live URL: a debounced call must not undo a sort clicked meanwhile.
    const current = new URLSearchParams(window.location.search);
    const next = new URLSearchParams(current);
    for (const [k, v] of Object.entries(patch)) if (v) next.set(k, v); else next.delete(k);
    if (next.toString() !== current.toString()) setParams(next, { replace: true });
  }, [setParams, pathname]);

  // Typed text goes to the URL (and the server) after a short pause.
  useEffect(() => {
    const timer = setTimeout(() => update({ q: q.trim(), city: city.trim(), category: category.trim() }), 250);
    return () => clearTimeout(timer);
  }, [q, city, category, update]);

  const query = {
    q: params.get('q') ?? undefined, city: params.get('city') ?? undefined, category: params.get('category') ?? undefined,
    accountManagerId: accountManagerId || undefined, includeInactive: includeInactive ? 'true' : undefined,
    sort: sort.key, dir: sort.desc ? 'desc' : 'asc',
  };
  const { rows, hasMore, loading, error, loadMore } = useCursorPages<ContactRow>(`/api/contacts${qs({ ...query, limit: PAGE })}`);

  const narrow = useNarrow();
  const codes = useContactCodes();
  // On a phone: number, the name with city and a phone number one tap away, and the category.
  const narrowColumns: Column<ContactRow>[] = [
    { key: 'number', label: t('contact.number'), width: '64px', sortable: true, align: 'right', render: (c) => c.number },
    { key: 'name', label: t('contact.name'), sortable: true, render: (c) => (
      <div className="act-summary">
        <Link to={`/contacts/${c.id}`}>{c.name}</Link>
        <span className="sub">{c.city}{c.city && c.phone ? ' · ' : ''}{c.phone && <a href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>{c.phone}</a>}</span>
      </div>
    ) },
    { key: 'category', label: t('contact.category'), width: '72px', render: (c) => c.category },
  ];
  const wideColumns: Column<ContactRow>[] = [
    { key: 'number', label: t('contact.number'), width: '80px', sortable: true, align: 'right', render: (c) => c.number },
    { key: 'name', label: t('contact.name'), sortable: true, render: (c) => (
      <Link to={`/contacts/${c.id}`}>{c.name}</Link>
    ) },
    { key: 'types', label: t('contact.types'), width: '170px', render: (c) => c.types.map((x) => t(`contact.type.${x}`)).join(', ') },
    { key: 'category', label: t('contact.category'), width: '95px', render: (c) => c.category },
    { key: 'postalCode', label: t('contact.postalCode'), width: '80px', sortable: true, render: (c) => c.postalCode },
    { key: 'city', label: t('contact.city'), width: '140px', sortable: true, render: (c) => c.city },
    { key: 'phone', label: t('contact.phone'), width: '125px', render: (c) => c.phone },
    { key: 'accountManager', label: t('contact.accountManager'), width: '150px', render: (c) => nameOf(employees, c.accountManagerId) },
    { key: 'turnover', label: t('contact.turnover'), width: '120px', align: 'right', render: (c) => (c.turnover == null ? '' : n(c.turnover)) },
  ];
  const columns = narrow ? narrowColumns : wideColumns;

  return (
    <div className="page page-fill">
      <PageHead title={t('contacts.title')}>
        {/* The export takes the list's filters and sort: what is on screen is what is exported. */}
        <a className="btn" href={`/api/contacts/export${qs({ ...query, format: 'xlsx', lang: locale })}`} download>{t('data.export.xlsx')}</a>
        <a className="btn" href={`/api/contacts/export${qs({ ...query, format: 'csv', lang: locale })}`} download>{t('data.export.csv')}</a>
        <Link className="btn btn-primary" to="/contacts/new">{t('contacts.new')}</Link>
      </PageHead>
      <form className="filters" role="search" aria-label={t('contacts.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="field grow">
          <label htmlFor="c-q">{t('contacts.search')}</label>
          <input id="c-q" type="search" value={q} placeholder={t('contacts.searchPlaceholder')} onChange={(e) => setQ(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="c-city">{t('contact.city')}</label>
          <input id="c-city" value={city} onChange={(e) => setCity(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="c-cat">{t('contact.category')}</label>
          <select id="c-cat" value={category} onChange={(e) => setCategory(e.target.value)}>
            <option value="">{t('list.all')}</option>
            {category && !codes.category.some((c) => c.code.toLowerCase() === category.toLowerCase()) && <option value={category}>{category}</option>}
            {codes.category.map((c) => <option key={c.id} value={c.code}>{c.inactive ? t('code.inactive', { label: codeText(c) }) : codeText(c)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="c-am">{t('contact.accountManager')}</label>
          <select id="c-am" value={accountManagerId} onChange={(e) => update({ accountManagerId: e.target.value })}>
            <option value="">{t('list.all')}</option>
            {employees.filter((e) => e.isAccountManager || String(e.id) === accountManagerId).map((e) => <option key={e.id} value={e.id}>{e.name}</option>)}
          </select>
        </div>
        <label className="check filter-check">
          <input type="checkbox" checked={includeInactive} onChange={(e) => update({ inactive: e.target.checked ? '1' : '' })} />
          {t('contacts.showInactive')}
        </label>
      </form>
      {error && <div className="banner banner-error" role="alert">{t('error.generic', { message: error })}</div>}
      <VirtualTable
        label={t('contacts.title')}
        rows={rows}
        columns={columns}
        rowKey={(c) => c.id}
        rowHeight={narrow ? 46 : 30}
        sort={sort}
        onSort={(s) => update({ sort: s?.key ?? '', dir: s?.desc ? 'desc' : '' })}
        hasMore={hasMore}
        loading={loading}
        onLoadMore={loadMore}
        rowClass={(c) => (c.inactive ? 'inactive' : undefined)}
      />
      <div className="statusbar" role="status">{hasMore ? t('list.loadedMore', { n: rows.length }) : t('list.loaded', { n: rows.length })}</div>
    </div>
  );
}
