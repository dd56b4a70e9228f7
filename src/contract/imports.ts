/**
 * Request and response schemas of /api/imports: the upload's preview (header, first rows and the
 * mapping the headers get), the start of an import or dry run, its progress and result, the list
 * of imports and the answer of an undo.
 */
import { z } from 'zod';
import { MATCH_KEYS } from '../domain/import/fields.js';
import { UNKNOWN_CODES } from '../domain/import/codes.js';

export const EncodingSchema = z.enum(['utf-8', 'windows-1252']);
/** The separator as a URL can carry it: `tab` for the tab character. */
export const SeparatorSchema = z.enum([';', ',', 'tab']);
export const ImportKindSchema = z.enum(['contacts', 'persons']);
export const MappingSchema = z.record(z.string().max(500), z.string().max(100).nullable());

export const TableOptionsQuery = {
  encoding: EncodingSchema.optional(),
  separator: SeparatorSchema.optional(),
  sheet: z.string().max(100).optional(),
};

export const UploadQuerySchema = z.strictObject({
  name: z.string().min(1).max(255),
  kind: ImportKindSchema.default('contacts'),
  ...TableOptionsQuery,
});

export const PreviewQuerySchema = z.strictObject({ kind: ImportKindSchema.default('contacts'), ...TableOptionsQuery });

export const PreviewSchema = z.object({
  fileId: z.string(),
  name: z.string(),
  size: z.number().int(),
  format: z.enum(['csv', 'xlsx']),
  encoding: EncodingSchema.nullable(),
  separator: SeparatorSchema.nullable(),
  sheets: z.array(z.string()),
  header: z.array(z.string()),
  rows: z.array(z.object({ line: z.number().int(), cells: z.array(z.string()) })),
  mapping: MappingSchema,
  /** true when the mapping was remembered from an earlier import of the same headers */
  remembered: z.boolean(),
  /** the fields a column of this kind of file can be mapped to */
  fields: z.array(z.string()),
});

export const ImportStartSchema = z.strictObject({
  fileId: z.string().max(64),
  mapping: MappingSchema.optional(),
  ...TableOptionsQuery,
  personsFileId: z.string().max(64).optional(),
  personsMapping: MappingSchema.optional(),
  personsEncoding: EncodingSchema.optional(),
  personsSeparator: SeparatorSchema.optional(),
  match: z.enum(MATCH_KEYS).default('number'),
  dryRun: z.boolean().default(false),
  /** false: the first bad row stops the import and nothing is written */
  skipErrors: z.boolean().default(false),
  /** a category, line of business, status or district its register lacks: added to the register, or a row error */
  unknownCodes: z.enum(UNKNOWN_CODES).default('add'),
});

const ProblemSchema = z.object({ column: z.string().nullable(), reason: z.string() });
export const RowOutcomeSchema = z.object({
  file: ImportKindSchema,
  line: z.number().int(),
  action: z.enum(['create', 'update', 'unchanged', 'error']),
  number: z.number().int().nullable(),
  name: z.string().nullable(),
  problems: z.array(ProblemSchema),
});

export const ImportCountsSchema = z.object({
  rows: z.number().int(), personRows: z.number().int(), created: z.number().int(), updated: z.number().int(),
  unchanged: z.number().int(), errors: z.number().int(), persons: z.number().int(),
});

export const ImportJobSchema = z.object({
  id: z.string(),
  status: z.enum(['running', 'done', 'failed']),
  dryRun: z.boolean(),
  progress: z.object({ file: ImportKindSchema, fraction: z.number(), rows: z.number().int() }),
  result: z.object({
    importId: z.number().int().nullable(),
    stopped: z.boolean(),
    counts: ImportCountsSchema,
    outcomes: z.array(RowOutcomeSchema),
    outcomesTruncated: z.boolean(),
    /** codes the import adds (a dry run: would add) to each register */
    newCodes: z.object({
      category: z.array(z.string()), lineOfBusiness: z.array(z.string()), status: z.array(z.string()), district: z.array(z.string()),
    }),
    rejectedRows: z.object({ contacts: z.number().int(), persons: z.number().int() }),
  }).nullable(),
  error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }).nullable(),
});

export const ImportRecordSchema = z.object({
  id: z.number().int(),
  fileName: z.string().nullable(),
  status: z.enum(['done', 'undone']),
  match: z.enum(MATCH_KEYS),
  created: z.number().int(), updated: z.number().int(), unchanged: z.number().int(), errors: z.number().int(), persons: z.number().int(),
  createdBy: z.number().int().nullable(),
  createdAt: z.string(),
  undoneAt: z.string().nullable(),
});

export const UndoResultSchema = z.object({
  deleted: z.number().int(), restored: z.number().int(), personsDeleted: z.number().int(),
  keptChanged: z.number().int(), keptWithActivities: z.number().int(),
  /** codes the import added that no contact uses any more, taken out of their registers */
  codesDeleted: z.number().int(),
});
