/**
 * Pages one side of the adjuster (`GET /:id/contacts?side=&q=`) into a sparse array as the user
 * scrolls: the list knows its total at once, rows arrive page by page, one request at a time.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { get } from '../api';
import type { ContactPage, ContactRow } from './types';

const FIRST = 200;
const NEXT = 1000;

export function useContactPages(draftId: number, side: 'included' | 'excluded', q: string, version: number) {
  const [rows, setRows] = useState<ContactRow[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const cursor = useRef<string | null>(null);
  const loading = useRef(false);
  const generation = useRef(0);
  const [error, setError] = useState<string | null>(null);

  const url = (limit: number, c: string | null) => {
    const p = new URLSearchParams({ side, limit: String(limit) });
    if (q) p.set('q', q);
    if (c) p.set('cursor', c);
    return `/api/group-activities/${draftId}/contacts?${p}`;
  };

  useEffect(() => {
    const gen = ++generation.current;
    loading.current = true;
    get<ContactPage>(url(FIRST, null)).then((p) => {
      if (gen !== generation.current) return;
      setRows(p.items); setTotal(p.total); cursor.current = p.nextCursor ?? null; setError(null);
    }, (e) => { if (gen === generation.current) setError(String((e as Error).message)); }).finally(() => { if (gen === generation.current) loading.current = false; });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draftId, side, q, version]);

  /** Asks for more rows when the view comes near `index`; at most one request in flight. */
  const ensure = useCallback((index: number, loaded: number) => {
    if (loading.current || !cursor.current || index < loaded - 50) return;
    const gen = generation.current;
    loading.current = true;
    get<ContactPage>(url(NEXT, cursor.current)).then((p) => {
      if (gen !== generation.current) return;
      setRows((r) => r.concat(p.items)); setTotal(p.total); cursor.current = p.nextCursor ?? null;
    }, () => undefined).finally(() => { if (gen === generation.current) loading.current = false; });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draftId, side, q]);

  return { rows, total, ensure, error };
}
