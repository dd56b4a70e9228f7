/**
 * Pages the step-3 checklist (`GET /api/activity-changes/:id/activities?q=&offset=`) into a sparse
 * array: the list knows its total at once and fetches, by row offset, only the pages that hold the
 * rows in view, so a drag of the scrollbar to row 90,000 loads just that spot.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { get } from '../api';
import type { ChangeActivityPage, ChangeActivityRow } from './types';

const PAGE = 200;
/** At most this many requests at once; when one ends, the pages of the *current* view go next. */
const PARALLEL = 2;

export function useActivityPages(changeId: number, q: string, version: number) {
  const [rows, setRows] = useState<(ChangeActivityRow | undefined)[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);
  const loaded = useRef(new Set<number>());
  const inFlight = useRef(new Set<number>());
  /** The first answer of a new search replaces the old rows (kept on screen until then). */
  const fresh = useRef(true);
  const want = useRef({ first: 0, last: 0 });
  const totalRef = useRef<number | null>(null);
  const lastQ = useRef<string | null>(null);

  const pump = () => {
    const gen = generation.current;
    const { first, last } = want.current;
    const end = totalRef.current == null ? last : Math.min(last, Math.max(0, totalRef.current - 1));
    for (let page = Math.floor(first / PAGE); page <= Math.floor(end / PAGE) && inFlight.current.size < PARALLEL; page++) {
      if (loaded.current.has(page) || inFlight.current.has(page)) continue;
      inFlight.current.add(page);
      const p = new URLSearchParams({ limit: String(PAGE), offset: String(page * PAGE) });
      if (q) p.set('q', q);
      get<ChangeActivityPage>(`/api/activity-changes/${changeId}/activities?${p}`).then((res) => {
        if (gen !== generation.current) return;
        loaded.current.add(page);
        totalRef.current = res.total;
        setTotal(res.total);
        setError(null);
        const replace = fresh.current;
        fresh.current = false;
        setRows((old) => {
          const next = replace ? [] : old.slice();
          res.items.forEach((row, i) => { next[page * PAGE + i] = row; });
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
    // A new search starts at the top; a tick (version) keeps the place in the list.
    if (lastQ.current !== q) { lastQ.current = q; want.current = { first: 0, last: 0 }; }
    pumpRef.current();
  }, [changeId, q, version]);

  /** Rows `first`..`last` are in view: fetch the pages that hold them, if not there yet. */
  const ensure = useCallback((first: number, last: number) => {
    want.current = { first: Math.max(0, first), last: Math.max(first, last) };
    pumpRef.current();
  }, []);

  return { rows, total, ensure, error };
}
