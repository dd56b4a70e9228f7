/** Looks up the names a report header shows for referenced ids (selection values, list filters). */
import type { Store } from '../ports/store.js';

export type NameLists = { employees: number[]; activity_types: number[]; statuses: number[]; priorities: number[] };
export type NameMaps = { employees: Map<number, string>; activity_types: Map<number, string>; statuses: Map<number, string>; priorities: Map<number, string> };

export async function lookUpNames(store: Store, ids: Partial<NameLists>): Promise<NameMaps> {
  const r = store.reportData;
  return {
    employees: await r.employeeNames(ids.employees ?? []),
    activity_types: await r.registerNames('activity_types', ids.activity_types ?? []),
    statuses: await r.registerNames('statuses', ids.statuses ?? []),
    priorities: await r.registerNames('priorities', ids.priorities ?? []),
  };
}

/** Every reference id inside a selection (any depth), per register. */
export function selectionIds(selection: unknown): NameLists {
  const out: NameLists = { employees: [], activity_types: [], statuses: [], priorities: [] };
  const table: Record<string, keyof NameLists> = {
    accountManagerId: 'employees', responsibleId: 'employees', typeId: 'activity_types', statusId: 'statuses', priorityId: 'priorities',
  };
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) { node.forEach(walk); return; }
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    const t = typeof o.field === 'string' ? table[o.field] : undefined;
    if (t) for (const v of Array.isArray(o.value) ? o.value : [o.value]) if (typeof v === 'number') out[t].push(v);
    walk(o.match); walk(o.group); walk(o.value);
  };
  walk(selection);
  return out;
}
