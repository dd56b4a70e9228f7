/**
 * Data of the change-values reports: "before" lists the included activities with the current
 * (old) values of the chosen fields — after a finish, the old values it recorded; "after" lists
 * the new values a finish wrote. Rows stream in pages of 5,000 by number.
 */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { ChangeReportRow, ChangeScope } from '../ports/activity-changes.js';
import type { Actor } from '../../domain/model/employee.js';
import { conflict } from '../../domain/errors.js';
import { changeScopeOf, loadChange } from './load-change.js';

export type ChangeReportData = {
  companyName: string; printedBy: string; printedAt: string; changeId: number; kind: 'before' | 'after'; fields: string[]; count: number;
  names: (field: string, id: number) => string | undefined;
  rows: AsyncIterable<ChangeReportRow>;
};

async function* pages(store: Store, scope: ChangeScope, fields: string[], source: 'current' | 'old' | 'new', employees: Map<number, string>) {
  let after = 0;
  for (;;) {
    const rows = await store.activityChanges.reportRows({ scope, fields, source, afterNumber: after, limit: 5000 });
    const ids = rows.flatMap((r) => [r.values.responsibleId, r.values.employeeIds]).filter((v): v is string => !!v).map(Number);
    for (const [id, name] of await store.groupActivities.employeeNames(ids.filter((id) => !employees.has(id)))) employees.set(id, name);
    yield* rows;
    if (rows.length < 5000) return;
    after = rows[rows.length - 1]!.number;
  }
}

export async function getChangeReport(store: Store, clock: Clock, actor: Actor, id: number, kind: 'before' | 'after'): Promise<ChangeReportData> {
  const d = await loadChange(store, id, actor);
  const finished = d.status === 'finished';
  if (kind === 'after' && !finished) throw conflict(`activity change ${id} is ${d.status}; the report after exists once it is finished`, 'kind');
  const scope = changeScopeOf(d);
  const fields = d.changes.map((c) => c.field);
  const source = !finished ? 'current' : kind === 'before' ? 'old' : 'new';
  const count = finished ? (await store.activityChanges.recordedActivityIds(id)).length : (await store.activityChanges.counts(scope)).included;
  const [types, statuses, priorities, resources] = await Promise.all([
    store.activityTypes.all({ includeInactive: true }), store.statuses.all({ includeInactive: true }),
    store.priorities.all({ includeInactive: true }), store.resources.all({ includeInactive: true }),
  ]);
  const employees = new Map<number, string>();
  const registers: Record<string, Map<number, string>> = {
    typeId: new Map(types.map((x) => [x.id, x.name])), statusId: new Map(statuses.map((x) => [x.id, x.name])),
    priority: new Map(priorities.map((x) => [x.id, x.name])), resourceIds: new Map(resources.map((x) => [x.id, x.name])),
    responsibleId: employees, employeeIds: employees,
  };
  const me = await store.employees.get(actor.employeeId);
  return {
    companyName: (await store.settings.get()).companyName, printedBy: me?.name ?? actor.name ?? '', printedAt: clock.now().toISOString(),
    changeId: id, kind, fields, count,
    names: (field, ref) => registers[field]?.get(ref),
    rows: pages(store, scope, fields, source, employees),
  };
}
