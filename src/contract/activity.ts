/**
 * Request and response schemas of /api/activities (names are a contract for the wizard, the web
 * UI and the reports). No input field is mandatory; unknown fields are refused.
 */
import { z } from 'zod';
import { Id, IdText } from './register-common.js';

const id = Id;
const timestamp = z.iso.datetime({ offset: true, message: 'expected an ISO-8601 timestamp' });
const ids = z.array(id).max(10_000);

export const ActivitySchema = z.object({
  id: z.number().int(),
  number: z.number().int(),
  subject: z.string().nullable(),
  startAt: z.string().nullable(),
  endAt: z.string().nullable(),
  allDay: z.boolean(),
  alarmMinutes: z.number().int().nullable(),
  typeId: z.number().int().nullable(),
  statusId: z.number().int().nullable(),
  priority: z.number().int().nullable(),
  done: z.boolean(),
  doneAt: z.string().nullable(),
  responsibleId: z.number().int().nullable(),
  notes: z.string().nullable(),
  color: z.string().nullable(),
  showInTaskList: z.boolean(),
  custom1: z.string().nullable(),
  custom2: z.string().nullable(),
  contactIds: z.array(z.number().int()),
  contactPersonIds: z.array(z.number().int()),
  employeeIds: z.array(z.number().int()),
  resourceIds: z.array(z.number().int()),
  batchId: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  // present with ?expand=names
  responsibleName: z.string().nullable().optional(),
  typeName: z.string().nullable().optional(),
  statusName: z.string().nullable().optional(),
  contacts: z.array(z.object({ id: z.number().int(), number: z.number().int(), name: z.string() })).optional(),
  groupActivityId: z.number().int().nullable().optional(),
});
export type ActivityDto = z.infer<typeof ActivitySchema>;

export const ActivityInputSchema = z.strictObject({
  subject: z.string().max(500).nullable().optional(),
  startAt: timestamp.nullable().optional(),
  endAt: timestamp.nullable().optional(),
  allDay: z.boolean().optional(),
  alarmMinutes: z.number().int().min(0).max(525_600).nullable().optional(),
  typeId: id.nullable().optional(),
  statusId: id.nullable().optional(),
  priority: id.nullable().optional(),
  done: z.boolean().optional(),
  responsibleId: id.nullable().optional(),
  notes: z.string().max(100_000).nullable().optional(),
  color: z.string().max(50).nullable().optional(),
  showInTaskList: z.boolean().optional(),
  custom1: z.string().max(500).nullable().optional(),
  custom2: z.string().max(500).nullable().optional(),
  contactIds: ids.optional(),
  contactPersonIds: ids.optional(),
  employeeIds: ids.optional(),
  resourceIds: ids.optional(),
  batchId: id.nullable().optional(),
});
export type ActivityInputDto = z.infer<typeof ActivityInputSchema>;

const idOrNone = z.union([z.literal('none'), IdText]);
const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const ActivityListQuerySchema = z.strictObject({
  from: z.string().optional(),
  to: z.string().optional(),
  statusId: IdText.optional(),
  typeId: idOrNone.optional(),
  responsibleId: idOrNone.optional(),
  batchId: IdText.optional(),
  contactId: IdText.optional(),
  done: flag.optional(),
  q: z.string().max(200).optional(),
  sort: z.enum(['startAt', 'number']).optional(),
  dir: z.enum(['asc', 'desc']).optional(),
  expand: z.enum(['names']).optional(),
  limit: z.string().optional(),
  cursor: z.string().optional(),
});

export const ActivityPageSchema = z.object({ items: z.array(ActivitySchema), nextCursor: z.string().nullable() });
