/** Request and response schemas of /api/activity-types (original system: TYPE). */
import { z } from 'zod';
import { OptionalText, pageOf } from './register-common.js';

export const ActivityTypeSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  list: z.enum(['calendar', 'taskList']),
  color: z.string().nullable(),
  defaultAlarmMinutes: z.number().int().nullable(),
  defaultDurationMinutes: z.number().int().nullable(),
  showTimeAs: z.enum(['free', 'busy', 'out']),
  requiresResponsible: z.boolean(),
  inactive: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const fields = {
  name: z.string().max(200),
  list: z.enum(['calendar', 'taskList']).optional(),
  color: OptionalText,
  defaultAlarmMinutes: z.number().int().min(0).max(525_600).nullable().optional(),
  defaultDurationMinutes: z.number().int().min(5, 'expected whole minutes from 5 to 1440').max(1440, 'expected whole minutes from 5 to 1440').nullable().optional(),
  showTimeAs: z.enum(['free', 'busy', 'out']).optional(),
  requiresResponsible: z.boolean().optional(),
  inactive: z.boolean().optional(),
};
export const ActivityTypeCreateSchema = z.strictObject(fields);
export const ActivityTypeUpdateSchema = z.strictObject({ ...fields, name: fields.name.optional() });
export const ActivityTypePageSchema = pageOf(ActivityTypeSchema);
