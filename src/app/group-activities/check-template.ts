/**
 * Validates a group's activity values and options against the registers (types, statuses,
 * priorities, employees, resources, contact persons), naming the field of the first missing id.
 */
import type { Store } from '../ports/store.js';
import type { ReferencedTable } from '../ports/activities.js';
import type { ActivityTemplate, GroupMode, GroupOptions } from '../../domain/group-activity/types.js';
import { validation } from '../../domain/errors.js';

async function checkIds(store: Store, table: ReferencedTable, ids: (number | null | undefined)[], field: (i: number) => string, what: string) {
  const present = ids.filter((v): v is number => typeof v === 'number');
  if (!present.length) return;
  const missing = await store.activities.missingIds(table, present);
  const i = ids.findIndex((v) => typeof v === 'number' && missing.has(v));
  if (i >= 0) throw validation(field(i), `${what} ${ids[i]} does not exist`);
}

export async function checkTemplateRefs(store: Store, t: Partial<ActivityTemplate>, prefix = 'template.'): Promise<void> {
  await checkIds(store, 'activity_types', [t.typeId], () => `${prefix}typeId`, 'activity type');
  await checkIds(store, 'statuses', [t.statusId], () => `${prefix}statusId`, 'status');
  await checkIds(store, 'priorities', [t.priority], () => `${prefix}priority`, 'priority');
  await checkIds(store, 'employees', t.employeeIds ?? [], (i) => `${prefix}employeeIds[${i}]`, 'employee');
  await checkIds(store, 'resources', t.resourceIds ?? [], (i) => `${prefix}resourceIds[${i}]`, 'resource');
  await checkIds(store, 'contact_persons', t.contactPersonIds ?? [], (i) => `${prefix}contactPersonIds[${i}]`, 'contact person');
}

export async function checkTemplate(store: Store, mode: GroupMode, t: ActivityTemplate): Promise<void> {
  if (mode === 'perContact' && t.contactPersonIds?.length) {
    throw validation('template.contactPersonIds', 'contact persons are linked per contact in per-contact mode (use options.linkPrimaryPerson)');
  }
  await checkTemplateRefs(store, t);
}

export async function checkOptions(store: Store, o: GroupOptions): Promise<void> {
  await checkIds(store, 'activity_types', [o.skipIfOpenActivityOfType], () => 'options.skipIfOpenActivityOfType', 'activity type');
}
