/**
 * Checks a draft's fields from the outside world: the activity selection, the changes (shape in
 * the domain; ids against the registers and a distribution's people as account managers here),
 * the conflict choice and the time zone.
 */
import type { Store } from '../ports/store.js';
import type { ReferencedTable } from '../ports/activities.js';
import type { ChangeDraftPatch } from '../ports/activity-changes.js';
import type { ConflictChoice } from '../../domain/activity-change/types.js';
import { validateChanges } from '../../domain/activity-change/changes.js';
import { isTimeZone } from '../../domain/activity-change/time-zone.js';
import { validateSelection } from '../../domain/selection/validate.js';
import { AppError, validation } from '../../domain/errors.js';
import { checkAccountManagers } from '../../domain/distribution/plan-distribution.js';
import { distributionEmployeeIds } from '../../domain/distribution/types.js';

export type ChangeInput = { selection?: unknown; changes?: unknown; conflicts?: ConflictChoice | null; timeZone?: string };

const REFS: Record<string, { table: ReferencedTable; what: string }> = {
  typeId: { table: 'activity_types', what: 'activity type' }, statusId: { table: 'statuses', what: 'status' },
  priority: { table: 'priorities', what: 'priority' }, responsibleId: { table: 'employees', what: 'employee' },
  employeeIds: { table: 'employees', what: 'employee' }, resourceIds: { table: 'resources', what: 'resource' },
};

export async function checkChangeInput(store: Store, input: ChangeInput): Promise<ChangeDraftPatch> {
  const out: ChangeDraftPatch = {};
  if (input.selection !== undefined) out.selection = input.selection === null ? null : validateSelection(input.selection, 'selection', 'activities');
  if (input.changes !== undefined) {
    const changes = validateChanges(input.changes);
    for (const [i, c] of changes.entries()) {
      if ('distribution' in c) {
        // The people of a distribution are checked as the finish checks them, but at once.
        try {
          checkAccountManagers(c.distribution, await store.groupActivities.managerFacts(distributionEmployeeIds(c.distribution)));
        } catch (e) {
          if (e instanceof AppError && e.field) throw new AppError(e.code, e.message, `changes[${i}].${e.field}`, e.details);
          throw e;
        }
        continue;
      }
      const ref = REFS[c.field];
      if (!ref) continue;
      const ids: [number, string][] = 'set' in c && typeof c.set === 'number' ? [[c.set, `changes[${i}].set`]]
        : 'add' in c || 'remove' in c
          ? [...(('add' in c && c.add) || []).map((id, j): [number, string] => [id, `changes[${i}].add[${j}]`]),
            ...(('remove' in c && c.remove) || []).map((id, j): [number, string] => [id, `changes[${i}].remove[${j}]`])]
          : [];
      if (!ids.length) continue;
      const missing = await store.activities.missingIds(ref.table, ids.map(([id]) => id));
      const bad = ids.find(([id]) => missing.has(id));
      if (bad) throw validation(bad[1], `${ref.what} ${bad[0]} does not exist`);
    }
    out.changes = changes;
  }
  if (input.conflicts !== undefined) out.conflicts = input.conflicts;
  if (input.timeZone !== undefined) {
    if (!isTimeZone(input.timeZone)) throw validation('timeZone', `unknown time zone "${input.timeZone}" (e.g. Europe/Stockholm)`);
    out.timeZone = input.timeZone;
  }
  return out;
}
