/**
 * Changes the company settings (administrators only). The done status must be a status flagged
 * done, as in the original system (CSET).
 */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { SettingsValues } from '../ports/settings.js';
import type { CompanySettings } from '../../domain/model/registers.js';
import { validation } from '../../domain/errors.js';
import { emptyToNull } from '../../domain/text.js';
import { isTimeZone, publicUrlOrNull } from '../../domain/calendar/zone.js';

export async function updateSettings(store: Store, clock: Clock, input: Partial<SettingsValues>): Promise<CompanySettings> {
  const v: Partial<SettingsValues> = { ...input };
  if (input.companyName !== undefined) {
    const name = emptyToNull(input.companyName);
    if (!name) throw validation('companyName', 'company name is required');
    v.companyName = name;
  }
  if (input.standardDurationMinutes !== undefined && !(input.standardDurationMinutes > 0)) {
    throw validation('standardDurationMinutes', 'the standard duration must be more than 0 minutes');
  }
  if (input.timeZone !== undefined && !isTimeZone(input.timeZone)) {
    throw validation('timeZone', `"${input.timeZone}" is not a known time zone (e.g. Europe/Stockholm)`);
  }
  if (input.publicUrl !== undefined) v.publicUrl = publicUrlOrNull(input.publicUrl);
  return store.transaction(async (tx) => {
    if (input.doneStatusId !== undefined && input.doneStatusId !== null) {
      const status = await tx.statuses.get(input.doneStatusId);
      if (!status) throw validation('doneStatusId', `no status has id ${input.doneStatusId}`);
      if (!status.isDone) throw validation('doneStatusId', `the status "${status.name}" is not flagged done`);
    }
    return tx.settings.update(v, clock.now().toISOString());
  });
}
