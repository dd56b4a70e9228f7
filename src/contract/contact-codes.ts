/**
 * Request and response schemas of the contact code registers (/api/categories,
 * /api/lines-of-business, /api/contact-statuses, /api/districts).
 */
import { z } from 'zod';
import { pageOf } from './register-common.js';
import type { CodeField } from '../domain/model/contact-codes.js';

export const ContactCodeSchema = z.object({
  id: z.number().int(), code: z.string(), label: z.string(), inactive: z.boolean(), createdAt: z.string(), updatedAt: z.string(),
});

const fields = { code: z.string().max(200), label: z.string().max(200).nullable().optional(), inactive: z.boolean().optional() };
export const ContactCodeCreateSchema = z.strictObject(fields);
export const ContactCodeUpdateSchema = z.strictObject({ ...fields, code: fields.code.optional() });
export const ContactCodePageSchema = pageOf(ContactCodeSchema);

/** The API path of each register. */
export const CODE_REGISTER_PATHS: Record<CodeField, string> = {
  category: '/api/categories', lineOfBusiness: '/api/lines-of-business', status: '/api/contact-statuses', district: '/api/districts',
};
