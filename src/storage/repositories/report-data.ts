/**
 * Report reads for both databases. Rows are streamed with Kysely `.stream()` (better-sqlite3's
 * iterator on SQLite, pg-cursor on PostgreSQL), so a report of 100,000 contacts never sits in
 * memory. The included set, the distribution order and the responsible rule come from the
 * group-activity engine's SQL fragments, so the report shows what finish will create.
 */
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { DB } from '../schema.js';
import type { Dialect } from '../dialect.js';
import type { ReportActivityRow, ReportContactRow, ReportDataRepository } from '../../app/ports/report-data.js';
import type { ActivityFilter } from '../../app/ports/activities.js';
import { fold } from '../../domain/text.js';
import { includedQuery, isExcluded, rankedIncluded } from './group-activity-scope.js';
import { responsibleExpr } from './group-activity-batches.js';

const CHUNK = 500;

type AEB = ExpressionBuilder<DB, 'activities'>;

function activityWhere(f: ActivityFilter) {
  return (eb: AEB): Expression<SqlBool> => {
    const and: Expression<SqlBool>[] = [];
    if (f.startFrom) and.push(eb('activities.start_at', '>=', f.startFrom));
    if (f.startTo) and.push(eb('activities.start_at', f.startToExclusive ? '<' : '<=', f.startTo));
    if (f.statusId !== undefined) and.push(eb('activities.status_id', '=', f.statusId));
    if (f.typeId === 'none') and.push(eb('activities.type_id', 'is', null));
    else if (f.typeId !== undefined) and.push(eb('activities.type_id', '=', f.typeId));
    if (f.responsibleId === 'none') and.push(eb('activities.responsible_id', 'is', null));
    else if (f.responsibleId !== undefined) and.push(eb('activities.responsible_id', '=', f.responsibleId));
    if (f.batchId !== undefined) and.push(eb('activities.batch_id', '=', f.batchId));
    if (f.done !== undefined) and.push(eb('activities.done', '=', f.done ? 1 : 0));
    if (f.contactId !== undefined) {
      and.push(eb.exists(eb.selectFrom('activity_contacts as fc').select(sql`1`.as('one'))
        .whereRef('fc.activity_id', '=', 'activities.id').where('fc.contact_id', '=', f.contactId)));
    }
    if (f.q) {
      const pattern = `%${fold(f.q).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      and.push(sql<SqlBool>`kfold(activities.subject) like ${pattern} escape '\\'`);
    }
    return eb.and(and);
  };
}

export function reportDataRepository(db: Kysely<DB>, dialect: Dialect): ReportDataRepository {
  /** Activities with their linked contacts and, per contact, the linked persons of that contact. */
  const activityLines = (f: ActivityFilter) => db.selectFrom('activities')
    .leftJoin('activity_contacts as ac', 'ac.activity_id', 'activities.id')
    .leftJoin('contacts as c', 'c.id', 'ac.contact_id')
    .leftJoin('contact_persons as p', (j) => j.onRef('p.contact_id', '=', 'c.id')
      .on((eb) => eb('p.id', 'in', eb.selectFrom('activity_contact_persons as acp')
        .select('acp.contact_person_id').whereRef('acp.activity_id', '=', 'activities.id'))))
    .where(activityWhere(f));

  return {
    async companyName() {
      const r = await db.selectFrom('company_settings').select('company_name').where('id', '=', 1).executeTakeFirst();
      return r?.company_name ?? '';
    },

    async employeeNames(ids) {
      const uniq = [...new Set(ids)];
      if (!uniq.length) return new Map();
      const rows = await db.selectFrom('employees').select(['id', 'name']).where('id', 'in', uniq).execute();
      return new Map(rows.map((r) => [r.id, r.name]));
    },

    async registerNames(table, ids) {
      const uniq = [...new Set(ids)];
      if (!uniq.length) return new Map();
      const rows = await db.selectFrom(table).select(['id', 'name']).where('id', 'in', uniq).execute();
      return new Map(rows.map((r) => [r.id, r.name]));
    },

    async contactCounts(scope) {
      const inc = await includedQuery(db, scope)
        .select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const persons = await db.selectFrom('contact_persons as p')
        .where('p.inactive', '=', 0)
        .where('p.contact_id', 'in', includedQuery(db, scope).select('contacts.id'))
        .select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const exc = await db.selectFrom('contacts').where(isExcluded(scope))
        .select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return { included: Number(inc.n), excluded: Number(exc.n), persons: Number(persons.n) };
    },

    async *streamContacts(scope, rule) {
      const runs = rule?.kind === 'runs' ? rule : null;
      const ranked = rankedIncluded(db, dialect, scope, runs ? runs.ownManagerIds : null);
      const resp = runs ? responsibleExpr(runs, sql.ref('r.own_manager_id'), sql.ref('r.pool_rk')) : sql<number | null>`cast(null as integer)`;
      const q = db.selectFrom(ranked.as('r'))
        .innerJoin('contacts as c', 'c.id', 'r.contact_id')
        .leftJoin('employees as am', 'am.id', 'c.account_manager_id')
        .leftJoin('employees as re', (j) => j.on(sql<SqlBool>`re.id = ${resp}`))
        .leftJoin('contact_persons as p', (j) => j.onRef('p.contact_id', '=', 'c.id').on('p.inactive', '=', 0))
        .select([
          'c.id as contactId', 'c.number as number', 'c.name as name', 'c.postal_address as postalAddress',
          'c.postal_code as postalCode', 'c.city as city', 'c.phone as phone', 'am.name as accountManagerName',
          're.name as responsibleName', 'p.id as personId', 'p.first_name as firstName', 'p.last_name as lastName',
          'p.title as title', 'p.phone as personPhone', 'p.mobile as mobile', 'p.email as email',
        ])
        // Swedish name order (byte-ordered sort key), persons primary first then by name.
        .orderBy(sql`${dialect.byteOrder(sql.ref('c.name_key'))}`).orderBy('c.id')
        .orderBy(sql`coalesce(p.is_primary, 0)`, 'desc')
        .orderBy(sql`${dialect.byteOrder(sql`coalesce(p.last_name, '')`)}`)
        .orderBy(sql`${dialect.byteOrder(sql`coalesce(p.first_name, '')`)}`)
        .orderBy('p.id');
      for await (const r of q.stream(CHUNK)) yield r as ReportContactRow;
    },

    async batchFacts(batchId) {
      const r = await db.selectFrom('batches').select(['included_count', 'excluded_count', 'first_number', 'last_number'])
        .where('id', '=', batchId).executeTakeFirst();
      return r ? { includedCount: r.included_count, excludedCount: r.excluded_count, firstNumber: r.first_number, lastNumber: r.last_number } : null;
    },

    async activityCounts(f) {
      const a = await db.selectFrom('activities').where(activityWhere(f))
        .select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const d = await activityLines(f).where('c.id', 'is not', null)
        .select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const per = await db.selectFrom('activities').leftJoin('employees as e', 'e.id', 'activities.responsible_id')
        .where(activityWhere(f))
        .select((eb) => ['e.name as name', eb.fn.countAll<number>().as('n')])
        .groupBy(['activities.responsible_id', 'e.name', 'e.name_key'])
        .orderBy(sql`case when e.name_key is null then 1 else 0 end`)
        .orderBy(sql`${dialect.byteOrder(sql.ref('e.name_key'))}`)
        .execute();
      return { activities: Number(a.n), details: Number(d.n), perResponsible: per.map((r) => ({ name: r.name, count: Number(r.n) })) };
    },

    async *streamActivities(f) {
      const q = activityLines(f)
        .leftJoin('employees as e', 'e.id', 'activities.responsible_id')
        .leftJoin('activity_types as t', 't.id', 'activities.type_id')
        .select([
          'activities.number as number', 'activities.subject as subject', 'activities.start_at as startAt',
          'activities.all_day as allDay', 'e.name as responsibleName', 't.name as typeName',
          'c.id as contactId', 'c.number as contactNumber', 'c.name as contactName',
          'p.id as personId', 'p.first_name as firstName', 'p.last_name as lastName',
          'p.phone as personPhone', 'p.mobile as mobile', 'p.email as email',
        ])
        .orderBy('activities.number')
        .orderBy(sql`${dialect.byteOrder(sql`coalesce(c.name_key, '')`)}`).orderBy('c.id')
        .orderBy(sql`${dialect.byteOrder(sql`coalesce(p.last_name, '')`)}`)
        .orderBy(sql`${dialect.byteOrder(sql`coalesce(p.first_name, '')`)}`)
        .orderBy('p.id');
      for await (const r of q.stream(CHUNK)) yield { ...r, allDay: r.allDay === 1 } as ReportActivityRow;
    },
  };
}
