/**
 * Small pieces shared by the register contracts: query-string flags, list paging parameters,
 * the page envelope and the delete answer.
 */
import { z } from 'zod';
import { MAX_INT } from '../domain/input-limits.js';

/**
 * An id in a body: a positive whole number that fits the databases' integer column, so an id
 * beyond it is a 400 naming the field on both databases, never an overflow inside PostgreSQL.
 */
export const Id = z.number().int().positive().max(MAX_INT);
/** An id in a path or query string (text coerced to a number), with the same bounds. */
export const IdText = z.coerce.number().int().positive().max(MAX_INT);
/** A whole number of 0 or more that fits an integer column. */
export const Count = z.number().int().min(0).max(MAX_INT);
/** A whole number that fits an integer column. */
export const Int = z.number().int().min(-MAX_INT - 1).max(MAX_INT);

/** A query-string flag: `true`/`false` (also `1`/`0`). */
export const QueryFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const PagingQuery = { limit: z.string().optional(), cursor: z.string().optional() };

export const IdParams = z.object({ id: IdText });

export const pageOf = <T extends z.ZodTypeAny>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const DeletedSchema = z.object({ id: z.number().int(), deleted: z.literal(true) });

/** Optional text in a request body; "" and null both mean empty. */
export const OptionalText = z.string().max(10_000).nullable().optional();
