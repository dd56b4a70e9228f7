/**
 * Schemas of the scheduling API: POST /api/scheduling/next-free, the company's working time
 * (GET/PUT /api/scheduling/working-time), the closed days of a year and employees' own hours.
 * The names are a contract for the web UI and the CLI.
 */
import { z } from 'zod';
import { Id } from './register-common.js';

const timestamp = z.iso.datetime({ offset: true, message: 'expected an ISO-8601 timestamp' });
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'expected a time HH:MM such as 07:00');
const date = z.iso.date({ message: 'expected a date YYYY-MM-DD' });

export const NextFreeRequestSchema = z.strictObject({
  employeeIds: z.array(Id).max(200, 'at most 200 employees').default([]),
  resourceIds: z.array(Id).max(200, 'at most 200 resources').default([]),
  durationMinutes: z.number().int().min(1, 'at least 1 minute').max(24 * 60, 'at most 24 hours (1440 minutes)'),
  earliest: timestamp,
  horizonDays: z.number().int().min(1, 'at least 1 day').max(366, 'at most 366 days').optional(),
  excludeActivityId: Id.optional(),
});

export const NextFreeAnswerSchema = z.union([
  z.object({ startAt: z.string(), endAt: z.string() }),
  z.object({ startAt: z.null(), endAt: z.null(), reason: z.enum(['noFreeTime', 'longerThanWorkingDay']) }),
]);

export const WorkingHoursSchema = z.strictObject({
  days: z.array(z.number().int().min(1, 'weekdays are 1 (Monday) to 7 (Sunday)').max(7, 'weekdays are 1 (Monday) to 7 (Sunday)')).max(7),
  start: time,
  end: time,
  /** weekdays with their own hours (Fridays 08:00–12:00); the others keep start–end */
  dayHours: z.array(z.strictObject({
    day: z.number().int().min(1, 'weekdays are 1 (Monday) to 7 (Sunday)').max(7, 'weekdays are 1 (Monday) to 7 (Sunday)'),
    start: time, end: time,
  })).max(7).optional(),
});

export const WorkingTimeSchema = z.object({
  hours: WorkingHoursSchema,
  swedishHolidays: z.boolean(),
  closedDays: z.array(z.object({ date: z.string(), name: z.string() })),
  openDays: z.array(z.string()),
});

export const WorkingTimeUpdateSchema = z.strictObject({
  hours: WorkingHoursSchema.optional(),
  swedishHolidays: z.boolean().optional(),
  closedDays: z.array(z.strictObject({ date, name: z.string().min(1, 'give the closed day a name').max(100) })).max(500).optional(),
  openDays: z.array(date).max(500).optional(),
});

export const NonWorkingDaysSchema = z.object({
  year: z.number().int(),
  items: z.array(z.object({
    date: z.string(), key: z.string().nullable(), name: z.string().nullable(), kind: z.enum(['public', 'closed', 'company']),
  })),
});

export const EmployeeHoursSchema = z.object({ employeeId: z.number().int(), own: WorkingHoursSchema.nullable(), effective: WorkingHoursSchema });
export const EmployeeHoursUpdateSchema = z.strictObject({ hours: WorkingHoursSchema.nullable() });

/** The schedule part of a group activity draft (PATCH /api/group-activities/:id). */
export const GroupScheduleSchema = z.strictObject({
  from: date,
  to: date,
  durationMinutes: z.number().int().min(5, 'at least 5 minutes').max(24 * 60, 'at most 24 hours (1440 minutes)').nullable().optional(),
  maxPerDay: z.number().int().min(1, 'at least 1').max(500, 'at most 500').nullable().optional(),
  bufferMinutes: z.number().int().min(0, '0 or more').max(480, 'at most 480 minutes').nullable().optional(),
  unplaced: z.enum(['refuse', 'withoutTime']).optional(),
  keepOrder: z.boolean().optional(),
});

export const SchedulePreviewSchema = z.object({
  placed: z.number().int(),
  unplacedCount: z.number().int(),
  perResponsible: z.array(z.object({ employeeId: z.number().int(), days: z.array(z.object({ date: z.string(), count: z.number().int() })) })),
  unplaced: z.array(z.object({ contactId: z.number().int(), number: z.number().int().nullable(), name: z.string().nullable(), reason: z.enum(['noResponsible', 'longerThanWorkingDay', 'noFreeTime']) })),
  startAt: z.string().nullable().optional(),
  endAt: z.string().nullable().optional(),
});
