/**
 * domain/text.ts#sortKey written in SQL, for columns that have no stored key (city): the folded
 * text with å ä ö (and the accents sortKey maps) replaced, compared byte-wise, so both databases
 * sort … x y z å ä ö exactly like name_key. Kept in step with sortKey by the contacts tests.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Dialect } from '../dialect.js';

const REPLACEMENTS: [string, string][] = [
  ['å', '{'], ['ä', '|'], ['æ', '|'], ['ö', '}'], ['ø', '}'],
  ['é', 'e'], ['è', 'e'], ['ê', 'e'], ['ë', 'e'], ['á', 'a'], ['à', 'a'], ['â', 'a'],
  ['ü', 'y'], ['ç', 'c'], ['ñ', 'n'], ['í', 'i'], ['ó', 'o'], ['ô', 'o'], ['ú', 'u'],
];

/** `coalesce(<sortKey of column>, '')` in byte order; empty values sort first on both databases. */
export function sqlSortKey(column: string, dialect: Dialect): RawBuilder<string> {
  let expr: RawBuilder<unknown> = sql`kfold(${sql.ref(column)})`;
  // Literals inlined (not bound) so the expression matches the index built from it.
  for (const [from, to] of REPLACEMENTS) expr = sql`replace(${expr}, ${sql.lit(from)}, ${sql.lit(to)})`;
  return dialect.byteOrder(sql`coalesce(${expr}, '')`) as RawBuilder<string>;
}

/** `coalesce(column, '')` in byte order (postal codes: digits and spaces, no folding needed). */
export function sqlByteOrdered(column: string, dialect: Dialect): RawBuilder<string> {
  return dialect.byteOrder(sql`coalesce(${sql.ref(column)}, '')`) as RawBuilder<string>;
}
