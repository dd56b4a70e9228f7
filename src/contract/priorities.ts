/** Request and response schemas of /api/priorities (listed by rank). */
import { z } from 'zod';
import { Int, pageOf } from './register-common.js';

export const PrioritySchema = z.object({
  id: z.number().int(), name: z.string(), rank: z.number().int(), inactive: z.boolean(), createdAt: z.string(), updatedAt: z.string(),
});

const fields = { name: z.string().max(200), rank: Int.optional(), inactive: z.boolean().optional() };
export const PriorityCreateSchema = z.strictObject(fields);
export const PriorityUpdateSchema = z.strictObject({ ...fields, name: fields.name.optional() });
export const PriorityPageSchema = pageOf(PrioritySchema);
