/**
 * Reads and changes the caller's own settings (USET). Ids of the common calendar's rows and the
 * default type must exist; the error names the field and its index.
 */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { UserSettings } from '../../domain/model/user-settings.js';
import { validation } from '../../domain/errors.js';

export function getUserSettings(store: Store, employeeId: number): Promise<UserSettings> {
  return store.calendar.userSettings(employeeId);
}

export async function updateUserSettings(
  store: Store, clock: Clock, employeeId: number, input: Partial<UserSettings>,
): Promise<UserSettings> {
  return store.transaction(async (tx) => {
    const checks: [keyof UserSettings, 'employees' | 'resources', string][] = [
      ['commonEmployeeIds', 'employees', 'employee'], ['commonResourceIds', 'resources', 'resource'],
    ];
    for (const [field, table, what] of checks) {
      const ids = input[field] as number[] | undefined;
      if (!ids?.length) continue;
      const missing = await tx.activities.missingIds(table, ids);
      const at = ids.findIndex((id) => missing.has(id));
      if (at >= 0) throw validation(`${field}[${at}]`, `${what} ${ids[at]} does not exist`);
    }
    if (input.defaultTypeId != null && (await tx.activities.missingIds('activity_types', [input.defaultTypeId])).size) {
      throw validation('defaultTypeId', `activity type ${input.defaultTypeId} does not exist`);
    }
    const current = await tx.calendar.userSettings(employeeId);
    const next: UserSettings = { ...current };
    for (const [k, v] of Object.entries(input)) if (v !== undefined) (next as Record<string, unknown>)[k] = Array.isArray(v) ? [...new Set(v)] : v;
    await tx.calendar.saveUserSettings(employeeId, next, clock.now().toISOString());
    return next;
  });
}
