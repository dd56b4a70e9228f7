/** Complete rows for tests that write reference data and activities directly with Kysely. */
import type { Insertable } from 'kysely';
import type { ActivityTable, ActivityTypeTable, PriorityTable, StatusTable } from '../../src/storage/schema.js';

export const NOW = '2026-01-01T00:00:00.000Z';

export const activityType = (id: number): Insertable<ActivityTypeTable> => ({
  id, name: `T${id}`, list: 'calendar', color: null, default_alarm_minutes: null, show_time_as: 'busy', requires_responsible: 0,
  inactive: 0, created_at: NOW, updated_at: NOW,
});
export const status = (id: number): Insertable<StatusTable> => ({ id, name: `S${id}`, is_done: 0, inactive: 0, created_at: NOW, updated_at: NOW });
export const priority = (id: number): Insertable<PriorityTable> => ({ id, name: `P${id}`, rank: id, inactive: 0, created_at: NOW, updated_at: NOW });

export const blankActivity = (id: number): Insertable<ActivityTable> => ({
  id, number: id, subject: null, start_at: null, end_at: null, all_day: 0, alarm_minutes: null, type_id: null, status_id: null,
  priority_id: null, done: 0, done_at: null, responsible_id: null, notes: null, color: null, show_in_task_list: 0, custom1: null,
  custom2: null, batch_id: null, created_by: null, created_at: NOW, updated_at: NOW,
});
