/** Kysely repository of activity types; a type used by an activity is in use. */
import type { Kysely } from 'kysely';
import type { DB } from '../schema.js';
import type { ActivityTypeRepository } from '../../app/ports/activity-types.js';
import type { ActivityType } from '../../domain/model/registers.js';
import { columns, lookupRepository } from './lookup-repository.js';

export function activityTypesRepository(db: Kysely<DB>): ActivityTypeRepository {
  return lookupRepository(db, 'activity_types', {
    toItem: (r): ActivityType => ({
      id: r.id, name: r.name, list: r.list, color: r.color, defaultAlarmMinutes: r.default_alarm_minutes,
      defaultDurationMinutes: r.default_duration_minutes,
      showTimeAs: r.show_time_as, requiresResponsible: r.requires_responsible === 1, inactive: r.inactive === 1,
      createdAt: r.created_at, updatedAt: r.updated_at,
    }),
    toRow: (v) => columns(v, {
      name: 'name', list: 'list', color: 'color', defaultAlarmMinutes: 'default_alarm_minutes', defaultDurationMinutes: 'default_duration_minutes', showTimeAs: 'show_time_as',
      requiresResponsible: 'requires_responsible', inactive: 'inactive',
    }),
    inUse: async (d, id) => (await d.selectFrom('activities').select('id').where('type_id', '=', id).limit(1).executeTakeFirst()) !== undefined,
  });
}
