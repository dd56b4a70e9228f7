/**
 * Request and response schemas of /api/contacts. The name is the only required field; unknown
 * fields are refused; text is stored as sent (HTML included — escaping is the UI's job).
 */
import { z } from 'zod';
import { CONTACT_TYPES } from '../domain/model/contact.js';
import { Count, Id, IdText, OptionalText, PagingQuery, QueryFlag, pageOf } from './register-common.js';

export const ContactTypeSchema = z.enum(CONTACT_TYPES);

export const ContactSchema = z.object({
  id: z.number().int(),
  number: z.number().int(),
  name: z.string(),
  orgNumber: z.string().nullable(),
  types: z.array(ContactTypeSchema),
  category: z.string().nullable(),
  lineOfBusiness: z.string().nullable(),
  status: z.string().nullable(),
  district: z.string().nullable(),
  postalAddress: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  country: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  web: z.string().nullable(),
  accountManagerId: z.number().int().nullable(),
  turnover: z.number().nullable(),
  employeeCount: z.number().int().nullable(),
  custom1: z.string().nullable(),
  custom2: z.string().nullable(),
  notes: z.string().nullable(),
  inactive: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const contactFields = {
  name: z.string().max(500),
  orgNumber: OptionalText,
  types: z.array(ContactTypeSchema).max(4).optional(),
  category: OptionalText,
  lineOfBusiness: OptionalText,
  status: OptionalText,
  district: OptionalText,
  postalAddress: OptionalText,
  postalCode: OptionalText,
  city: OptionalText,
  country: OptionalText,
  phone: OptionalText,
  email: OptionalText,
  web: OptionalText,
  accountManagerId: Id.nullable().optional(),
  turnover: z.number().finite().nullable().optional(),
  employeeCount: Count.nullable().optional(),
  custom1: OptionalText,
  custom2: OptionalText,
  notes: z.string().max(100_000).nullable().optional(),
  inactive: z.boolean().optional(),
};

export const ContactCreateSchema = z.strictObject(contactFields);
export const ContactUpdateSchema = z.strictObject({ ...contactFields, name: contactFields.name.optional() });

export const ContactListQuerySchema = z.strictObject({
  q: z.string().optional(),
  city: z.string().optional(),
  category: z.string().optional(),
  accountManagerId: IdText.optional(),
  type: ContactTypeSchema.optional(),
  includeInactive: QueryFlag.optional(),
  sort: z.enum(['name', 'number', 'city', 'postalCode']).optional(),
  dir: z.enum(['asc', 'desc']).optional(),
  ...PagingQuery,
});

export const ContactPageSchema = pageOf(ContactSchema);
