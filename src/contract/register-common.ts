/**
 * Small pieces shared by the register contracts: query-string flags, list paging parameters,
 * the page envelope and the delete answer.
 */
import { z } from 'zod';

/** A query-string flag: `true`/`false` (also `1`/`0`). */
export const QueryFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const PagingQuery = { limit: z.string().optional(), cursor: z.string().optional() };

export const IdParams = z.object({ id: z.coerce.number().int().positive() });

export const pageOf = <T extends z.ZodTypeAny>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const DeletedSchema = z.object({ id: z.number().int(), deleted: z.literal(true) });

/** Optional text in a request body; "" and null both mean empty. */
export const OptionalText = z.string().max(10_000).nullable().optional();
