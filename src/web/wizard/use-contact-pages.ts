/**
 * Pages one side of the adjuster (`GET /:id/contacts?side=&q=&sort=&dir=&offset=`) into a sparse
 * array: the list knows its total at once and fetches, by row offset, the pages that hold the rows
 * in view, so a drag of the scrollbar to any position loads just that spot.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { get } from '../api';
import type { ContactPage, ContactRow } from './types';

const PAGE = 200;
/** The API's largest page: a Shift range over rows not loaded is read in pages of this size. */
const RANGE_PAGE = 1000;
/** At most this many requests at once; when one ends, the pages of the *current* view go next. */
const PARALLEL = 2;

export type SortKey = 'name' | 'number' | 'city' | 'accountManager';
export type ContactSort = { key: SortKey; dir: 'asc' | 'desc' };
/** The server's default order (Swedish name order) — sent as no parameter at all. */
export const DEFAULT_SORT: ContactSort = { key: 'name', dir: 'asc' };

export function useContactPages(draftId: number, side: 'included' | 'excluded', q: string, version: number, sort: ContactSort) {
  const [rows, setRows] = useState<(ContactRow | undefined)[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Busy from a new search, sort or move until its first page has arrived (the old rows show
  // meanwhile). Derived during render, so it is true in the same frame as the change.
  const viewKey = `${draftId}|${side}|${q}|${version}|${sort.key}|${sort.dir}`;
  const viewKeyRef = useRef(viewKey);
  viewKeyRef.current = viewKey;
  const [loadedKey, setLoadedKey] = useState<string | null>(null);
  const busy = loadedKey !== viewKey;
  const generation = useRef(0);
  const loaded = useRef(new Set<number>());
  const inFlight = useRef(new Set<number>());
  /** The first response of a new generation replaces the old rows (kept on screen until then). */
  const fresh = useRef(true);
  const want = useRef({ first: 0, last: 0 });
  const totalRef = useRef<number | null>(null);
  const view = useRef('');

  const url = (offset: number) => listUrl({ limit: String(PAGE), offset: String(offset) });
  const listUrl = (params: Record<string, string>) => {
    const p = new URLSearchParams({ side, ...params });
    if (q) p.set('q', q);
    if (sort.key !== DEFAULT_SORT.key || sort.dir !== DEFAULT_SORT.dir) { p.set('sort', sort.key); p.set('dir', sort.dir); }
    return `/api/group-activities/${draftId}/contacts?${p}`;
  };

  const pump = () => {
    const gen = generation.current;
    const key = viewKeyRef.current;
    const { first, last } = want.current;
    const end = totalRef.current == null ? last : Math.min(last, Math.max(0, totalRef.current - 1));
    for (let page = Math.floor(first / PAGE); page <= Math.floor(end / PAGE) && inFlight.current.size < PARALLEL; page++) {
      if (loaded.current.has(page) || inFlight.current.has(page)) continue;
      inFlight.current.add(page);
      get<ContactPage>(url(page * PAGE)).then((p) => {
        if (gen !== generation.current) return;
        loaded.current.add(page);
        totalRef.current = p.total;
        setTotal(p.total);
        setError(null);
        const replace = fresh.current;
        fresh.current = false;
        if (replace) setLoadedKey(key);
        setRows((old) => {
          const next = replace ? [] : old.slice();
          p.items.forEach((row, i) => { next[page * PAGE + i] = row; });
          return next;
        });
      }, (e) => { if (gen === generation.current) setError(String((e as Error).message)); }).finally(() => {
        if (gen !== generation.current) return;
        inFlight.current.delete(page);
        pump();
      });
    }
  };
  const pumpRef = useRef(pump);
  pumpRef.current = pump;

  useEffect(() => {
    generation.current++;
    loaded.current = new Set();
    inFlight.current = new Set();
    fresh.current = true;
    // A new search or sort starts at the top; a move (version) keeps the place in the list.
    const key = `${draftId}|${side}|${q}|${sort.key}|${sort.dir}`;
    if (key !== view.current) { view.current = key; want.current = { first: 0, last: 0 }; }
    pumpRef.current();
  }, [draftId, side, q, version, sort.key, sort.dir]);

  /** The rows `first`..`last` are in view: fetch the pages that hold them, if not there yet. */
  const ensure = useCallback((first: number, last: number) => {
    want.current = { first: Math.max(0, first), last: Math.max(first, last) };
    pumpRef.current();
  }, []);

  /**
   * The ids of rows `first`..`last` (a Shift range) as the server lists them, loaded or not: the
   * first page by offset, the rest by cursor, which stays fast deep in a long list. Null if the
   * list changed meanwhile.
   */
  const idsInRange = useCallback(async (first: number, last: number): Promise<number[] | null> => {
    const gen = generation.current;
    const count = last - first + 1;
    const ids: number[] = [];
    let next = listUrl({ limit: String(RANGE_PAGE), offset: String(first) });
    while (ids.length < count) {
      const p = await get<ContactPage>(next);
      if (gen !== generation.current) return null;
      for (const r of p.items) ids.push(r.id);
      if (!p.nextCursor || p.items.length === 0) break;
      next = listUrl({ limit: String(RANGE_PAGE), cursor: p.nextCursor });
    }
    return ids.slice(0, count);
    // listUrl reads side, q and sort: the same as the generation check guards.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draftId, side, q, sort.key, sort.dir]);

  return { rows, total, ensure, idsInRange, error, busy };
}
