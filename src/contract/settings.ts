/** Request and response schemas of /api/settings (company settings for activities, CSET). */
import { z } from 'zod';
import { Id, Int } from './register-common.js';

export const SettingsSchema = z.object({
  companyName: z.string(),
  standardDurationMinutes: z.number().int(),
  doneStatusId: z.number().int().nullable(),
  endTimeOnDone: z.enum(['taskListOnly', 'always', 'never']),
  updatedAt: z.string(),
});

export const SettingsUpdateSchema = z.strictObject({
  companyName: z.string().max(200).optional(),
  standardDurationMinutes: Int.optional(),
  doneStatusId: Id.nullable().optional(),
  endTimeOnDone: z.enum(['taskListOnly', 'always', 'never']).optional(),
});
