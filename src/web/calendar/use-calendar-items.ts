/**
 * The activities of an interval from GET /api/calendar, re-read when the interval or the rows
 * change; a later answer never overwrites a newer request's. `setItems` lets a view show a move
 * at once (saved in the background, put back if the server refuses).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { get, qs } from '../api';
import type { CalendarItemDto } from '../../contract/calendar';

export function useCalendarItems(from: string, to: string, employeeIds: number[] = [], resourceIds: number[] = [], enabled = true) {
  const [items, setItems] = useState<CalendarItemDto[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);
  const emp = employeeIds.join(',');
  const res = resourceIds.join(',');
  const reload = useCallback(async () => {
    if (!enabled) { setItems([]); setLoading(false); return; }
    const mine = ++seq.current;
    setLoading(true);
    try {
      const r = await get<{ items: CalendarItemDto[] }>(`/api/calendar${qs({ from, to, employeeIds: emp, resourceIds: res })}`);
      if (mine === seq.current) { setItems(r.items); setError(null); }
    } catch (e) {
      if (mine === seq.current) setError((e as Error).message);
    } finally {
      if (mine === seq.current) setLoading(false);
    }
  }, [from, to, emp, res, enabled]);
  useEffect(() => { void reload(); }, [reload]);
  return { items, setItems, loading, error, reload };
}
