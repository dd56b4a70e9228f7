/**
 * Schemas of the calendar API: /api/calendar (an interval of chosen employees and resources),
 * /api/tasks (the task list) and /api/tasks/done, /api/me/settings, and the calendar feeds.
 * The route names and fields are a contract for the web UI, the CLI and subscribers.
 */
import { z } from 'zod';
import { CALENDAR_VIEWS, COMMON_ZOOMS, TASK_FILTERS } from '../domain/model/user-settings.js';

const timestamp = z.iso.datetime({ offset: true, message: 'expected an ISO-8601 timestamp' });
/** `1,2,3` in a query string */
const idList = z.string().regex(/^\s*\d+(\s*,\s*\d+)*\s*$/, 'expected ids separated by commas, e.g. 1,2,3')
  .transform((s) => s.split(',').map((x) => Number(x.trim())))
  .pipe(z.array(z.number().int().positive()).max(200, 'at most 200 ids'));

export const CalendarQuerySchema = z.strictObject({
  from: timestamp,
  to: timestamp,
  employeeIds: idList.optional(),
  resourceIds: idList.optional(),
});

const ContactRef = z.object({ id: z.number().int(), name: z.string() });

export const CalendarItemSchema = z.object({
  id: z.number().int(),
  number: z.number().int(),
  subject: z.string().nullable(),
  startAt: z.string(),
  endAt: z.string().nullable(),
  allDay: z.boolean(),
  done: z.boolean(),
  color: z.string().nullable(),
  typeId: z.number().int().nullable(),
  typeName: z.string().nullable(),
  showTimeAs: z.enum(['free', 'busy', 'out']),
  responsibleId: z.number().int().nullable(),
  employeeIds: z.array(z.number().int()),
  resourceIds: z.array(z.number().int()),
  contacts: z.array(ContactRef),
  notes: z.string().nullable(),
  batchId: z.number().int().nullable(),
  hidden: z.boolean(),
  updatedAt: z.string(),
});
export type CalendarItemDto = z.infer<typeof CalendarItemSchema>;
export const CalendarAnswerSchema = z.object({ items: z.array(CalendarItemSchema) });

export const TaskQuerySchema = z.strictObject({
  filter: z.enum(TASK_FILTERS as [string, ...string[]]).optional(),
  employeeId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(2000).optional(),
});

export const TaskItemSchema = z.object({
  id: z.number().int(),
  number: z.number().int(),
  subject: z.string().nullable(),
  startAt: z.string().nullable(),
  endAt: z.string().nullable(),
  done: z.boolean(),
  doneAt: z.string().nullable(),
  overdue: z.boolean(),
  priority: z.number().int().nullable(),
  priorityName: z.string().nullable(),
  typeId: z.number().int().nullable(),
  typeName: z.string().nullable(),
  statusName: z.string().nullable(),
  color: z.string().nullable(),
  contacts: z.array(ContactRef),
  batchId: z.number().int().nullable(),
  updatedAt: z.string(),
});
export type TaskItemDto = z.infer<typeof TaskItemSchema>;
export const TaskAnswerSchema = z.object({ items: z.array(TaskItemSchema), more: z.boolean() });

export const MarkDoneSchema = z.strictObject({
  ids: z.array(z.number().int().positive()).min(1, 'choose at least one activity').max(1000),
  done: z.boolean().optional(),
});

export const UserSettingsSchema = z.object({
  calendarView: z.enum(CALENDAR_VIEWS as [string, ...string[]]),
  taskFilter: z.enum(TASK_FILTERS as [string, ...string[]]),
  commonEmployeeIds: z.array(z.number().int()),
  commonResourceIds: z.array(z.number().int()),
  commonZoom: z.enum(COMMON_ZOOMS as [string, ...string[]]),
  defaultTypeId: z.number().int().nullable(),
  hideDetailsFromOthers: z.boolean(),
});
export type UserSettingsDto = z.infer<typeof UserSettingsSchema>;

export const UserSettingsUpdateSchema = z.strictObject({
  calendarView: z.enum(CALENDAR_VIEWS as [string, ...string[]]).optional(),
  taskFilter: z.enum(TASK_FILTERS as [string, ...string[]]).optional(),
  commonEmployeeIds: z.array(z.number().int().positive()).max(200).optional(),
  commonResourceIds: z.array(z.number().int().positive()).max(200).optional(),
  commonZoom: z.enum(COMMON_ZOOMS as [string, ...string[]]).optional(),
  defaultTypeId: z.number().int().positive().nullable().optional(),
  hideDetailsFromOthers: z.boolean().optional(),
});

export const FeedSchema = z.object({
  id: z.number().int(),
  name: z.string().nullable(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export const FeedCreatedSchema = FeedSchema.extend({ url: z.string() });
export const FeedCreateSchema = z.strictObject({ name: z.string().max(100).nullable().optional() });
