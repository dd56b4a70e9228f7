/** Request and response schemas of /api/statuses. */
import { z } from 'zod';
import { pageOf } from './register-common.js';

export const StatusSchema = z.object({
  id: z.number().int(), name: z.string(), isDone: z.boolean(), inactive: z.boolean(), createdAt: z.string(), updatedAt: z.string(),
});

const fields = { name: z.string().max(200), isDone: z.boolean().optional(), inactive: z.boolean().optional() };
export const StatusCreateSchema = z.strictObject(fields);
export const StatusUpdateSchema = z.strictObject({ ...fields, name: fields.name.optional() });
export const StatusPageSchema = pageOf(StatusSchema);
