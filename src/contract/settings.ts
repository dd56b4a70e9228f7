/** Request and response schemas of /api/settings (company settings for activities, CSET). */
import { z } from 'zod';
import { Id, Int } from './register-common.js';

export const SettingsSchema = z.object({
  companyName: z.string(),
  standardDurationMinutes: z.number().int(),
  doneStatusId: z.number().int().nullable(),
  endTimeOnDone: z.enum(['taskListOnly', 'always', 'never']),
  timeZone: z.string(),
  publicUrl: z.string().nullable(),
  updatedAt: z.string(),
});

export const SettingsUpdateSchema = z.strictObject({
  companyName: z.string().max(200).optional(),
  standardDurationMinutes: Int.optional(),
  doneStatusId: Id.nullable().optional(),
  endTimeOnDone: z.enum(['taskListOnly', 'always', 'never']).optional(),
  timeZone: z.string().max(100).optional(),
  publicUrl: z.string().max(500).nullable().optional(),
});
