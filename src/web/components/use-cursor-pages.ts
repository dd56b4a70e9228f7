/**
 * A list read page by page from an API list route (`{ items, nextCursor }`): the first page when
 * the URL changes, the next on `loadMore`. A page that arrives after a newer request was started
 * (the user typed on, or sorted) is dropped, so a slow answer never overwrites a newer list.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { get, type Page } from '../api';

export function useCursorPages<T>(url: string) {
  const [rows, setRows] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const gen = useRef(0);

  const fetchPage = useCallback(async (after: string | null) => {
    const my = ++gen.current;
    setLoading(true);
    try {
      const page = await get<Page<T>>(after ? `${url}${url.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(after)}` : url);
      if (my !== gen.current) return;
      setRows((r) => (after ? [...r, ...page.items] : page.items));
      setCursor(page.nextCursor ?? null);
      setError(null);
    } catch (e) {
      if (my === gen.current) setError((e as Error).message);
    } finally {
      if (my === gen.current) setLoading(false);
    }
  }, [url]);

  useEffect(() => { void fetchPage(null); }, [fetchPage]);
  const loadMore = useCallback(() => { if (cursor) void fetchPage(cursor); }, [cursor, fetchPage]);
  return { rows, setRows, hasMore: cursor !== null, loading, error, loadMore };
}
