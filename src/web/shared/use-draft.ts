/**
 * A wizard's draft lives on the server (at `url`, e.g. /api/group-activities/12): this hook reads it and writes every change back with a
 * short debounce, in order, so a reload resumes exactly where the user was. `flush()` sends what is
 * pending before the wizard moves on.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, get, patch as patchApi } from '../api';

export type DraftState<Draft, DraftPatch> = {
  draft: Draft | null;
  error: ApiError | null;
  saving: boolean;
  /** Merges the change locally at once and saves it after `delay` ms (0 = now). */
  update: (p: DraftPatch, delay?: number) => Promise<Draft | null>;
  flush: () => Promise<Draft | null>;
  refresh: () => Promise<void>;
  setDraft: (d: Draft) => void;
};

export function useDraft<Draft extends object, DraftPatch extends object>(url: string | null): DraftState<Draft, DraftPatch> {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const pending = useRef<DraftPatch | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<Draft | null>>(Promise.resolve(null));
  const waiters = useRef<((d: Draft | null) => void)[]>([]);

  const refresh = useCallback(async () => {
    if (url == null) return;
    try { setDraft(await get<Draft>(url)); setError(null); } catch (e) { setError(e as ApiError); }
  }, [url]);

  useEffect(() => { setDraft(null); void refresh(); }, [refresh]);

  const send = useCallback((): Promise<Draft | null> => {
    if (timer.current) { clearTimeout(timer.current); timer.current = null; }
    const body = pending.current;
    pending.current = null;
    const resolveWaiters = (d: Draft | null) => { const w = waiters.current; waiters.current = []; w.forEach((f) => f(d)); };
    if (!body || url == null) { const p = chain.current; p.then(resolveWaiters, () => resolveWaiters(null)); return p; }
    setSaving(true);
    const next = chain.current.catch(() => null).then(async () => {
      try {
        const d = await patchApi<Draft>(url, body);
        // Keep local edits typed while the request was in flight.
        setDraft(pending.current ? { ...d, ...pending.current } as Draft : d);
        setError(null);
        return d;
      } catch (e) {
        setError(e as ApiError);
        throw e;
      } finally {
        if (!pending.current) setSaving(false);
      }
    });
    chain.current = next;
    next.then(resolveWaiters, () => resolveWaiters(null));
    return next;
  }, [url]);

  const update = useCallback((p: DraftPatch, delay = 300) => {
    pending.current = { ...(pending.current ?? {}), ...p };
    setDraft((d) => (d ? ({ ...d, ...p } as Draft) : d));
    if (timer.current) clearTimeout(timer.current);
    if (delay <= 0) return send().catch(() => null);
    return new Promise<Draft | null>((resolve) => {
      waiters.current.push(resolve);
      timer.current = setTimeout(() => { send().catch(() => undefined); }, delay);
    });
  }, [send]);

  const flush = useCallback(() => send(), [send]);

  // Save what is pending when the wizard goes away…
  useEffect(() => () => { if (pending.current) void send().catch(() => undefined); }, [send]);
  // …and when the page does (a reload or a closed tab within the debounce): a keepalive request
  // outlives the page.
  useEffect(() => {
    const onHide = () => {
      const body = pending.current;
      if (!body || url == null) return;
      pending.current = null;
      void fetch(url, { method: 'PATCH', keepalive: true, credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
        .catch(() => undefined);
    };
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, [url]);

  return { draft, error, saving, update, flush, refresh, setDraft };
}
