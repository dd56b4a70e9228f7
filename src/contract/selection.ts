/**
 * Request/response schemas of /api/selections. The selection itself passes through as JSON and is
 * checked by the domain (domain/selection/validate.ts), which names the failing item by its path.
 */
import { z } from 'zod';

/** A selection `{ match: [...] }`; its items are validated by the domain, not here. */
export const SelectionJsonSchema = z.unknown();

export const PreviewRequestSchema = z.strictObject({
  selection: SelectionJsonSchema,
  sampleSize: z.number().int().min(0).max(200).optional(),
});

export const SelectionSampleRowSchema = z.object({
  id: z.number(), number: z.number(), name: z.string(), city: z.string().nullable(), postalCode: z.string().nullable(),
  accountManagerId: z.number().nullable(),
});

export const PreviewResponseSchema = z.object({ count: z.number(), sample: z.array(SelectionSampleRowSchema) });

export const SavedSelectionSchema = z.object({
  id: z.number(),
  name: z.string(),
  selection: z.object({ match: z.array(z.unknown()) }),
  /** the owner: only they (or an administrator) change or delete it */
  createdBy: z.number().nullable(),
  ownerName: z.string().nullable(),
  /** shared with everyone; otherwise only the owner and administrators see it */
  shared: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const SavedSelectionPageSchema = z.object({ items: z.array(SavedSelectionSchema), nextCursor: z.string().nullable() });

export const SavedSelectionCreateSchema = z.strictObject({ name: z.string(), selection: SelectionJsonSchema, shared: z.boolean().optional() });
export const SavedSelectionPatchSchema = z.strictObject({
  name: z.string().optional(), selection: SelectionJsonSchema.optional(), shared: z.boolean().optional(),
});

type CodeOption = { value: string; label: string; inactive: boolean };
type CatalogueFieldShape = { field: string; kind: string; conditions: string[]; values?: string[]; options?: CodeOption[]; fields?: CatalogueFieldShape[] };
export const CatalogueFieldSchema: z.ZodType<CatalogueFieldShape> = z.lazy(() => z.object({
  field: z.string(),
  kind: z.string(),
  conditions: z.array(z.string()),
  values: z.array(z.string()).optional(),
  /** Code fields: the codes of the field's register, with their labels, in code order. */
  options: z.array(z.object({ value: z.string(), label: z.string(), inactive: z.boolean() })).optional(),
  fields: z.array(CatalogueFieldSchema).optional(),
}));

export const SelectionFieldsResponseSchema = z.object({ fields: z.array(CatalogueFieldSchema) });
