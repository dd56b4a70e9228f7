/**
 * SQL fragments of a draft's contact sets, shared by the draft lists, moves, previews and finish:
 * included = (selection AND NOT explicitly excluded) OR explicitly included;
 * excluded = selection-matched AND explicitly excluded.
 * The documented distribution order (postal code, empty last, then contact number) lives here too.
 */
import { sql, type Expression, type ExpressionBuilder, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { DB } from '../schema.js';
import type { Dialect } from '../dialect.js';
import type { DraftScope, GroupContactSort } from '../../app/ports/group-activities.js';
import type { Side } from '../../domain/group-activity/types.js';
import { isEmptySelection } from '../../domain/group-activity/types.js';
import { fold } from '../../domain/text.js';
import { selectionFilter } from '../selection/compile.js';

export type CEB = ExpressionBuilder<DB, 'contacts'>;

/** The selection's WHERE; a selection with no criteria matches nothing. */
export function matches(scope: DraftScope): (eb: CEB) => Expression<SqlBool> {
  if (isEmptySelection(scope.selection)) return () => sql<SqlBool>`1 = 0`;
  return selectionFilter(scope.selection);
}

function moved(eb: CEB, draftId: number, side: Side) {
  return eb.exists(
    eb.selectFrom('group_activity_moves as m').select(sql`1`.as('one'))
      .whereRef('m.contact_id', '=', 'contacts.id')
      .where('m.group_activity_id', '=', draftId)
      .where('m.side', '=', side),
  );
}

export function isIncluded(scope: DraftScope) {
  const sel = matches(scope);
  return (eb: CEB) => eb.or([
    eb.and([sel(eb), eb.not(moved(eb, scope.draftId, 'excluded'))]),
    moved(eb, scope.draftId, 'included'),
  ]);
}

/**
 * Driven by the draft's exclusions (`id IN (…)`), not by a probe per contact: the excluded list is
 * usually short or empty, and an EXISTS probe made step 3 walk every contact to find none.
 */
export function isExcluded(scope: DraftScope) {
  const sel = matches(scope);
  return (eb: CEB) => eb.and([
    eb('contacts.id', 'in', eb.selectFrom('group_activity_moves as m').select('m.contact_id')
      .where('m.group_activity_id', '=', scope.draftId).where('m.side', '=', 'excluded')),
    sel(eb),
  ]);
}

export function onSide(scope: DraftScope, side: Side) {
  return side === 'included' ? isIncluded(scope) : isExcluded(scope);
}

/** Contacts that already have an open (not done) activity of the given type. */
export function hasOpenActivityOfType(typeId: number) {
  return (eb: CEB) => eb.exists(
    eb.selectFrom('activity_contacts as ac').innerJoin('activities as a', 'a.id', 'ac.activity_id')
      .select(sql`1`.as('one'))
      .whereRef('ac.contact_id', '=', 'contacts.id')
      .where('a.type_id', '=', typeId)
      .where('a.done', '=', 0),
  );
}

/** Step-3 search: name or city contains q (case-folded), or the contact number equals it. */
export function searchFilter(q: string | undefined) {
  const text = q?.trim();
  if (!text) return undefined;
  const pattern = `%${fold(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return (eb: CEB) => {
    const ors: Expression<SqlBool>[] = [
      sql<SqlBool>`kfold(contacts.name) like ${pattern} escape '\\'`,
      sql<SqlBool>`kfold(contacts.city) like ${pattern} escape '\\'`,
    ];
    if (/^\d{1,9}$/.test(text)) ors.push(eb('contacts.number', '=', Number(text)));
    return eb.or(ors);
  };
}

/**
 * The step-3 column keys. Names use the stored Swedish key; city and account manager get the same
 * mapping in SQL (å ä ö after z), and an empty value sorts as "" (first ascending) so the key is
 * never null and keyset paging stays a plain comparison.
 */
export function contactSortKey(dialect: Dialect, key: GroupContactSort['key']): RawBuilder<string | number> {
  switch (key) {
    case 'number': return sql<number>`contacts.number`;
    case 'city': return sql<string>`${dialect.byteOrder(swedishKey(sql`coalesce(contacts.city, '')`))}`;
    case 'accountManager': return sql<string>`${dialect.byteOrder(sql`coalesce(am.name_key, '')`)}`;
    default: return sql<string>`contacts.name_key`;
  }
}

/** SQL twin of domain/text.ts sortKey for a column without a stored key (accents left as they are). */
function swedishKey(expr: RawBuilder<unknown>) {
  let out = sql`kfold(trim(${expr}))`;
  for (const [from, to] of [['å', '{'], ['ä', '|'], ['æ', '|'], ['ö', '}'], ['ø', '}']]) out = sql`replace(${out}, ${from}, ${to})`;
  return out;
}

/** Included contacts of the scope (skip rule applied when the scope names a type). */
export function includedQuery(db: Kysely<DB>, scope: DraftScope) {
  let q = db.selectFrom('contacts').where(isIncluded(scope));
  if (scope.skipOpenOfType != null) {
    const open = hasOpenActivityOfType(scope.skipOpenOfType);
    q = q.where((eb) => eb.not(open(eb)));
  }
  return q;
}

/**
 * The included contacts as `includedQuery`, with the draft's moves joined instead of probed: the
 * moves' key (draft, contact) gives each contact at most one move, so a left join on it keeps one
 * row per contact and the set's rule becomes a filter on the joined side. PostgreSQL cannot turn
 * an EXISTS under the OR into a join, and ran it as a subplan per contact (a 100,000-contact
 * report spent about a third of its join there); joined, the moves are read once. For a whole
 * read of the set (the check report on PostgreSQL); paged and counted reads keep the probes.
 */
export function includedByJoin(db: Kysely<DB>, scope: DraftScope) {
  const sel = matches(scope);
  let q = db.selectFrom('contacts')
    .leftJoin('group_activity_moves as mv', (j) => j.onRef('mv.contact_id', '=', 'contacts.id').on('mv.group_activity_id', '=', scope.draftId))
    .where((eb) => eb.or([
      eb.and([sel(eb as unknown as CEB), sql<SqlBool>`coalesce(mv.side, '') <> 'excluded'`]),
      sql<SqlBool>`mv.side = 'included'`,
    ]));
  if (scope.skipOpenOfType != null) {
    const open = hasOpenActivityOfType(scope.skipOpenOfType);
    q = q.where((eb) => eb.not(open(eb as unknown as CEB)));
  }
  return q;
}

/** ORDER BY of the distribution and numbering: postal code (empty last, byte order), number. */
export function distributionOrder(dialect: Dialect) {
  return sql`case when contacts.postal_code is null then 1 else 0 end, ${dialect.byteOrder(sql.ref('contacts.postal_code'))}, contacts.number`;
}

/** own_manager_id: the contact's own account manager when it is one of `ids`, else null. */
export function ownManagerExpr(ids: number[] | null) {
  if (!ids || ids.length === 0) return sql<number | null>`cast(null as integer)`;
  return sql<number | null>`case when contacts.account_manager_id in (${sql.join(ids)}) then contacts.account_manager_id end`;
}

/**
 * The included contacts ranked in the documented order, with their pool rank and own manager.
 * `lean` leaves out the display columns: the finish's plan needs none of them, and every column
 * rides through the ranking sort (a million names would cost the server ~100 MB on SQLite).
 */
export function rankedIncluded(db: Kysely<DB>, dialect: Dialect, scope: DraftScope, ownIds: number[] | null, lean = false) {
  const order = distributionOrder(dialect);
  const own = ownManagerExpr(ownIds);
  const rk = sql<number>`row_number() over (order by ${order})`;
  // Without own managers every row is in the pool: its pool rank is its rank, and one window
  // (one sort of the included contacts) is enough.
  const poolRk = ownIds?.length ? sql<number>`row_number() over (partition by case when ${own} is null then 0 else 1 end order by ${order})` : rk;
  const ranks = [rk.as('rk'), poolRk.as('pool_rk'), own.as('own_manager_id')];
  if (lean) return includedQuery(db, scope).select(['contacts.id as contact_id', ...ranks]);
  return includedQuery(db, scope).select([
    'contacts.id as contact_id', 'contacts.number as number', 'contacts.name as name', 'contacts.postal_code as postal_code', ...ranks,
  ]);
}
