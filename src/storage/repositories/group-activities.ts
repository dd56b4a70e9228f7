/**
 * Drafts of the group-activity wizard, their explicit moves and the step-3 lists, plus the
 * idempotency keys of finish. The set-based finish, card and undo statements live in
 * group-activity-batches.ts; the included/excluded SQL in group-activity-scope.ts.
 */
import { sql, type Expression, type Kysely, type Selectable, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { DB, GroupActivityTable } from '../schema.js';
import type { Dialect } from '../dialect.js';
import type { GroupActivitiesRepository, GroupContactPerson } from '../../app/ports/group-activities.js';
import type { GroupDraft } from '../../domain/group-activity/types.js';
import { contactSortKey, isExcluded, matches, onSide, rankedIncluded, searchFilter, includedQuery } from './group-activity-scope.js';
import { batchStatements, responsibleExpr } from './group-activity-batches.js';

type DraftRow = Selectable<GroupActivityTable>;

const parse = <T>(text: string | null, fallback: T): T => (text ? (JSON.parse(text) as T) : fallback);
const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

function toDraft(r: DraftRow): GroupDraft {
  return {
    id: r.id, mode: r.mode, status: r.status, selection: parse(r.selection, null), responsibleId: r.responsible_id,
    distribution: parse(r.distribution, null), template: parse(r.template, {}), options: parse(r.options, {}),
    batchId: r.batch_id, result: parse(r.finish_result, null), createdBy: r.created_by,
    createdAt: r.created_at, updatedAt: r.updated_at,
  };
}

export function groupActivitiesRepository(db: Kysely<DB>, dialect: Dialect): GroupActivitiesRepository {
  const count = async (q: ReturnType<typeof includedQuery>) =>
    Number((await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  return {
    ...batchStatements(db, dialect),

    async create({ mode, createdBy, now }) {
      const row = await db.insertInto('group_activities')
        .values({ mode, status: 'draft', created_by: createdBy, created_at: now, updated_at: now, template: '{}', options: '{}' })
        .returningAll().executeTakeFirstOrThrow();
      return toDraft(row);
    },

    async get(id) {
      const row = await db.selectFrom('group_activities').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toDraft(row) : undefined;
    },

    async list({ createdBy, status, limit, afterId }) {
      let q = db.selectFrom('group_activities').selectAll().where('created_by', '=', createdBy).orderBy('id', 'desc').limit(limit);
      if (status) q = q.where('status', '=', status);
      if (afterId !== undefined) q = q.where('id', '<', afterId);
      return (await q.execute()).map((r) => toDraft(r));
    },

    async update(id, patch, now) {
      const set: Record<string, unknown> = { updated_at: now };
      if ('selection' in patch) set.selection = json(patch.selection);
      if ('responsibleId' in patch) set.responsible_id = patch.responsibleId ?? null;
      if ('distribution' in patch) set.distribution = json(patch.distribution);
      if ('template' in patch) set.template = json(patch.template ?? {});
      if ('options' in patch) set.options = json(patch.options ?? {});
      if ('status' in patch) set.status = patch.status;
      await db.updateTable('group_activities').set(set).where('id', '=', id).execute();
    },

    async copyMoves(fromId, toId) {
      await db.insertInto('group_activity_moves').columns(['group_activity_id', 'contact_id', 'side'])
        .expression(db.selectFrom('group_activity_moves').select([sql.lit(toId).as('gid'), 'contact_id', 'side']).where('group_activity_id', '=', fromId))
        .execute();
    },

    async claim(id, now) {
      const r = await db.updateTable('group_activities').set({ status: 'finished', updated_at: now })
        .where('id', '=', id).where('status', '=', 'draft').executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },

    async saveResult(id, batchId, result, now) {
      await db.updateTable('group_activities')
        .set({ batch_id: batchId, finish_result: JSON.stringify(result), updated_at: now })
        .where('id', '=', id).execute();
    },

    async counts(scope) {
      if (scope.skipOpenOfType != null) {
        const included = await count(includedQuery(db, scope));
        const excluded = await count(db.selectFrom('contacts').where(isExcluded(scope)));
        return { included, excluded };
      }
      // included = (sel ∧ ¬excluded-move) ∨ included-move, the two kinds of move disjoint, so
      // |included| = |sel| − |sel ∧ excluded-move| + |included-move ∧ sel not true|: one count the
      // selection's indexes answer plus two walks of this draft's moves, instead of two EXISTS
      // probes for every contact of the table.
      const sel = matches(scope) as unknown as () => Expression<SqlBool>;
      const n = async (q: SelectQueryBuilder<DB, any, object>) => Number((await q.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);
      const moves = (side: 'included' | 'excluded') => db.selectFrom('group_activity_moves as m')
        .innerJoin('contacts', 'contacts.id', 'm.contact_id')
        .where('m.group_activity_id', '=', scope.draftId).where('m.side', '=', side);
      const selected = await n(db.selectFrom('contacts').where(sel));
      const excluded = await n(moves('excluded').where(sel));
      const includedOutside = await n(moves('included').where(() => sql<SqlBool>`(${sel()}) is not true`));
      return { included: selected - excluded + includedOutside, excluded };
    },

    async listContacts({ scope, side, q, limit, after, sort, offset }) {
      let base = db.selectFrom('contacts').where(onSide(scope, side));
      const search = searchFilter(q);
      if (search) base = base.where(search);
      const total = await count(base);
      const key = contactSortKey(dialect, sort?.key ?? 'name');
      const dir = sort?.dir ?? 'asc';
      let page = base.leftJoin('employees as am', 'am.id', 'contacts.account_manager_id')
        .select([
          'contacts.id', 'contacts.number', 'contacts.name', 'contacts.name_key', 'contacts.city', 'contacts.postal_code',
          'contacts.account_manager_id', 'am.name as am_name', key.as('sort_value'),
        ])
        .orderBy(key, dir).orderBy('contacts.id', dir).limit(limit);
      if (offset !== undefined) page = page.offset(offset);
      else if (after) {
        const [k, id] = after;
        const op = dir === 'asc' ? '>' : '<';
        page = page.where((eb) => eb.or([eb(key, op, k), eb.and([eb(key, '=', k), eb('contacts.id', op, id)])]));
      }
      const rows = await page.execute();
      return {
        total,
        rows: rows.map((r) => ({
          id: r.id, number: r.number, name: r.name, nameKey: r.name_key, city: r.city, postalCode: r.postal_code,
          accountManagerId: r.account_manager_id, accountManagerName: r.am_name ?? null,
          sortValue: typeof r.sort_value === 'number' || typeof r.sort_value === 'string' ? r.sort_value : Number(r.sort_value),
        })),
      };
    },

    async move({ scope, to, contactIds, all, q }) {
      const gid = scope.draftId;
      const sel = matches(scope);
      const search = searchFilter(all ? q : undefined);
      const inSelection = db.selectFrom('contacts').select('contacts.id').where(sel);
      // Targets: the given ids, or every contact of the list they leave (matching q).
      let targets = db.selectFrom('contacts').select('contacts.id');
      if (all) targets = targets.where(onSide(scope, to === 'excluded' ? 'included' : 'excluded'));
      else targets = targets.where('contacts.id', 'in', contactIds!.length ? contactIds! : [-1]);
      if (search) targets = targets.where(search);

      if (to === 'excluded') {
        // Selection-matched targets get an explicit exclusion; explicit inclusions of the rest end.
        // "All" inserts every selection-matched contact (matching q) and lets the conflict rule
        // skip those already excluded (the included list is the selection less its exclusions):
        // the SELECT must not read group_activity_moves, the table the statement fills. Planned
        // over a table PostgreSQL had seen empty, such a read was a scan of the table per contact
        // while the insert grew it: moving 100,000 contacts took minutes instead of a second.
        const source = all ? db.selectFrom('contacts').where(sel).$if(search !== undefined, (qb) => qb.where(search!)) : targets.where(sel).clearSelect();
        await db.insertInto('group_activity_moves').columns(['group_activity_id', 'contact_id', 'side'])
          .expression(source.select([sql<number>`cast(${gid} as integer)`.as('g'), 'contacts.id', sql<string>`cast(${'excluded'} as text)`.as('s')]))
          .onConflict((oc) => oc.columns(['group_activity_id', 'contact_id']).doUpdateSet({ side: 'excluded' })
            .where('group_activity_moves.side', '<>', 'excluded'))
          .execute();
        // Usually there is no explicit inclusion at all: then skip evaluating the targets again.
        const anyIncluded = await db.selectFrom('group_activity_moves').select('contact_id')
          .where('group_activity_id', '=', gid).where('side', '=', 'included').limit(1).executeTakeFirst();
        if (anyIncluded) {
          await db.deleteFrom('group_activity_moves').where('group_activity_id', '=', gid).where('side', '=', 'included')
            .where('contact_id', 'in', targets)
            .where('contact_id', 'not in', inSelection)
            .execute();
        }
        return;
      }
      if (all) {
        // Every excluded contact (matching q) back: walk this draft's exclusions, not all contacts.
        await db.deleteFrom('group_activity_moves').where('group_activity_id', '=', gid).where('side', '=', 'excluded')
          .where((eb) => eb.exists(eb.selectFrom('contacts').select(sql`1`.as('one'))
            .whereRef('contacts.id', '=', 'group_activity_moves.contact_id')
            .where(sel as never).$if(search !== undefined, (qb) => qb.where(search as never))))
          .execute();
        return;
      }
      // To included: exclusions of the targets end; targets outside the selection get an explicit inclusion.
      const explicit = all ? undefined : targets.where('contacts.id', 'not in', inSelection).where('contacts.inactive', '=', 0);
      await db.deleteFrom('group_activity_moves').where('group_activity_id', '=', gid).where('side', '=', 'excluded')
        .where('contact_id', 'in', targets).execute();
      if (explicit) {
        await db.insertInto('group_activity_moves').columns(['group_activity_id', 'contact_id', 'side'])
          .expression(explicit.clearSelect().select([sql<number>`cast(${gid} as integer)`.as('g'), 'contacts.id', sql<string>`cast(${'included'} as text)`.as('s')]))
          .onConflict((oc) => oc.columns(['group_activity_id', 'contact_id']).doUpdateSet({ side: 'included' }))
          .execute();
      }
    },

    async personsOf(contactIds) {
      const out = new Map<number, GroupContactPerson[]>();
      if (!contactIds.length) return out;
      const rows = await db.selectFrom('contact_persons').selectAll().where('contact_id', 'in', contactIds).where('inactive', '=', 0)
        .orderBy('contact_id').orderBy('is_primary', 'desc').orderBy('id').execute();
      for (const r of rows) {
        const list = out.get(r.contact_id) ?? [];
        list.push({ id: r.id, firstName: r.first_name, lastName: r.last_name, title: r.title, phone: r.phone, mobile: r.mobile, email: r.email, isPrimary: r.is_primary === 1 });
        out.set(r.contact_id, list);
      }
      return out;
    },

    async managerFacts(ids) {
      const uniq = [...new Set(ids)];
      if (!uniq.length) return new Map();
      const rows = await db.selectFrom('employees').select(['id', 'active', 'is_account_manager']).where('id', 'in', uniq).execute();
      return new Map(rows.map((r) => [r.id, { id: r.id, active: r.active === 1, isAccountManager: r.is_account_manager === 1 }]));
    },

    async employeeNames(ids) {
      const uniq = [...new Set(ids)];
      if (!uniq.length) return new Map();
      const rows = await db.selectFrom('employees').select(['id', 'name']).where('id', 'in', uniq).execute();
      return new Map(rows.map((r) => [r.id, r.name]));
    },

    async ownManagerCounts(scope, employeeIds) {
      if (!employeeIds.length) return new Map();
      const rows = await includedQuery(db, scope)
        .where('contacts.account_manager_id', 'in', employeeIds)
        .select(['contacts.account_manager_id as id', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy('contacts.account_manager_id').execute();
      return new Map(rows.map((r) => [Number(r.id), Number(r.n)]));
    },

    async assignments(scope, rule, { limit, afterRank }) {
      const ranked = rankedIncluded(db, dialect, scope, rule.kind === 'runs' ? rule.ownManagerIds : null);
      const resp = responsibleExpr(rule, sql.ref('r.own_manager_id'), sql.ref('r.pool_rk'));
      const { rows } = await sql<{ rk: number; contact_id: number; number: number; name: string; postal_code: string | null; employee_id: number | null }>`
        select r.rk, r.contact_id, r.number, r.name, r.postal_code, ${resp} as employee_id
        from (${ranked}) r where r.rk > ${afterRank} order by r.rk limit ${limit}`.execute(db);
      return rows.map((r) => ({
        rank: Number(r.rk), contactId: r.contact_id, number: r.number, name: r.name, postalCode: r.postal_code,
        employeeId: r.employee_id === null ? null : Number(r.employee_id),
      }));
    },

    async findIdempotent(employeeId, key) {
      const r = await db.selectFrom('idempotency_keys').selectAll().where('employee_id', '=', employeeId).where('key', '=', key).executeTakeFirst();
      return r ? { route: r.route, statusCode: r.status_code, response: JSON.parse(r.response) as unknown } : undefined;
    },

    async saveIdempotent({ employeeId, key, route, statusCode, response, now }) {
      await db.insertInto('idempotency_keys')
        .values({ employee_id: employeeId, key, route, status_code: statusCode, response: JSON.stringify(response), created_at: now })
        .onConflict((oc) => oc.columns(['employee_id', 'key']).doNothing()).execute();
    },
  };
}

