/**
 * The small registers most pages need for drop-downs and names (employees, activity types,
 * statuses, priorities, resources), fetched once per session and refreshed after settings change
 * (the cache itself: session-cache.ts).
 */
import { listAll } from './api';
import { sessionCache } from './session-cache';

export type EmployeeRow = { id: number; name: string; initials: string | null; email: string | null; phone: string | null; isAccountManager: boolean; active: boolean; role: 'admin' | 'user'; canLogIn: boolean };
export type ResourceRow = { id: number; name: string; description: string | null; inactive: boolean };
export type TypeRow = { id: number; name: string; list: 'calendar' | 'taskList'; color: string | null; defaultAlarmMinutes: number | null; defaultDurationMinutes: number | null; showTimeAs: 'free' | 'busy' | 'out'; requiresResponsible: boolean; inactive: boolean };
export type StatusRow = { id: number; name: string; isDone: boolean; inactive: boolean };
export type PriorityRow = { id: number; name: string; rank: number; inactive: boolean };

export type Lookups = { employees: EmployeeRow[]; types: TypeRow[]; statuses: StatusRow[]; priorities: PriorityRow[]; resources: ResourceRow[] };

const EMPTY: Lookups = { employees: [], types: [], statuses: [], priorities: [], resources: [] };

const lookups = sessionCache<Lookups>(EMPTY, async (orEmpty) => {
  const [employees, types, statuses, priorities, resources] = await Promise.all([
    orEmpty(listAll<EmployeeRow>('/api/employees')),
    orEmpty(listAll<TypeRow>('/api/activity-types', { includeInactive: true })),
    orEmpty(listAll<StatusRow>('/api/statuses', { includeInactive: true })),
    orEmpty(listAll<PriorityRow>('/api/priorities', { includeInactive: true })),
    orEmpty(listAll<ResourceRow>('/api/resources', { includeInactive: true })),
  ]);
  return { employees, types, statuses, priorities, resources };
});

export const useLookups = lookups.use;
/** Drops the cache (after a register changed) and lets every open page re-read. */
export const invalidateLookups = lookups.invalidate;

export const nameOf = <T extends { id: number; name: string }>(rows: T[], id: number | null | undefined) =>
  id == null ? '' : rows.find((r) => r.id === id)?.name ?? `#${id}`;
