/**
 * Request and response schemas of the change-values API (/api/activity-changes). `selection` and
 * `changes` are checked in the domain (validateSelection over activities, validateChanges), which
 * names the exact item: `changes[1].moveBy.days`.
 */
import { z } from 'zod';
import { Id } from './register-common.js';

export const ConflictChoiceSchema = z.enum(['shift', 'skip']);

const draftFields = {
  selection: z.unknown().optional().describe('An activity selection { match: [...] } over the activity fields and the relations contacts, employees, resources.'),
  changes: z.unknown().optional().describe('A list of { field, set } | { field: startAt|endAt, moveBy: { days, hours, minutes } } | { field: notes, append } '
    + '| { field: responsibleId, distribution } | { field: employeeIds|resourceIds, add|remove: [ids] }.'),
  conflicts: ConflictChoiceSchema.nullable().optional(),
  timeZone: z.string().max(100).optional().describe('IANA zone in which "move by days" keeps the time of day (default Europe/Stockholm).'),
};
export const CreateActivityChangeSchema = z.strictObject(draftFields);
export const PatchActivityChangeSchema = z.strictObject(draftFields);

export const FinishChangeResultSchema = z.object({ changeId: z.number(), changed: z.number(), skipped: z.number() });

export const ActivityChangeSchema = z.object({
  id: z.number(),
  status: z.enum(['draft', 'finished', 'undone', 'cancelled']),
  selection: z.unknown(),
  changes: z.array(z.record(z.string(), z.unknown())),
  conflicts: ConflictChoiceSchema.nullable(),
  timeZone: z.string(),
  result: FinishChangeResultSchema.nullable(),
  counts: z.object({ included: z.number(), excluded: z.number() }),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const ChangeActivityPageSchema = z.object({
  items: z.array(z.object({
    id: z.number(), number: z.number(), subject: z.string().nullable(), startAt: z.string().nullable(), endAt: z.string().nullable(),
    responsibleId: z.number().nullable(), responsibleName: z.string().nullable(), contactName: z.string().nullable(), excluded: z.boolean(),
  })),
  nextCursor: z.string().nullable(),
  total: z.number(),
});
export const ChangeActivitiesQuerySchema = z.object({
  q: z.string().max(200).optional(), cursor: z.string().optional(), limit: z.string().optional(),
  offset: z.string().regex(/^\d{1,9}$/, 'a row index (0 or more)').optional(),
});

export const ChangeMoveSchema = z.strictObject({
  to: z.enum(['included', 'excluded']),
  activityIds: z.array(Id).max(10_000).optional(),
  all: z.boolean().optional(),
  q: z.string().max(200).optional(),
});
export const ChangeMoveResultSchema = z.object({ counts: z.object({ included: z.number(), excluded: z.number() }) });

export const ChangeDistributionSchema = z.object({
  total: z.number(),
  perEmployee: z.array(z.object({ employeeId: z.number(), name: z.string().nullable(), count: z.number() })),
});

export const ChangeConflictsSchema = z.object({
  items: z.array(z.object({
    id: z.number(), number: z.number(), subject: z.string().nullable(), startAt: z.string().nullable(), endAt: z.string().nullable(),
    newStartAt: z.string().nullable(), newEndAt: z.string().nullable(),
  })),
  total: z.number(),
  choice: ConflictChoiceSchema.nullable(),
});

export const OpenChangesSchema = z.object({
  items: z.array(z.object({ id: z.number(), fields: z.array(z.string()), createdAt: z.string(), updatedAt: z.string() })),
});

export const UndoChangeResultSchema = z.object({ restored: z.number(), kept: z.number() });
export type TActivityChange = z.infer<typeof ActivityChangeSchema>;
