/**
 * The change-values wizard's drafts and step-3 ticks. Included = selection-matched AND NOT
 * unticked; unticking "all" is one INSERT … SELECT, ticking again one DELETE.
 */
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { DB } from '../schema.js';
import type { Dialect } from '../dialect.js';
import type { ActivityChangesRepository, ChangeScope } from '../../app/ports/activity-changes.js';
import type { ChangeDraft } from '../../domain/activity-change/types.js';
import { isEmptySelection } from '../../domain/group-activity/types.js';
import { fold } from '../../domain/text.js';
import { activitySelectionFilter } from '../selection/compile.js';
import { changePlanStatements } from './activity-change-plan.js';
import { changeUndoStatements } from './activity-change-undo.js';
import { activityChangeReport } from './activity-change-report.js';

type AEB = ExpressionBuilder<DB, 'activities'>;

/** The selection's WHERE over activities; a selection without criteria matches nothing. */
export function activityMatches(scope: ChangeScope): (eb: AEB) => Expression<SqlBool> {
  if (isEmptySelection(scope.selection)) return () => sql<SqlBool>`1 = 0`;
  return activitySelectionFilter(scope.selection);
}

const unticked = (eb: AEB, changeId: number) => eb('activities.id', 'in',
  eb.selectFrom('activity_change_exclusions as x').select('x.activity_id').where('x.change_id', '=', changeId));

export function includedActivities(scope: ChangeScope) {
  const sel = activityMatches(scope);
  return (eb: AEB) => eb.and([sel(eb), eb.not(unticked(eb, scope.changeId))]);
}

function searchActivities(q: string | undefined) {
  const text = q?.trim();
  if (!text) return undefined;
  const pattern = `%${fold(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return (eb: AEB) => {
    const ors: Expression<SqlBool>[] = [sql<SqlBool>`kfold(activities.subject) like ${pattern} escape '\\'`];
    if (/^\d{1,9}$/.test(text)) ors.push(eb('activities.number', '=', Number(text)));
    return eb.or(ors);
  };
}

function toDraft(r: DB['activity_changes'] extends infer T ? { [K in keyof T]: unknown } : never): ChangeDraft {
  return {
    id: Number(r.id), status: r.status as ChangeDraft['status'],
    selection: r.selection ? JSON.parse(r.selection as string) : null,
    changes: JSON.parse(r.changes as string), conflicts: (r.conflicts as ChangeDraft['conflicts']) ?? null,
    timeZone: r.time_zone as string, result: r.finish_result ? JSON.parse(r.finish_result as string) : null,
    createdBy: (r.created_by as number | null) ?? null, createdAt: r.created_at as string, updatedAt: r.updated_at as string,
  };
}

export function activityChangesRepository(db: Kysely<DB>, dialect: Dialect): ActivityChangesRepository {
  return {
    ...changePlanStatements(db, dialect),
    ...changeUndoStatements(db, dialect),
    ...activityChangeReport(db),

    async create(input) {
      const row = await db.insertInto('activity_changes').values({
        status: 'draft', selection: input.selection ? JSON.stringify(input.selection) : null, changes: JSON.stringify(input.changes),
        conflicts: input.conflicts, time_zone: input.timeZone, finish_result: null, created_by: input.createdBy,
        created_at: input.now, updated_at: input.now,
      }).returningAll().executeTakeFirstOrThrow();
      return toDraft(row);
    },

    async get(id) {
      const row = await db.selectFrom('activity_changes').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toDraft(row) : undefined;
    },

    async listOpen(createdBy, limit) {
      const rows = await db.selectFrom('activity_changes').selectAll().where('created_by', '=', createdBy).where('status', '=', 'draft')
        .orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
      return rows.map(toDraft);
    },

    async update(id, patch, now) {
      await db.updateTable('activity_changes').set({
        ...(patch.selection !== undefined ? { selection: patch.selection ? JSON.stringify(patch.selection) : null } : {}),
        ...(patch.changes !== undefined ? { changes: JSON.stringify(patch.changes) } : {}),
        ...(patch.conflicts !== undefined ? { conflicts: patch.conflicts } : {}),
        ...(patch.timeZone !== undefined ? { time_zone: patch.timeZone } : {}),
        ...(patch.status !== undefined ? { status: patch.status } : {}),
        updated_at: now,
      }).where('id', '=', id).execute();
    },

    async claim(id, now, transition = { from: 'draft', to: 'finished' }) {
      const r = await db.updateTable('activity_changes').set({ status: transition.to, updated_at: now })
        .where('id', '=', id).where('status', '=', transition.from).executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },

    async saveResult(id, result, now) {
      await db.updateTable('activity_changes').set({ finish_result: JSON.stringify(result), updated_at: now }).where('id', '=', id).execute();
    },

    async counts(scope) {
      const sel = activityMatches(scope);
      const r = await db.selectFrom('activities').where(sel)
        .select((eb) => [
          eb.fn.countAll<number>().as('matched'),
          sql<number>`sum(case when exists (select 1 from activity_change_exclusions x where x.change_id = ${scope.changeId} and x.activity_id = activities.id) then 1 else 0 end)`.as('excluded'),
        ]).executeTakeFirstOrThrow();
      const excluded = Number(r.excluded ?? 0);
      return { included: Number(r.matched) - excluded, excluded };
    },

    async listActivities({ scope, q, limit, afterNumber, offset }) {
      const search = searchActivities(q);
      let base = db.selectFrom('activities').where(activityMatches(scope));
      if (search) base = base.where(search);
      const total = Number((await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
      let page = base
        .leftJoin('employees as e', 'e.id', 'activities.responsible_id')
        .select([
          'activities.id', 'activities.number', 'activities.subject', 'activities.start_at', 'activities.end_at', 'activities.responsible_id',
          'e.name as responsible_name',
          sql<string | null>`(select min(c.name) from activity_contacts ac join contacts c on c.id = ac.contact_id where ac.activity_id = activities.id)`.as('contact_name'),
          sql<number>`case when exists (select 1 from activity_change_exclusions x where x.change_id = ${scope.changeId} and x.activity_id = activities.id) then 1 else 0 end`.as('excluded'),
        ])
        .orderBy('activities.number').limit(limit);
      if (offset !== undefined) page = page.offset(offset);
      else if (afterNumber !== undefined) page = page.where('activities.number', '>', afterNumber);
      const rows = await page.execute();
      return {
        total,
        rows: rows.map((r) => ({
          id: r.id, number: r.number, subject: r.subject, startAt: r.start_at, endAt: r.end_at, responsibleId: r.responsible_id,
          responsibleName: r.responsible_name ?? null, contactName: r.contact_name ?? null, excluded: Number(r.excluded) === 1,
        })),
      };
    },

    async move({ scope, to, activityIds, all, q }) {
      if (to === 'excluded') {
        let pick = db.selectFrom('activities').where(activityMatches(scope))
          .where((eb) => eb.not(unticked(eb, scope.changeId)));
        if (activityIds) pick = pick.where('activities.id', 'in', activityIds.length ? activityIds : [0]);
        const search = all ? searchActivities(q) : undefined;
        if (search) pick = pick.where(search);
        await db.insertInto('activity_change_exclusions').columns(['change_id', 'activity_id'])
          .expression(pick.select([sql<number>`cast(${scope.changeId} as integer)`.as('change_id'), 'activities.id as activity_id'])).execute();
        return;
      }
      let del = db.deleteFrom('activity_change_exclusions').where('change_id', '=', scope.changeId);
      if (activityIds) del = del.where('activity_id', 'in', activityIds.length ? activityIds : [0]);
      const search = all ? searchActivities(q) : undefined;
      if (search) del = del.where('activity_id', 'in', db.selectFrom('activities').select('activities.id').where(search));
      await del.execute();
    },
  };
}
