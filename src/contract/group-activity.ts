/**
 * Request and response schemas of the group-activity API (/api/group-activities), shared by the
 * HTTP routes and the web wizard. Bodies are strict: unknown fields are refused naming the field.
 */
import { z } from 'zod';
import { GroupScheduleSchema } from './scheduling.js';
import { Count, Id } from './register-common.js';
import { MAX_MOVE_IDS } from '../domain/group-activity/types.js';

const Text = z.string().max(4000).nullable();

export const GroupModeSchema = z.enum(['shared', 'perContact']);
export const SideSchema = z.enum(['included', 'excluded']);

export const DistributionSchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('counts'), counts: z.array(z.strictObject({ employeeId: Id, count: Count })).max(500) }),
  z.strictObject({ method: z.literal('even'), employeeIds: z.array(Id).max(500) }),
  z.strictObject({ method: z.literal('weighted'), weights: z.array(z.strictObject({ employeeId: Id, weight: z.number().min(0) })).max(500) }),
  z.strictObject({ method: z.literal('ownManager'), employeeIds: z.array(Id).max(500) }),
]);

const activityValueFields = {
  subject: z.string().max(500).nullable().optional(),
  startAt: z.string().nullable().optional(),
  endAt: z.string().nullable().optional(),
  allDay: z.boolean().optional(),
  alarmMinutes: z.number().int().min(0).max(525_600).nullable().optional(),
  typeId: Id.nullable().optional(),
  statusId: Id.nullable().optional(),
  priority: Id.nullable().optional(),
  notes: Text.optional(),
  color: z.string().max(50).nullable().optional(),
  showInTaskList: z.boolean().optional(),
  custom1: Text.optional(),
  custom2: Text.optional(),
  employeeIds: z.array(Id).max(1000).optional(),
  resourceIds: z.array(Id).max(1000).optional(),
  contactPersonIds: z.array(Id).max(10_000).optional(),
};

export const TemplateSchema = z.strictObject(activityValueFields);
export const OptionsSchema = z.strictObject({
  skipIfOpenActivityOfType: Id.nullable().optional(),
  linkPrimaryPerson: z.boolean().optional(),
});

export const CreateGroupActivitySchema = z.strictObject({ mode: GroupModeSchema });
export const PatchGroupActivitySchema = z.strictObject({
  selection: z.unknown().optional(),
  responsibleId: Id.nullable().optional(),
  distribution: DistributionSchema.nullable().optional(),
  template: TemplateSchema.optional(),
  options: OptionsSchema.optional(),
  schedule: GroupScheduleSchema.nullable().optional(),
});

export const FinishResultSchema = z.object({
  batchId: z.number(), activityCount: z.number(), firstNumber: z.number().nullable(), lastNumber: z.number().nullable(), skipped: z.number(),
});
export const CountsSchema = z.object({ included: z.number(), excluded: z.number() });

export const GroupActivitySchema = z.object({
  id: z.number(),
  mode: GroupModeSchema,
  status: z.enum(['draft', 'finished', 'undone', 'cancelled']),
  selection: z.unknown(),
  responsibleId: z.number().nullable(),
  distribution: z.unknown(),
  template: z.record(z.string(), z.unknown()),
  options: z.record(z.string(), z.unknown()),
  counts: CountsSchema,
  batchId: z.number().nullable(),
  result: FinishResultSchema.nullable(),
  schedule: z.record(z.string(), z.unknown()).nullable().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const GroupActivityPageSchema = z.object({ items: z.array(GroupActivitySchema), nextCursor: z.string().nullable() });

export const GroupContactSchema = z.object({
  id: z.number(), number: z.number(), name: z.string(), city: z.string().nullable(), postalCode: z.string().nullable(),
  accountManagerId: z.number().nullable(), accountManagerName: z.string().nullable(),
});
export const GroupContactPageSchema = z.object({ items: z.array(GroupContactSchema), nextCursor: z.string().nullable(), total: z.number() });
export const GroupContactsQuerySchema = z.object({
  side: SideSchema.default('included'), q: z.string().max(200).optional(), cursor: z.string().optional(), limit: z.string().optional(),
  offset: z.string().regex(/^\d{1,9}$/, 'a row index (0 or more)').optional()
    .describe('Row index of the first row, instead of cursor (random access for virtualised lists).'),
  sort: z.enum(['name', 'number', 'city', 'accountManager']).optional()
    .describe('Column order, then contact id. Without it: Swedish name order. Empty city or manager sorts first ascending.'),
  dir: z.enum(['asc', 'desc']).optional(),
});

export const MoveSchema = z.strictObject({
  to: SideSchema,
  contactIds: z.array(Id).max(MAX_MOVE_IDS).optional(),
  all: z.boolean().optional(),
  q: z.string().max(200).optional(),
});
export const MoveResultSchema = z.object({ counts: CountsSchema });

export const DistributionPreviewSchema = z.object({
  total: z.number(),
  perEmployee: z.array(z.object({ employeeId: z.number(), name: z.string().nullable(), count: z.number() })),
  assignments: z.object({
    items: z.array(z.object({ contactId: z.number(), number: z.number(), name: z.string(), postalCode: z.string().nullable(), employeeId: z.number().nullable() })),
    nextCursor: z.string().nullable(),
  }),
});

export const CardPatchSchema = z.strictObject({
  ...activityValueFields,
  contactIds: z.array(Id).max(10_000).optional(),
  overwriteEdited: z.boolean().optional(),
});
export const CardResultSchema = z.object({ updated: z.number(), kept: z.number() });
export const UndoResultSchema = z.object({ deleted: z.number() });

export type TGroupActivity = z.infer<typeof GroupActivitySchema>;
export type TDistributionPreview = z.infer<typeof DistributionPreviewSchema>;

/** GET /api/group-activities/:id/progress: the phase of a running finish, else the draft's status. */
export const FinishProgressSchema = z.object({
  status: z.enum(['draft', 'finishing', 'finished', 'undone', 'cancelled']),
  phase: z.enum(['counting', 'planning', 'creating', 'saving']).nullable(),
  /** activities being created (known from the creating phase on) */
  planned: z.number().nullable(),
  elapsedMs: z.number().nullable(),
  result: FinishResultSchema.nullable(),
});
