/**
 * The small registers most pages need for drop-downs and names (employees, activity types,
 * statuses, priorities, resources), fetched once per session and refreshed after settings change.
 */
import { useEffect, useState } from 'react';
import { listAll } from './api';

export type EmployeeRow = { id: number; name: string; initials: string | null; email: string | null; phone: string | null; isAccountManager: boolean; active: boolean; role: 'admin' | 'user'; canLogIn: boolean };
export type ResourceRow = { id: number; name: string; description: string | null; inactive: boolean };
export type TypeRow = { id: number; name: string; list: 'calendar' | 'taskList'; color: string | null; defaultAlarmMinutes: number | null; defaultDurationMinutes: number | null; showTimeAs: 'free' | 'busy' | 'out'; requiresResponsible: boolean; inactive: boolean };
export type StatusRow = { id: number; name: string; isDone: boolean; inactive: boolean };
export type PriorityRow = { id: number; name: string; rank: number; inactive: boolean };

export type Lookups = { employees: EmployeeRow[]; types: TypeRow[]; statuses: StatusRow[]; priorities: PriorityRow[]; resources: ResourceRow[] };

const EMPTY: Lookups = { employees: [], types: [], statuses: [], priorities: [], resources: [] };
let cache: Promise<Lookups> | null = null;
const listeners = new Set<() => void>();

const safe = <T,>(p: Promise<T[]>) => p.catch(() => [] as T[]);

function load(): Promise<Lookups> {
  if (!cache) {
    cache = Promise.all([
      safe(listAll<EmployeeRow>('/api/employees')),
      safe(listAll<TypeRow>('/api/activity-types', { includeInactive: true })),
      safe(listAll<StatusRow>('/api/statuses', { includeInactive: true })),
      safe(listAll<PriorityRow>('/api/priorities', { includeInactive: true })),
      safe(listAll<ResourceRow>('/api/resources', { includeInactive: true })),
    ]).then(([employees, types, statuses, priorities, resources]) => ({ employees, types, statuses, priorities, resources }));
  }
  return cache;
}

/** Drops the cache (after a register changed) and lets every open page re-read. */
export function invalidateLookups(): void {
  cache = null;
  for (const l of listeners) l();
}

export function useLookups(): Lookups {
  const [value, setValue] = useState<Lookups>(EMPTY);
  const [gen, setGen] = useState(0);
  useEffect(() => {
    const l = () => setGen((g) => g + 1);
    listeners.add(l);
    return () => { listeners.delete(l); };
  }, []);
  useEffect(() => {
    let live = true;
    load().then((v) => { if (live) setValue(v); });
    return () => { live = false; };
  }, [gen]);
  return value;
}

export const nameOf = <T extends { id: number; name: string }>(rows: T[], id: number | null | undefined) =>
  id == null ? '' : rows.find((r) => r.id === id)?.name ?? `#${id}`;
