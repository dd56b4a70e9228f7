/**
 * The set-based statements of a group's batch. Finish ranks the included contacts once into a
 * temporary plan table (so every following statement sees the same rows even if contacts change
 * concurrently), then writes all activities with one INSERT … SELECT and each link table with one
 * more. Activity id = number = first + rank − 1, so links need no ids read back. The card copy is
 * one UPDATE with CASE … IS NOT DISTINCT FROM per field; undo is one DELETE (links cascade).
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../schema.js';
import type { Dialect } from '../dialect.js';
import type { GroupActivitiesRepository, ResponsibleRule } from '../../app/ports/group-activities.js';
import type { CardScalarField } from '../../domain/group-activity/card.js';
import { rankedIncluded } from './group-activity-scope.js';

const int = (v: number | null | undefined) => sql<number>`cast(${v ?? null} as integer)`;
const txt = (v: string | null | undefined) => sql<string>`cast(${v ?? null} as text)`;
const flag = (v: boolean | undefined) => sql<number>`cast(${v ? 1 : 0} as integer)`;

/** The responsible of one planned row: fixed, or own manager then contiguous runs by pool rank. */
export function responsibleExpr(rule: ResponsibleRule, own: RawBuilder<unknown>, poolRank: RawBuilder<unknown>): RawBuilder<number | null> {
  if (rule.kind === 'one') return int(rule.employeeId);
  const whens = rule.bounds.map((b) => sql`when ${poolRank} <= ${int(b.upTo)} then ${int(b.employeeId)}`);
  const ownWhen = rule.ownManagerIds?.length ? sql`when ${own} is not null then ${own}` : sql``;
  if (!whens.length) return sql<number | null>`case ${ownWhen} else cast(null as integer) end`;
  return sql<number | null>`case ${ownWhen} ${sql.join(whens, sql` `)} end`;
}

const CARD_COLUMNS: Record<CardScalarField, { col: string; type: 'integer' | 'text' }> = {
  subject: { col: 'subject', type: 'text' }, startAt: { col: 'start_at', type: 'text' }, endAt: { col: 'end_at', type: 'text' },
  allDay: { col: 'all_day', type: 'integer' }, alarmMinutes: { col: 'alarm_minutes', type: 'integer' },
  typeId: { col: 'type_id', type: 'integer' }, statusId: { col: 'status_id', type: 'integer' }, priority: { col: 'priority_id', type: 'integer' },
  notes: { col: 'notes', type: 'text' }, color: { col: 'color', type: 'text' }, showInTaskList: { col: 'show_in_task_list', type: 'integer' },
  custom1: { col: 'custom1', type: 'text' }, custom2: { col: 'custom2', type: 'text' },
};

type BatchStatements = Pick<GroupActivitiesRepository,
  'preparePlan' | 'insertBatch' | 'createFromPlan' | 'dropPlan' | 'getBatch' | 'applyCard' | 'doneCount' | 'deleteActivities'>;

export function batchStatements(db: Kysely<DB>, dialect: Dialect): BatchStatements {
  const dropPlan = async () => { await sql`drop table if exists ga_plan`.execute(db); };

  return {
    dropPlan,

    async preparePlan(scope, ownManagerIds) {
      await dropPlan();
      await sql`create temporary table ga_plan (
        contact_id integer not null, rk integer not null, pool_rk integer not null, own_manager_id integer)`.execute(db);
      const ranked = rankedIncluded(db, dialect, scope, ownManagerIds, true);
      await sql`insert into ga_plan (contact_id, rk, pool_rk, own_manager_id)
        select r.contact_id, r.rk, r.pool_rk, r.own_manager_id from (${ranked}) r`.execute(db);
      const { rows } = await sql<{ own: number | null; n: number }>`
        select own_manager_id as own, count(*) as n from ga_plan group by own_manager_id`.execute(db);
      let planned = 0;
      const ownCounts = new Map<number, number>();
      for (const r of rows) {
        planned += Number(r.n);
        if (r.own !== null) ownCounts.set(Number(r.own), Number(r.n));
      }
      return { planned, ownCounts };
    },

    async insertBatch(b) {
      const row = await db.insertInto('batches').values({
        group_activity_id: b.groupActivityId, mode: b.mode, selection: b.selection ? JSON.stringify(b.selection) : null,
        card: JSON.stringify(b.card), included_count: b.includedCount, excluded_count: b.excludedCount,
        skipped_count: b.skippedCount, activity_count: b.activityCount, first_number: b.firstNumber, last_number: b.lastNumber,
        idempotency_key: b.idempotencyKey, created_by: b.createdBy, created_at: b.now,
      }).returning('id').executeTakeFirstOrThrow();
      return Number(row.id);
    },

    async createFromPlan(input) {
      const { values: v, firstNumber, batchId, now } = input;
      const perContact = input.mode === 'perContact';
      const offset = firstNumber - 1;
      // perContact: one activity per plan row (id = first + rank − 1); shared: one activity, id = first.
      const idExpr = perContact ? sql<number>`${int(offset)} + p.rk` : int(firstNumber);
      const responsible = responsibleExpr(input.responsible, sql.ref('p.own_manager_id'), sql.ref('p.pool_rk'));
      const done = sql<number>`coalesce((select s.is_done from statuses s where s.id = ${int(v.statusId)}), 0)`;
      const columns = sql`id, number, subject, start_at, end_at, all_day, alarm_minutes, type_id, status_id, priority_id,
        done, done_at, responsible_id, notes, color, show_in_task_list, custom1, custom2, batch_id, created_by, created_at, updated_at`;
      const valuesSql = sql`${idExpr}, ${idExpr}, ${txt(v.subject)}, ${txt(v.startAt)}, ${txt(v.endAt)}, ${flag(v.allDay)},
        ${int(v.alarmMinutes)}, ${int(v.typeId)}, ${int(v.statusId)}, ${int(v.priority)}, ${done},
        case when ${done} = 1 then ${txt(now)} end, ${responsible}, ${txt(v.notes)}, ${txt(v.color)}, ${flag(v.showInTaskList)},
        ${txt(v.custom1)}, ${txt(v.custom2)}, ${int(batchId)}, ${int(input.createdBy)}, ${txt(now)}, ${txt(now)}`;
      if (perContact) {
        await sql`insert into activities (${columns}) select ${valuesSql} from ga_plan p`.execute(db);
        await sql`insert into activity_contacts (activity_id, contact_id) select ${idExpr}, p.contact_id from ga_plan p`.execute(db);
      } else {
        // One row: the responsible rule is "one" in shared mode, so no plan row is referenced.
        await sql`insert into activities (${columns}) select ${valuesSql} from (select 1 as one) p`.execute(db);
        // In key order: one activity's links in plan (postal-code) order would land all over the
        // primary key and the contact index, three times slower than appending.
        await sql`insert into activity_contacts (activity_id, contact_id) select ${int(firstNumber)}, p.contact_id from ga_plan p order by p.contact_id`.execute(db);
      }
      if (input.linkPrimaryPerson) {
        await sql`insert into activity_contact_persons (activity_id, contact_person_id)
          select ${perContact ? idExpr : int(firstNumber)}, x.pid from ga_plan p
          join (select cp.contact_id, min(cp.id) as pid from contact_persons cp
                where cp.is_primary = 1 and cp.inactive = 0 group by cp.contact_id) x on x.contact_id = p.contact_id
          ${perContact ? sql`` : sql`order by x.pid`}`.execute(db);
      }
      if (!perContact && input.contactPersonIds.length) {
        await sql`insert into activity_contact_persons (activity_id, contact_person_id)
          select ${int(firstNumber)}, cp.id from contact_persons cp where cp.id in (${sql.join(input.contactPersonIds)})
          and not exists (select 1 from activity_contact_persons x where x.activity_id = ${int(firstNumber)} and x.contact_person_id = cp.id)`.execute(db);
      }
      const linkAll = async (table: string, col: string, target: string, ids: number[]) => {
        if (!ids.length) return;
        const from = perContact ? sql`ga_plan p cross join ${sql.table(target)} t` : sql`${sql.table(target)} t`;
        await sql`insert into ${sql.table(table)} (activity_id, ${sql.ref(col)})
          select ${perContact ? idExpr : int(firstNumber)}, t.id from ${from} where t.id in (${sql.join(ids)})`.execute(db);
      };
      await linkAll('activity_employees', 'employee_id', 'employees', input.employeeIds);
      await linkAll('activity_resources', 'resource_id', 'resources', input.resourceIds);
      await dropPlan();
    },

    async getBatch(batchId) {
      const r = await db.selectFrom('batches').selectAll().where('id', '=', batchId).executeTakeFirst();
      if (!r) return undefined;
      return { id: r.id, groupActivityId: r.group_activity_id, mode: r.mode, card: r.card ? JSON.parse(r.card) : {}, activityCount: r.activity_count };
    },

    async applyCard({ batchId, changes, overwriteEdited, links, card, now }) {
      let updated = 0;
      let kept = 0;
      if (changes.length) {
        const isOld = (c: (typeof changes)[number]) => dialect.isNotDistinctFrom(sql.ref(CARD_COLUMNS[c.field].col), c.old);
        const isNew = (c: (typeof changes)[number]) => dialect.isNotDistinctFrom(sql.ref(CARD_COLUMNS[c.field].col), c.next);
        const typed = (c: (typeof changes)[number], v: unknown) => sql`cast(${v} as ${sql.raw(CARD_COLUMNS[c.field].type)})`;
        // A field changes where it still holds the card's old value (or always, when overwriting).
        const willChange = (c: (typeof changes)[number]) => overwriteEdited ? sql`not ${isNew(c)}` : sql`(${isOld(c)} and not ${isNew(c)})`;
        const anyChange = sql.join(changes.map(willChange), sql` or `);
        const anyKept = overwriteEdited ? sql`1 = 0` : sql.join(changes.map((c) => sql`(not ${isOld(c)} and not ${isNew(c)})`), sql` or `);
        const { rows } = await sql<{ updated: number | null; kept: number | null }>`
          select sum(case when ${anyChange} then 1 else 0 end) as updated, sum(case when ${anyKept} then 1 else 0 end) as kept
          from activities where batch_id = ${int(batchId)}`.execute(db);
        updated = Number(rows[0]?.updated ?? 0);
        kept = Number(rows[0]?.kept ?? 0);
        const sets = changes.map((c) => {
          const col = sql.ref(CARD_COLUMNS[c.field].col);
          return overwriteEdited
            ? sql`${col} = ${typed(c, c.next)}`
            : sql`${col} = case when ${isOld(c)} then ${typed(c, c.next)} else ${col} end`;
        });
        await sql`update activities set ${sql.join(sets)}, updated_at = ${txt(now)}
          where batch_id = ${int(batchId)} and (${anyChange})`.execute(db);
      }
      if (links.length) {
        // Shared mode only (the domain refuses link changes per contact): the batch has one activity.
        const ids = db.selectFrom('activities').select('id').where('batch_id', '=', batchId);
        const target: Record<string, { table: 'activity_contacts' | 'activity_contact_persons' | 'activity_employees' | 'activity_resources'; col: string; ref: string }> = {
          contactIds: { table: 'activity_contacts', col: 'contact_id', ref: 'contacts' },
          contactPersonIds: { table: 'activity_contact_persons', col: 'contact_person_id', ref: 'contact_persons' },
          employeeIds: { table: 'activity_employees', col: 'employee_id', ref: 'employees' },
          resourceIds: { table: 'activity_resources', col: 'resource_id', ref: 'resources' },
        };
        for (const l of links) {
          const t = target[l.field]!;
          await db.deleteFrom(t.table).where('activity_id', 'in', ids).execute();
          if (l.ids.length) {
            await sql`insert into ${sql.table(t.table)} (activity_id, ${sql.ref(t.col)})
              select a.id, t.id from activities a cross join ${sql.table(t.ref)} t
              where a.batch_id = ${int(batchId)} and t.id in (${sql.join(l.ids)})`.execute(db);
          }
        }
        if (!changes.length) {
          const r = await db.updateTable('activities').set({ updated_at: now }).where('batch_id', '=', batchId).executeTakeFirst();
          updated = Number(r.numUpdatedRows);
        }
      }
      await db.updateTable('batches').set({ card: JSON.stringify(card) }).where('id', '=', batchId).execute();
      return { updated, kept };
    },

    async doneCount(batchId) {
      const r = await db.selectFrom('activities').select((eb) => eb.fn.countAll<number>().as('n'))
        .where('batch_id', '=', batchId).where('done', '=', 1).executeTakeFirstOrThrow();
      return Number(r.n);
    },

    async deleteActivities(batchId) {
      const r = await db.deleteFrom('activities').where('batch_id', '=', batchId).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}
