/**
 * Report reads for both databases; no report ever sits in memory whole. On SQLite contacts come
 * in keyset pages of 5,000, each with a second query for its persons; on PostgreSQL, and for
 * activities on both, one ordered query streams with Kysely `.stream()` (pg-cursor on
 * PostgreSQL, better-sqlite3's iterator on SQLite). The store hands this repository
 * the database's reader (on SQLite a second, read-only connection), so a long report never holds
 * the connection everyone else uses. The included set comes from the engine's SQL fragments and
 * the responsible from its rule (distribution order, own managers, contiguous runs), so the
 * report shows what finish creates.
 */
import { sql, type Expression, type ExpressionBuilder, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { DB } from '../schema.js';
import type { Dialect } from '../dialect.js';
import type { ReportActivityRow, ReportContact, ReportDataRepository, ReportPerson } from '../../app/ports/report-data.js';
import type { ActivityFilter } from '../../app/ports/activities.js';
import { fold } from '../../domain/text.js';
import { includedByJoin, includedQuery } from './group-activity-scope.js';
import { sqlByteOrdered } from './sort-key-sql.js';
import { startCompare } from '../start-key.js';

/**
 * Rows per fetch of a streamed read (PostgreSQL's cursor; SQLite's iterator hands out one row at a
 * time anyway). Small, so a fetch's rows are rendered and dead before the next young-generation
 * collection and never promoted: with 2,000 a 100,000-contact report promoted its rows chunk after
 * chunk, and the pacing's full collections cost about as much as the rendering.
 */
const ROWS_PER_FETCH = 300;


type AEB = ExpressionBuilder<DB, 'activities'>;

function activityWhere(f: ActivityFilter) {
  return (eb: AEB): Expression<SqlBool> => {
    const and: Expression<SqlBool>[] = [];
    if (f.startFrom) and.push(startCompare(sql.ref('activities.start_at'), '>=', f.startFrom));
    if (f.startTo) and.push(startCompare(sql.ref('activities.start_at'), f.startToExclusive ? '<' : '<=', f.startTo));
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

/** `contactsPerPage`: contacts read per keyset page (small in tests to cross many pages). */
export function reportDataRepository(db: Kysely<DB>, dialect: Dialect, opts: { contactsPerPage?: number } = {}): ReportDataRepository {
  const CONTACTS_PER_PAGE = opts.contactsPerPage ?? 5000;
  /**
   * Activities with their linked contacts and, per contact, the persons of that contact linked to
   * the activity. The link test is an uncorrelated `(activity, person) IN (links)`: SQLite answers
   * it from the links' primary key and PostgreSQL from one hash of the links, whatever the
   * statistics say. (A correlated list subquery per person row made PostgreSQL's estimate large
   * enough to JIT-compile the query, seconds per report; a derived table joined on (activity,
   * contact) was scanned once per row by SQLite when its statistics predated a large finish.)
   * The unary `+` keeps SQLite from driving the join by the IN list (a walk of the whole list per
   * row): the person is found by its contact, the IN only tests it.
   */
  const activityLines = (f: ActivityFilter) => db.selectFrom('activities')
    .leftJoin('activity_contacts as ac', 'ac.activity_id', 'activities.id')
    .leftJoin('contacts as c', 'c.id', 'ac.contact_id')
    .leftJoin('contact_persons as p', (j) => j.onRef('p.contact_id', '=', 'c.id')
      .on(sql<SqlBool>`(activities.id, +p.id) in (select acp.activity_id, acp.contact_person_id from activity_contact_persons as acp)`))
    .where(activityWhere(f));

  async function employeeNames(ids: number[]): Promise<Map<number, string>> {
    const uniq = [...new Set(ids)];
    if (!uniq.length) return new Map();
    const rows = await db.selectFrom('employees').select(['id', 'name']).where('id', 'in', uniq).execute();
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  return {
    async companyName() {
      const r = await db.selectFrom('company_settings').select('company_name').where('id', '=', 1).executeTakeFirst();
      return r?.company_name ?? '';
    },

    employeeNames,

    async registerNames(table, ids) {
      const uniq = [...new Set(ids)];
      if (!uniq.length) return new Map();
      const rows = await db.selectFrom(table).select(['id', 'name']).where('id', 'in', uniq).execute();
      return new Map(rows.map((r) => [r.id, r.name]));
    },

    async personCount(scope) {
      const persons = await db.selectFrom('contact_persons as p')
        .where('p.inactive', '=', 0)
        .where('p.contact_id', 'in', includedQuery(db, scope).select('contacts.id'))
        .select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(persons.n);
    },

    async *streamContacts(scope, rule) {
      const runs = rule?.kind === 'runs' ? rule : null;
      // With a distribution the report follows the distribution order (postal code, empty last,
      // then number), so each employee's contiguous run shows as one block and the responsible
      // is a running pool rank here — the engine's rule without re-ranking per page.
      const own = new Set(runs?.ownManagerIds ?? []);
      const names = runs ? await employeeNames(runs.bounds.map((b) => b.employeeId)) : new Map<number, string>();
      let poolRank = 0;
      const responsibleOf = (managerId: number | null, managerName: string | null): string | null => {
        if (!runs) return null;
        if (managerId !== null && own.has(managerId)) return managerName;
        poolRank += 1;
        const b = runs.bounds.find((x) => poolRank <= x.upTo);
        return b ? names.get(b.employeeId) ?? null : null;
      };
      const bo = (e: RawBuilder<unknown>) => dialect.byteOrder(e);
      // Persons: primary first, then by name (byte-ordered like every sort key).
      const personOrder = [sql`coalesce(p.is_primary, 0) desc`, bo(sql`coalesce(p.last_name, '')`), bo(sql`coalesce(p.first_name, '')`), sql.ref('p.id')];
      if (dialect.name === 'postgres') {
        // PostgreSQL: one ordered read of contacts joined to their persons, through the driver's
        // cursor (a few hundred rows at a time, as the activity report reads): the database
        // joins and sorts once (a merge join on the contact id, as the bare query does), where
        // keyset pages cost an index scan with a heap fetch per contact plus a second query for
        // the persons, and kept two pages of rows alive long enough to be promoted. The
        // contact's columns repeat on each of its persons' rows; a contact starts where the id
        // changes. (SQLite keeps the pages: no read transaction open for a whole PDF there.) The
        // draft's moves are joined, not probed per contact (`includedByJoin`).
        const order = runs
          ? [sql`case when c.postal_code is null then 1 else 0 end`, sqlByteOrdered('c.postal_code', dialect), sql.ref('c.number')]
          : [bo(sql.ref('c.name_key')), sql.ref('c.id')];
        let q = db.selectFrom(includedByJoin(db, scope).select([
          'contacts.id', 'contacts.number', 'contacts.name', 'contacts.name_key', 'contacts.postal_address',
          'contacts.postal_code', 'contacts.city', 'contacts.phone', 'contacts.account_manager_id',
        ]).as('c'))
          .leftJoin('employees as am', 'am.id', 'c.account_manager_id')
          .leftJoin('contact_persons as p', (j) => j.onRef('p.contact_id', '=', 'c.id').on('p.inactive', '=', 0))
          .select([
            'c.id as contactId', 'c.number as number', 'c.name as name', 'c.postal_address as postalAddress',
            'c.postal_code as postalCode', 'c.city as city', 'c.phone as phone', 'c.account_manager_id as accountManagerId',
            'am.name as accountManagerName',
            'p.id as personId', 'p.first_name as firstName', 'p.last_name as lastName',
            'p.title as title', 'p.phone as personPhone', 'p.mobile as mobile', 'p.email as email',
          ]);
        for (const k of [...order, ...personOrder]) q = q.orderBy(k);
        let contact: ReportContact | null = null;
        for await (const r of q.stream(ROWS_PER_FETCH)) {
          if (contact === null || contact.contactId !== r.contactId) {
            if (contact) yield contact;
            contact = {
              contactId: r.contactId, number: r.number, name: r.name, postalAddress: r.postalAddress, postalCode: r.postalCode,
              city: r.city, phone: r.phone, accountManagerName: r.accountManagerName,
              responsibleName: responsibleOf(r.accountManagerId, r.accountManagerName),
              persons: [],
            };
          }
          if (r.personId !== null) {
            contact.persons.push({
              personId: r.personId, firstName: r.firstName, lastName: r.lastName, title: r.title,
              personPhone: r.personPhone, mobile: r.mobile, email: r.email,
            });
          }
        }
        if (contact) yield contact;
        return;
      }
      // Keyset pages of contacts, each read with its persons in a second query; no read transaction
      // stays open for the minutes a PDF of 100,000 contacts takes (SQLite's WAL can checkpoint).
      // Every page starts where the last ended through a row-value comparison on an index's own
      // columns, so it is an index range, not a walk past all the rows before it. The
      // distribution order (postal code with empty last, then number) is read in two legs:
      // contacts with a postal code on the (postal code, number) index, then the rest by number.
      // `key`: the leg's order, its index's columns; `after`: those values of a page's last row.
      type Last = { contactId: number; number: number; nameKey: string; postalCode: string | null };
      type Leg = { key: (t: 'contacts' | 'c') => RawBuilder<unknown>[]; where?: RawBuilder<SqlBool>; after: (last: Last) => unknown[] };
      const legs: Leg[] = runs
        ? [
          { key: (t) => [sqlByteOrdered(`${t}.postal_code`, dialect), sql.ref(`${t}.number`)], where: sql`contacts.postal_code is not null`, after: (l) => [l.postalCode, l.number] },
          { key: (t) => [sql.ref(`${t}.number`)], where: sql`contacts.postal_code is null`, after: (l) => [l.number] },
        ]
        : [{ key: (t) => [bo(sql.ref(`${t}.name_key`)), sql.ref(`${t}.id`)], after: (l) => [l.nameKey, l.contactId] }];
      const readPage = async (leg: Leg, after: unknown[] | null) => {
        let page = includedQuery(db, scope).select([
          'contacts.id', 'contacts.number', 'contacts.name', 'contacts.name_key', 'contacts.postal_address',
          'contacts.postal_code', 'contacts.city', 'contacts.phone', 'contacts.account_manager_id',
        ]).limit(CONTACTS_PER_PAGE);
        for (const k of leg.key('contacts')) page = page.orderBy(k);
        if (leg.where) page = page.where(leg.where);
        if (after) {
          const [first, ...rest] = leg.key('contacts');
          // The row-value comparison alone is an index range on PostgreSQL, but SQLite only
          // ranges on a plain-column index with it: on the expression index of the distribution
          // order it scanned from the start every page. The first key's `>=` is a range for both.
          page = page.where(rest.length
            ? sql<SqlBool>`${first} >= ${after[0]} and (${sql.join([first!, ...rest])}) > (${sql.join(after)})`
            : sql<SqlBool>`${first} > ${after[0]}`);
        }
        // The page's contacts with their manager's name, then their persons by the page's ids.
        // One join of both made PostgreSQL hash-join a scan of every contact person for each
        // page; the id list is an index probe per contact on both databases, and each contact's
        // columns cross the wire once rather than once per person.
        const contactRows = await db.selectFrom(page.as('c'))
          .leftJoin('employees as am', 'am.id', 'c.account_manager_id')
          .select([
            'c.id as contactId', 'c.number as number', 'c.name as name', 'c.name_key as nameKey', 'c.postal_address as postalAddress',
            'c.postal_code as postalCode', 'c.city as city', 'c.phone as phone', 'c.account_manager_id as accountManagerId',
            'am.name as accountManagerName',
          ])
          .$call((q) => { for (const k of leg.key('c')) q = q.orderBy(k); return q; })
          .execute();
        if (contactRows.length === 0) return null;
        const personRows = await db.selectFrom('contact_persons as p')
          .where('p.inactive', '=', 0)
          .where('p.contact_id', 'in', contactRows.map((c) => c.contactId))
          .select([
            'p.contact_id as contactId', 'p.id as personId', 'p.first_name as firstName', 'p.last_name as lastName',
            'p.title as title', 'p.phone as personPhone', 'p.mobile as mobile', 'p.email as email',
          ])
          .orderBy('p.contact_id')
          .$call((q) => { for (const k of personOrder) q = q.orderBy(k); return q; })
          .execute();
        const personsOf = new Map<number, ReportPerson[]>();
        for (const p of personRows) {
          const list = personsOf.get(p.contactId);
          if (list) list.push(p); else personsOf.set(p.contactId, [p]);
        }
        return { contactRows, personsOf };
      };
      for (const leg of legs) {
        // One page is read ahead while the one before is handed on, so on PostgreSQL the
        // database works while the renderer does (on SQLite the reads run in turn either way).
        let next: Promise<Awaited<ReturnType<typeof readPage>>> = readPage(leg, null);
        for (;;) {
          const page = await next;
          if (!page) break;
          const { contactRows, personsOf } = page;
          next = contactRows.length < CONTACTS_PER_PAGE ? Promise.resolve(null) : readPage(leg, leg.after(contactRows[contactRows.length - 1]!));
          // A reader that stops early (a client that went away) leaves it unawaited: never unhandled.
          next.catch(() => undefined);
          for (const c of contactRows) {
            yield {
              contactId: c.contactId, number: c.number, name: c.name, postalAddress: c.postalAddress, postalCode: c.postalCode,
              city: c.city, phone: c.phone, accountManagerName: c.accountManagerName,
              responsibleName: responsibleOf(c.accountManagerId, c.accountManagerName),
              persons: personsOf.get(c.contactId) ?? [],
            } satisfies ReportContact;
          }
        }
      }
    },

    async batchFacts(batchId) {
      const r = await db.selectFrom('batches').select(['included_count', 'excluded_count', 'first_number', 'last_number'])
        .where('id', '=', batchId).executeTakeFirst();
      return r ? { includedCount: r.included_count, excludedCount: r.excluded_count, firstNumber: r.first_number, lastNumber: r.last_number } : null;
    },

    async activityCounts(f) {
      // Three independent counts: on PostgreSQL they run side by side on the pool.
      const [a, d, per] = await Promise.all([db.selectFrom('activities').where(activityWhere(f))
        .select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      activityLines(f).where('c.id', 'is not', null)
        .select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      db.selectFrom('activities').leftJoin('employees as e', 'e.id', 'activities.responsible_id')
        .where(activityWhere(f))
        .select((eb) => ['e.name as name', eb.fn.countAll<number>().as('n')])
        .groupBy(['activities.responsible_id', 'e.name', 'e.name_key'])
        .orderBy(sql`case when e.name_key is null then 1 else 0 end`)
        .orderBy(sql`${dialect.byteOrder(sql.ref('e.name_key'))}`)
        .execute()]);
      return { activities: Number(a.n), details: Number(d.n), perResponsible: per.map((r) => ({ name: r.name, count: Number(r.n) })) };
    },

    async *streamActivities(f) {
      // A contact none of whose persons is linked still shows whom to ask for: its primary person
      // (the active one with the lowest id, should there be several).
      const person = (col: 'id' | 'first_name' | 'last_name' | 'phone' | 'mobile' | 'email') =>
        sql`case when p.id is null then pp.${sql.ref(col)} else p.${sql.ref(col)} end`;
      const q = activityLines(f)
        .leftJoin('employees as e', 'e.id', 'activities.responsible_id')
        .leftJoin('activity_types as t', 't.id', 'activities.type_id')
        // Joined only where no person of the contact is linked: the lowest id of its active primary
        // persons, again an uncorrelated IN (one grouped read, then a lookup per row on both databases).
        .leftJoin('contact_persons as pp', (j) => j.onRef('pp.contact_id', '=', 'c.id').on(sql<SqlBool>`p.id is null`)
          .on(sql<SqlBool>`+pp.id in (select min(q.id) from contact_persons as q where q.is_primary = 1 and q.inactive = 0 group by q.contact_id)`))
        .select([
          'activities.number as number', 'activities.subject as subject', 'activities.start_at as startAt',
          'activities.all_day as allDay', 'e.name as responsibleName', 't.name as typeName',
          'c.id as contactId', 'c.number as contactNumber', 'c.name as contactName', 'c.phone as contactPhone',
          person('id').as('personId'), person('first_name').as('firstName'), person('last_name').as('lastName'),
          person('phone').as('personPhone'), person('mobile').as('mobile'), person('email').as('email'),
        ])
        .orderBy('activities.number')
        .orderBy(sql`${dialect.byteOrder(sql`coalesce(c.name_key, '')`)}`).orderBy('c.id')
        .orderBy(sql`${dialect.byteOrder(sql`coalesce(p.last_name, '')`)}`)
        .orderBy(sql`${dialect.byteOrder(sql`coalesce(p.first_name, '')`)}`)
        .orderBy('p.id');
      // The driver's row is handed on as it is (no copy per row), its 0/1 flag made a boolean.
      for await (const r of q.stream(ROWS_PER_FETCH)) {
        const row = r as unknown as ReportActivityRow;
        row.allDay = (r.allDay as unknown) === 1;
        yield row;
      }
    },
  };
}
