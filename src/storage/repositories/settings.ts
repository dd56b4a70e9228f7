/** Kysely repository of the company settings: the single row with id 1 (created by 0001). */
import type { Kysely, Selectable, Updateable } from 'kysely';
import type { CompanySettingsTable, DB } from '../schema.js';
import type { SettingsRepository } from '../../app/ports/settings.js';
import type { CompanySettings } from '../../domain/model/registers.js';

function toSettings(r: Selectable<CompanySettingsTable>): CompanySettings {
  return {
    companyName: r.company_name, standardDurationMinutes: r.standard_duration_minutes, doneStatusId: r.done_status_id,
    endTimeOnDone: r.end_time_on_done, timeZone: r.time_zone, publicUrl: r.public_url, updatedAt: r.updated_at,
  };
}

export function settingsRepository(db: Kysely<DB>): SettingsRepository {
  return {
    async get() {
      return toSettings(await db.selectFrom('company_settings').selectAll().where('id', '=', 1).executeTakeFirstOrThrow());
    },
    async update(v, now) {
      const row: Updateable<CompanySettingsTable> = { updated_at: now };
      if (v.companyName !== undefined) row.company_name = v.companyName;
      if (v.standardDurationMinutes !== undefined) row.standard_duration_minutes = v.standardDurationMinutes;
      if (v.doneStatusId !== undefined) row.done_status_id = v.doneStatusId;
      if (v.endTimeOnDone !== undefined) row.end_time_on_done = v.endTimeOnDone;
      if (v.timeZone !== undefined) row.time_zone = v.timeZone;
      if (v.publicUrl !== undefined) row.public_url = v.publicUrl;
      return toSettings(await db.updateTable('company_settings').set(row).where('id', '=', 1).returningAll().executeTakeFirstOrThrow());
    },
  };
}
