/**
 * What create and update accept (every field optional), and the checks both share: referenced ids
 * must exist (the error names the field, e.g. `contactIds[1]`), an end may not precede the start,
 * a type that requires a responsible refuses an activity without one.
 */
import type { Store } from '../ports/store.js';
import type { ReferencedTable } from '../ports/activities.js';
import type { ActivityFields, ActivityLinks } from '../../domain/model/activity.js';
import { validation } from '../../domain/errors.js';
import { emptyToNull } from '../../domain/text.js';
import { endsBeforeStart } from '../../domain/activity-times.js';

export type ActivityInput = Partial<Omit<ActivityFields, 'doneAt'> & ActivityLinks>;

const SINGLE_REFS: [keyof ActivityFields, ReferencedTable, string][] = [
  ['typeId', 'activity_types', 'activity type'],
  ['statusId', 'statuses', 'status'],
  ['priority', 'priorities', 'priority'],
  ['responsibleId', 'employees', 'employee'],
  ['batchId', 'batches', 'batch'],
];
const LINK_REFS: [keyof ActivityLinks, ReferencedTable, string][] = [
  ['contactIds', 'contacts', 'contact'],
  ['contactPersonIds', 'contact_persons', 'contact person'],
  ['employeeIds', 'employees', 'employee'],
  ['resourceIds', 'resources', 'resource'],
];

const TEXT_FIELDS = ['subject', 'color', 'custom1', 'custom2'] as const;

/** Empty text becomes null, timestamps become canonical UTC, link lists lose duplicates. */
export function normalizeInput(input: ActivityInput): ActivityInput {
  const out: ActivityInput = { ...input };
  for (const f of TEXT_FIELDS) if (f in out) out[f] = emptyToNull(out[f]);
  if ('notes' in out) out.notes = out.notes == null || out.notes.trim() === '' ? null : out.notes;
  for (const f of ['startAt', 'endAt'] as const) {
    const v = out[f];
    if (v !== undefined && v !== null) out[f] = new Date(v).toISOString();
  }
  for (const [key] of LINK_REFS) {
    const ids = out[key];
    if (ids) out[key] = [...new Set(ids)];
  }
  return out;
}

/** Every id the input names must exist; one query per referenced table. */
export async function checkReferences(store: Store, input: ActivityInput): Promise<void> {
  for (const [field, table, what] of SINGLE_REFS) {
    const id = input[field as keyof ActivityInput] as number | null | undefined;
    if (id === undefined || id === null) continue;
    if ((await store.activities.missingIds(table, [id])).size) throw validation(field, `${what} ${id} does not exist`);
  }
  for (const [field, table, what] of LINK_REFS) {
    const ids = input[field];
    if (!ids?.length) continue;
    const missing = await store.activities.missingIds(table, ids);
    const at = ids.findIndex((id) => missing.has(id));
    if (at >= 0) throw validation(`${field}[${at}]`, `${what} ${ids[at]} does not exist`);
  }
}

/** Checks on the activity as it will be stored (after defaults and merging). */
export async function checkRules(store: Store, a: Pick<ActivityFields, 'startAt' | 'endAt' | 'typeId' | 'responsibleId'>): Promise<void> {
  if (endsBeforeStart(a.startAt, a.endAt)) throw validation('endAt', 'the end is before the start');
  if (a.typeId !== null && a.responsibleId === null) {
    const type = await store.activities.typeDefaults(a.typeId);
    if (type?.requiresResponsible) throw validation('responsibleId', 'this activity type requires a responsible employee');
  }
}
