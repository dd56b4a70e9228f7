/**
 * The benchmark's baselines: the same rows the product writes or reads, done by the simplest
 * hand-written SQL with no application around it, on the bench's own connection to the same
 * database. Creation is one INSERT … SELECT per table inside one transaction; counts are a bare
 * SELECT count(*) with the WHERE that selectionFilter compiles; card copy and undo a bare UPDATE /
 * DELETE; seeding a bare multi-row INSERT of pre-generated rows (only the statements are timed).
 */
import { CompiledQuery, sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { Database } from '../src/storage/database.js';
import type { DB } from '../src/storage/schema.js';
import type { Selection } from '../src/domain/selection/types.js';
import { selectionFilter } from '../src/storage/selection/compile.js';
import { demoContact } from '../src/app/seed/demo-contacts.js';
import { sortKey } from '../src/domain/text.js';

const flag = (b: boolean) => (b ? 1 : 0);

/** The compiled selection WHERE as a fragment (it references `contacts.<column>`). */
export function whereOf(selection: Selection): RawBuilder<SqlBool> {
  return selectionFilter(selection)(undefined as never) as RawBuilder<SqlBool>;
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

export async function bareCount(database: Database, selection: Selection): Promise<{ ms: number; count: number }> {
  let count = 0;
  const ms = await timed(async () => {
    const { rows } = await sql<{ n: number }>`select count(*) as n from contacts where ${whereOf(selection)}`.execute(database.db);
    count = Number(rows[0]!.n);
  });
  return { ms, count };
}

export type ActivityShape = {
  subject: string; startAt: string; endAt: string; typeId: number; alarmMinutes: number | null; color: string | null;
  showInTaskList: boolean; createdBy: number; now: string;
};

/** Bare creation of a per-contact (or shared) batch: one INSERT … SELECT per table, one transaction. */
export async function bareCreate(
  database: Database, o: { selection: Selection; mode: 'perContact' | 'shared'; offset: number; batchId: number; managers: number[]; a: ActivityShape },
): Promise<number> {
  const { db, dialect } = database;
  const where = whereOf(o.selection);
  const pc = dialect.name === 'postgres' ? sql` collate "C"` : sql``;
  const ranked = sql`(select contacts.id, row_number() over w as rn, ntile(${sql.lit(o.managers.length)}) over w as tile
    from contacts where ${where}
    window w as (order by case when contacts.postal_code is null then 1 else 0 end, contacts.postal_code${pc}, contacts.number)) r`;
  const responsible = sql`case r.tile ${sql.join(o.managers.map((m, i) => sql`when ${sql.lit(i + 1)} then ${sql.lit(m)}`), sql` `)} end`;
  const a = o.a;
  const cols = sql`id, number, subject, start_at, end_at, all_day, alarm_minutes, type_id, done, responsible_id, color,
    show_in_task_list, batch_id, created_by, created_at, updated_at`;
  const txt = (v: string | null) => sql`cast(${v} as text)`;
  const vals = (id: RawBuilder<unknown>, resp: RawBuilder<unknown>) => sql`${id}, ${id}, ${txt(a.subject)}, ${txt(a.startAt)}, ${txt(a.endAt)}, 0,
    ${sql.lit(a.alarmMinutes)}, ${sql.lit(a.typeId)}, 0, ${resp}, ${txt(a.color)}, ${sql.lit(flag(a.showInTaskList))}, ${sql.lit(o.batchId)},
    ${sql.lit(a.createdBy)}, ${txt(a.now)}, ${txt(a.now)}`;
  const off = sql.lit(o.offset);
  return timed(() => db.transaction().execute(async (trx: Kysely<DB>) => {
    if (o.mode === 'perContact') {
      await sql`insert into activities (${cols}) select ${vals(sql`${off} + r.rn`, responsible)} from ${ranked}`.execute(trx);
      await sql`insert into activity_contacts (activity_id, contact_id) select ${off} + r.rn, r.id from ${ranked}`.execute(trx);
      await sql`insert into activity_contact_persons (activity_id, contact_person_id)
        select ${off} + r.rn, cp.id from ${ranked} join contact_persons cp on cp.contact_id = r.id and cp.is_primary = 1 and cp.inactive = 0`.execute(trx);
    } else {
      const id = sql.lit(o.offset + 1);
      await sql`insert into activities (${cols}) values (${vals(id, sql.lit(o.managers[0]!))})`.execute(trx);
      await sql`insert into activity_contacts (activity_id, contact_id) select ${id}, contacts.id from contacts where ${where}`.execute(trx);
      await sql`insert into activity_contact_persons (activity_id, contact_person_id)
        select ${id}, cp.id from contacts join contact_persons cp on cp.contact_id = contacts.id and cp.is_primary = 1 and cp.inactive = 0
        where ${where}`.execute(trx);
    }
  }));
}

export async function bareCard(database: Database, batchId: number, set: { subject: string; startAt: string; endAt: string; now: string }): Promise<number> {
  return timed(() => sql`update activities set subject = ${set.subject}, start_at = ${set.startAt}, end_at = ${set.endAt},
    updated_at = ${set.now} where batch_id = ${sql.lit(batchId)}`.execute(database.db));
}

export async function bareUndo(database: Database, batchId: number): Promise<number> {
  return timed(() => sql`delete from activities where batch_id = ${sql.lit(batchId)}`.execute(database.db));
}

/** Every included contact to excluded (explicit moves) and back, as two bare statements. */
export async function bareMoves(database: Database, groupId: number, selection: Selection): Promise<number> {
  const g = sql.lit(groupId);
  return timed(async () => {
    await sql`insert into group_activity_moves (group_activity_id, contact_id, side)
      select ${g}, contacts.id, 'excluded' from contacts where ${whereOf(selection)}`.execute(database.db);
    await sql`delete from group_activity_moves where group_activity_id = ${g}`.execute(database.db);
  });
}

/** Streams the check report's rows (included contacts with their persons, name order). */
export async function bareReportRead(database: Database, selection: Selection): Promise<{ ms: number; rows: number }> {
  let rows = 0;
  const ms = await timed(async () => {
    const q = database.db.selectFrom('contacts').leftJoin('contact_persons as p', 'p.contact_id', 'contacts.id')
      .where(selectionFilter(selection))
      .select(['contacts.number', 'contacts.name', 'contacts.postal_address', 'contacts.postal_code', 'contacts.city', 'contacts.phone',
        'p.first_name', 'p.last_name', 'p.title', 'p.phone as p_phone', 'p.mobile', 'p.email'])
      .orderBy('contacts.name_key').orderBy('contacts.id').orderBy('p.id');
    for await (const _ of q.stream(1000)) rows++;
  });
  return { ms, rows };
}

/**
 * The seeder's rows (same generator, seed and persons) inserted by bare multi-row INSERTs in one
 * transaction with explicit ids; generation is not timed, only the statements.
 */
export async function bareSeed(database: Database, o: { contacts: number; seed: number; persons: number; managers: number[]; now: string }): Promise<number> {
  const { db, dialect } = database;
  const contactCols = ['id', 'number', 'name', 'name_key', 'is_customer', 'is_supplier', 'is_partner', 'is_private', 'category',
    'line_of_business', 'status', 'district', 'postal_address', 'postal_code', 'city', 'country', 'phone', 'email', 'web',
    'account_manager_id', 'turnover', 'employee_count', 'custom1', 'custom2', 'notes', 'inactive', 'created_at', 'updated_at'];
  const personCols = ['id', 'contact_id', 'first_name', 'last_name', 'title', 'phone', 'mobile', 'email', 'is_primary', 'inactive',
    'created_at', 'updated_at'];
  const texts = new Map<string, string>();
  const statement = (table: string, cols: string[], rows: number) => {
    const key = `${table}:${rows}`;
    let text = texts.get(key);
    if (!text) {
      let k = 0;
      const ph = () => (dialect.name === 'postgres' ? `$${++k}` : '?');
      const tuples = Array.from({ length: rows }, () => `(${cols.map(ph).join(',')})`);
      text = `insert into ${table} (${cols.join(',')}) values ${tuples.join(',')}`;
      texts.set(key, text);
    }
    return text;
  };
  const CHUNK = 500;
  let generating = 0;
  let personId = 0;
  const total = await timed(() => db.transaction().execute(async (trx) => {
    for (let from = 0; from < o.contacts; from += CHUNK) {
      const n = Math.min(CHUNK, o.contacts - from);
      const g0 = performance.now();
      const cParams: unknown[] = [];
      const pParams: unknown[] = [];
      let persons = 0;
      for (let k = 0; k < n; k++) {
        const i = from + k;
        const c = demoContact(o.seed, i, { min: o.persons, max: o.persons }, o.managers.length);
        const id = i + 1;
        cParams.push(id, 10001 + i, c.name, sortKey(c.name), flag(c.isCustomer), flag(c.isSupplier), flag(c.isPartner), flag(c.isPrivate),
          c.category, c.lineOfBusiness, c.status, c.district, c.postalAddress, c.postalCode, c.city, c.country, c.phone, c.email, c.web,
          c.accountManager === null ? null : o.managers[c.accountManager]!, c.turnover, c.employeeCount, c.custom1, c.custom2, c.notes, 0, o.now, o.now);
        for (const p of c.persons) {
          persons++;
          pParams.push(++personId, id, p.firstName, p.lastName, p.title, p.phone, p.mobile, p.email, flag(p.isPrimary), 0, o.now, o.now);
        }
      }
      const cText = statement('contacts', contactCols, n);
      const pText = persons ? statement('contact_persons', personCols, persons) : '';
      generating += performance.now() - g0;
      await trx.executeQuery(CompiledQuery.raw(cText, cParams));
      if (persons) await trx.executeQuery(CompiledQuery.raw(pText, pParams));
    }
  }));
  return total - generating;
}
