/**
 * `kontakta group create --mode perContact --where '<selection JSON>' [--exclude IDS]
 *   [--responsible ID | --distribute even:ID,ID | counts:ID=N,… | weighted:ID=W,… | ownManager:ID,ID]
 *   [--template '<fields JSON>'] [--options '<JSON>'] [--as EMAIL|ID] [--dry-run] [--json] [--db URL]
 *   [--schedule-from YYYY-MM-DD --schedule-to YYYY-MM-DD [--duration MIN] [--max-per-day N] [--buffer MIN]
 *    [--unplaced refuse|withoutTime] [--no-keep-order]]`
 * A thin shell over the same use cases as the wizard: draft → selection → moves → responsible →
 * finish, printing counts, the distribution and the numbers created (progress on stderr).
 */
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { openAndPrepare } from '../../main.js';
import { systemClock } from '../../app/ports/clock.js';
import type { Store } from '../../app/ports/store.js';
import type { Actor } from '../../domain/model/employee.js';
import type { Distribution } from '../../domain/distribution/types.js';
import { notFound, validation } from '../../domain/errors.js';
import { checkTexts } from '../../domain/input-limits.js';
import { TemplateSchema, OptionsSchema } from '../../contract/group-activity.js';
import { createGroupActivity } from '../../app/group-activities/create-group-activity.js';
import { updateGroupActivity } from '../../app/group-activities/update-group-activity.js';
import { moveGroupContacts } from '../../app/group-activities/move-group-contacts.js';
import { previewDistribution } from '../../app/group-activities/preview-distribution.js';
import { finishGroupActivity } from '../../app/group-activities/finish-group-activity.js';
import { cancelGroupActivity } from '../../app/group-activities/cancel-group-activity.js';
import { getGroupActivity } from '../../app/group-activities/get-group-activity.js';
import { previewGroupSchedule } from '../../app/scheduling/preview-group-schedule.js';
import type { GroupScheduleInput } from '../../domain/scheduling/group-schedule.js';

/** The schedule flags as the draft's schedule part (checked by the use case), or none. */
function scheduleOf(f: GroupFlags): GroupScheduleInput | undefined {
  const any = f.scheduleFrom ?? f.scheduleTo ?? f.duration ?? f.maxPerDay ?? f.buffer ?? f.unplaced;
  if (any === undefined) return undefined;
  if (!f.scheduleFrom) throw validation('schedule-from', 'give --schedule-from YYYY-MM-DD with the other schedule options');
  if (!f.scheduleTo) throw validation('schedule-to', 'give --schedule-to YYYY-MM-DD with the other schedule options');
  const whole = (v: string | undefined, field: string) => {
    if (v === undefined) return undefined;
    if (!/^\d{1,6}$/.test(v)) throw validation(field, 'expected a whole number');
    return Number(v);
  };
  if (f.unplaced !== undefined && f.unplaced !== 'refuse' && f.unplaced !== 'withoutTime') throw validation('unplaced', 'use refuse or withoutTime');
  return {
    from: f.scheduleFrom, to: f.scheduleTo, durationMinutes: whole(f.duration, 'duration'), maxPerDay: whole(f.maxPerDay, 'max-per-day'),
    bufferMinutes: whole(f.buffer, 'buffer'), unplaced: f.unplaced as GroupScheduleInput['unplaced'], keepOrder: f.keepOrder !== false,
  };
}

type GroupFlags = {
  mode: string; where: string; exclude?: string; responsible?: string; distribute?: string; template?: string;
  options?: string; as?: string; dryRun?: boolean; json?: boolean; db?: string;
  scheduleFrom?: string; scheduleTo?: string; duration?: string; maxPerDay?: string; buffer?: string; unplaced?: string; keepOrder?: boolean;
};

function parseJson(text: string, field: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw validation(field, `not valid JSON: ${(e as Error).message}`);
  }
  checkTexts(value, [field]);
  return value;
}

function ids(text: string, field: string): number[] {
  return text.split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
    if (!/^\d+$/.test(s)) throw validation(field, `"${s}" is not an id`);
    return Number(s);
  });
}

function pairs(text: string, field: string): [number, number][] {
  return text.split(',').map((p) => {
    const m = /^\s*(\d+)\s*=\s*(\d+(?:\.\d+)?)\s*$/.exec(p);
    if (!m) throw validation(field, `"${p}" is not ID=NUMBER`);
    return [Number(m[1]), Number(m[2])];
  });
}

/** `even:1,2` | `counts:1=10,2=5` | `weighted:1=2,2=1` | `ownManager:1,2` */
export function parseDistribute(spec: string): Distribution {
  const [method, rest = ''] = spec.split(/:(.*)/s);
  switch (method) {
    case 'even': return { method: 'even', employeeIds: ids(rest, 'distribute') };
    case 'ownManager': return { method: 'ownManager', employeeIds: ids(rest, 'distribute') };
    case 'counts': return { method: 'counts', counts: pairs(rest, 'distribute').map(([employeeId, count]) => ({ employeeId, count })) };
    case 'weighted': return { method: 'weighted', weights: pairs(rest, 'distribute').map(([employeeId, weight]) => ({ employeeId, weight })) };
    default: throw validation('distribute', `unknown method "${method}": use even:, counts:, weighted: or ownManager:`);
  }
}

export async function actorFor(store: Store, ref: string): Promise<Actor> {
  const id = /^\d+$/.test(ref) ? Number(ref) : await store.employees.findIdByEmail(ref);
  const e = id === undefined ? undefined : await store.employees.get(id);
  if (!e || !e.active) throw notFound('employee', ref);
  return { employeeId: e.id, role: e.role, name: e.name };
}

export function registerGroup(program: Command): void {
  const group = program.command('group').description('group activities');
  group.command('create')
    .description('create a group activity from a selection (one shared activity or one per contact)')
    .requiredOption('--mode <mode>', 'shared | perContact')
    .requiredOption('--where <json>', 'the selection, e.g. \'{"match":[{"field":"city","condition":"eq","value":"Göteborg"}]}\'')
    .option('--exclude <ids>', 'contact ids to leave out, comma-separated')
    .option('--responsible <id>', 'one responsible employee for everything')
    .option('--distribute <spec>', 'perContact: even:ID,ID | counts:ID=N,… | weighted:ID=W,… | ownManager:ID,ID')
    .option('--template <json>', 'activity fields, e.g. \'{"subject":"Call","startAt":"2026-12-07T09:00:00Z"}\'')
    .option('--options <json>', '{"skipIfOpenActivityOfType":ID,"linkPrimaryPerson":true}')
    .option('--as <emailOrId>', 'the employee the group is created as (default: the administrator)')
    .option('--schedule-from <date>', 'place the activities in free working time from this day (YYYY-MM-DD, company time zone)')
    .option('--schedule-to <date>', 'the last day to place activities on (inclusive)')
    .option('--duration <minutes>', 'length of each scheduled activity (default: the card\'s, else the standard duration)')
    .option('--max-per-day <n>', 'the most activities of this group per person and day (default 8)')
    .option('--buffer <minutes>', 'gap between two activities of this group (default 0)')
    .option('--unplaced <rule>', 'refuse (default: create nothing if some do not fit) or withoutTime')
    .option('--no-keep-order', 'fill earlier gaps too instead of keeping the postal-code order')
    .option('--dry-run', 'show counts and distribution, create nothing')
    .option('--json', 'print the outcome as JSON')
    .option('--db <url>', 'database: sqlite:PATH or postgres://… (env KONTAKTA_DB)')
    .action(async (flags: GroupFlags) => {
      if (flags.mode !== 'shared' && flags.mode !== 'perContact') throw validation('mode', 'use shared or perContact');
      if (flags.responsible && flags.distribute) throw validation('distribute', 'give --responsible or --distribute, not both');
      // Parse everything before touching the database, so bad input writes nothing.
      const selection = parseJson(flags.where, 'where');
      const exclude = flags.exclude ? ids(flags.exclude, 'exclude') : [];
      const responsibleId = flags.responsible ? ids(flags.responsible, 'responsible')[0] : undefined;
      const distribution = flags.distribute ? parseDistribute(flags.distribute) : undefined;
      const tplParsed = flags.template ? TemplateSchema.safeParse(parseJson(flags.template, 'template')) : undefined;
      if (tplParsed && !tplParsed.success) throw validation(`template.${tplParsed.error.issues[0]!.path.join('.')}`, tplParsed.error.issues[0]!.message);
      const optParsed = flags.options ? OptionsSchema.safeParse(parseJson(flags.options, 'options')) : undefined;
      if (optParsed && !optParsed.success) throw validation(`options.${optParsed.error.issues[0]!.path.join('.')}`, optParsed.error.issues[0]!.message);

      const schedule = scheduleOf(flags);

      const config = loadConfig(flags);
      const opened = await openAndPrepare(config, (l) => console.error(l));
      const { store } = opened;
      let draftId: number | undefined;
      try {
        const actor = await actorFor(store, flags.as ?? config.adminEmail);
        draftId = (await createGroupActivity(store, systemClock, actor, { mode: flags.mode })).id;
        await updateGroupActivity(store, systemClock, actor, draftId, { selection });
        if (exclude.length) await moveGroupContacts(store, systemClock, actor, draftId, { to: 'excluded', contactIds: exclude });
        await updateGroupActivity(store, systemClock, actor, draftId, {
          ...(responsibleId !== undefined ? { responsibleId } : {}), ...(distribution ? { distribution } : {}),
          ...(tplParsed ? { template: tplParsed.data } : {}), ...(optParsed ? { options: optParsed.data } : {}),
        });
        if (schedule) await updateGroupActivity(store, systemClock, actor, draftId, { schedule });
        const view = await getGroupActivity(store, actor, draftId);
        const preview = await previewDistribution(store, actor, draftId, { limit: 1 });
        const out: Record<string, unknown> = { groupActivityId: draftId, counts: view.counts, distribution: preview.perEmployee };
        if (!flags.json) {
          console.log(`Included: ${view.counts.included}  Excluded: ${view.counts.excluded}`);
          for (const p of preview.perEmployee) console.log(`  ${p.name ?? p.employeeId}: ${p.count}`);
        }
        if (schedule) {
          const plan = await previewGroupSchedule(store, systemClock, actor, draftId);
          out.schedule = { placed: plan.placed, unplacedCount: plan.unplacedCount };
          if (!flags.json) console.log(`Scheduled: ${plan.placed}  Not fitting: ${plan.unplacedCount}`);
        }
        if (flags.dryRun) {
          await cancelGroupActivity(store, systemClock, actor, draftId);
          if (flags.json) console.log(JSON.stringify({ ...out, dryRun: true }, null, 2));
          else console.log('Dry run: nothing created.');
          return;
        }
        const count = flags.mode === 'perContact' ? view.counts.included : 1;
        process.stderr.write(`Creating ${count} activit${count === 1 ? 'y' : 'ies'}…\n`);
        const started = Date.now();
        const result = await finishGroupActivity(store, systemClock, actor, draftId);
        process.stderr.write(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
        if (flags.json) console.log(JSON.stringify({ ...out, result }, null, 2));
        else {
          const what = result.activityCount === 1 ? `1 activity, number ${result.firstNumber}` : `${result.activityCount} activities, numbers ${result.firstNumber}–${result.lastNumber}`;
          console.log(`Created ${what} (batch ${result.batchId}), skipped ${result.skipped}`);
        }
      } catch (err) {
        if (draftId !== undefined) {
          const d = await store.groupActivities.get(draftId);
          if (d?.status === 'draft') await store.groupActivities.update(draftId, { status: 'cancelled' }, systemClock.now().toISOString());
        }
        throw err;
      } finally {
        await opened.database.close();
      }
    });
}
