/** Request and response schemas of /api/resources. */
import { z } from 'zod';
import { OptionalText, PagingQuery, QueryFlag, pageOf } from './register-common.js';

export const ResourceSchema = z.object({
  id: z.number().int(), name: z.string(), description: z.string().nullable(), inactive: z.boolean(),
  createdAt: z.string(), updatedAt: z.string(),
});

const fields = { name: z.string().max(200), description: OptionalText, inactive: z.boolean().optional() };
export const ResourceCreateSchema = z.strictObject(fields);
export const ResourceUpdateSchema = z.strictObject({ ...fields, name: fields.name.optional() });

export const RegisterListQuerySchema = z.strictObject({ includeInactive: QueryFlag.optional(), ...PagingQuery });
export const ResourcePageSchema = pageOf(ResourceSchema);
