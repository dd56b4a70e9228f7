/**
 * One side of the adjuster (`GET /:id/contacts?side=&q=&sort=&dir=`), paged by row offset through
 * the shared `useOffsetPages`: a new search or order starts at the top, a move keeps the place.
 */
import { useOffsetPages } from '../shared/use-offset-pages';
import type { ContactRow } from './types';

export type SortKey = 'name' | 'number' | 'city' | 'accountManager';
export type ContactSort = { key: SortKey; dir: 'asc' | 'desc' };
/** The server's default order (Swedish name order) — sent as no parameter at all. */
export const DEFAULT_SORT: ContactSort = { key: 'name', dir: 'asc' };

export function useContactPages(draftId: number, side: 'included' | 'excluded', q: string, version: number, sort: ContactSort) {
  const listUrl = (params: Record<string, string>) => {
    const p = new URLSearchParams({ side, ...params });
    if (q) p.set('q', q);
    if (sort.key !== DEFAULT_SORT.key || sort.dir !== DEFAULT_SORT.dir) { p.set('sort', sort.key); p.set('dir', sort.dir); }
    return `/api/group-activities/${draftId}/contacts?${p}`;
  };
  return useOffsetPages<ContactRow>(listUrl, `${draftId}|${side}|${q}|${sort.key}|${sort.dir}`, version);
}
