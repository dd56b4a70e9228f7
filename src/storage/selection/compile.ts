/**
 * Compiles a validated selection to one parameterised WHERE over the `contacts` table (never
 * string-built values), identical on SQLite and PostgreSQL. Inactive contacts are left out unless
 * the selection itself tests `inactive`.
 *
 * Usage: db.selectFrom('contacts').where(selectionFilter(selection))
 */
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { DB } from '../schema.js';
import type { Selection } from '../../domain/selection/types.js';

export type ContactsFilter = (eb: ExpressionBuilder<DB, 'contacts'>) => Expression<SqlBool>;

export function selectionFilter(selection: Selection | null | undefined): ContactsFilter {
  // Placeholder until the selection compiler lands: only the inactive rule.
  void selection;
  return (eb) => eb('contacts.inactive', '=', 0);
}
