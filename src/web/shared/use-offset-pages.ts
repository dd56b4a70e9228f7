/**
 * Pages a long list (a `{ items, total, nextCursor }` route that takes `limit` with `offset` or
 * `cursor`) into a sparse array: the list knows its total at once and fetches, by row offset, only
 * the pages that hold the rows in view, so a drag of the scrollbar to row 90,000 loads just that
 * spot. Both wizards' virtualised lists read through it: the group wizard's adjuster (step 3) and
 * the change-values checklist (step 3); each feature says how its URL is built.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { get } from '../api';

const PAGE = 200;
/** The API's largest page: a Shift range over rows not loaded is read in pages of this size. */
const RANGE_PAGE = 1000;
/** At most this many requests at once; when one ends, the pages of the *current* view go next. */
const PARALLEL = 2;

export type OffsetPage<T> = { items: T[]; total: number; nextCursor?: string | null };

/**
 * `listUrl(params)` is the list's URL with the paging parameters added; `view` names everything
 * that URL depends on (the draft, the search, the order…): a new view starts at the top. `version`
 * goes up after a change of the rows (a move, a tick): the list is read again in place.
 */
export function useOffsetPages<T extends { id: number }>(listUrl: (params: Record<string, string>) => string, view: string, version: number) {
  const [rows, setRows] = useState<(T | undefined)[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Busy from a new view or version until its first page has arrived (the old rows show
  // meanwhile). Derived during render, so it is true in the same frame as the change.
  const viewKey = `${view}|${version}`;
  const viewKeyRef = useRef(viewKey);
  viewKeyRef.current = viewKey;
  const [loadedKey, setLoadedKey] = useState<string | null>(null);
  const busy = loadedKey !== viewKey;
  // The URL of the latest render: its view is the one the generation below stands for.
  const urlRef = useRef(listUrl);
  urlRef.current = listUrl;
  const generation = useRef(0);
  const loaded = useRef(new Set<number>());
  const inFlight = useRef(new Set<number>());
  /** The first answer of a new generation replaces the old rows (kept on screen until then). */
  const fresh = useRef(true);
  const want = useRef({ first: 0, last: 0 });
  const totalRef = useRef<number | null>(null);
  const lastView = useRef<string | null>(null);

  // Held in a ref, so the answers and `ensure` always pump with the current view's URL.
  const pump = useRef(() => {
    const gen = generation.current;
    const key = viewKeyRef.current;
    const { first, last } = want.current;
    const end = totalRef.current == null ? last : Math.min(last, Math.max(0, totalRef.current - 1));
    for (let page = Math.floor(first / PAGE); page <= Math.floor(end / PAGE) && inFlight.current.size < PARALLEL; page++) {
      if (loaded.current.has(page) || inFlight.current.has(page)) continue;
      inFlight.current.add(page);
      get<OffsetPage<T>>(urlRef.current({ limit: String(PAGE), offset: String(page * PAGE) })).then((p) => {
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
        pump.current();
      });
    }
  });

  useEffect(() => {
    generation.current++;
    loaded.current = new Set();
    inFlight.current = new Set();
    fresh.current = true;
    // A new view starts at the top; a new version keeps the place in the list.
    if (view !== lastView.current) { lastView.current = view; want.current = { first: 0, last: 0 }; }
    pump.current();
  }, [view, version]);

  /** Rows `first`..`last` are in view: fetch the pages that hold them, if not there yet. */
  const ensure = useCallback((first: number, last: number) => {
    want.current = { first: Math.max(0, first), last: Math.max(first, last) };
    pump.current();
  }, []);

  /**
   * The ids of rows `first`..`last` (a Shift range) as the server lists them, loaded or not: the
   * first page by offset, the rest by cursor, which stays fast deep in a long list. Null if the
   * list changed meanwhile.
   */
  const idsInRange = useCallback(async (first: number, last: number): Promise<number[] | null> => {
    const gen = generation.current;
    const url = urlRef.current;
    const count = last - first + 1;
    const ids: number[] = [];
    let next = url({ limit: String(RANGE_PAGE), offset: String(first) });
    while (ids.length < count) {
      const p = await get<OffsetPage<T>>(next);
      if (gen !== generation.current) return null;
      for (const r of p.items) ids.push(r.id);
      if (!p.nextCursor || p.items.length === 0) break;
      next = url({ limit: String(RANGE_PAGE), cursor: p.nextCursor });
    }
    return ids.slice(0, count);
  }, []);

  return { rows, total, ensure, idsInRange, error, busy };
}
