/** Request and response schemas of contact persons (/api/contacts/:id/persons, /api/contact-persons). */
import { z } from 'zod';
import { OptionalText, PagingQuery, QueryFlag, pageOf } from './register-common.js';

export const ContactPersonSchema = z.object({
  id: z.number().int(),
  contactId: z.number().int(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  title: z.string().nullable(),
  phone: z.string().nullable(),
  mobile: z.string().nullable(),
  email: z.string().nullable(),
  isPrimary: z.boolean(),
  inactive: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const ContactPersonInputSchema = z.strictObject({
  firstName: OptionalText,
  lastName: OptionalText,
  title: OptionalText,
  phone: OptionalText,
  mobile: OptionalText,
  email: OptionalText,
  isPrimary: z.boolean().optional(),
  inactive: z.boolean().optional(),
});

export const ContactPersonListQuerySchema = z.strictObject({ includeInactive: QueryFlag.optional(), ...PagingQuery });

export const ContactPersonPageSchema = pageOf(ContactPersonSchema);
