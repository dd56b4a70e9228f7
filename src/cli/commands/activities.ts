/**
 * `kontakta activities change --where 'responsible = Anna Lindqvist' --set responsible=Bo Ek
 *   [--set field=value …] [--move-start +7d] [--move-end -1h] [--append-notes TEXT]
 *   [--distribute even:ID,ID | counts:ID=N,…] [--exclude IDS] [--conflicts shift|skip] [--dry-run] [--json]`
 * A thin shell over the change-values use cases: draft → selection → unticked → changes → finish.
 * A dry run prints what would change (counts, distribution, conflicts) and writes nothing.
 */
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { openAndPrepare } from '../../main.js';
import { systemClock } from '../../app/ports/clock.js';
import { validation } from '../../domain/errors.js';
import { checkTexts } from '../../domain/input-limits.js';
import { createActivityChange } from '../../app/activity-changes/create-activity-change.js';
import { moveChangeActivities } from '../../app/activity-changes/move-change-activities.js';
import { getActivityChange } from '../../app/activity-changes/get-activity-change.js';
import { getChangeConflicts } from '../../app/activity-changes/get-change-conflicts.js';
import { previewChangeDistribution } from '../../app/activity-changes/preview-change-distribution.js';
import { finishActivityChange } from '../../app/activity-changes/finish-activity-change.js';
import { cancelActivityChange } from '../../app/activity-changes/cancel-activity-change.js';
import { actorFor, parseDistribute } from './group.js';
import { parseMove, parseSet, parseWhere } from './activity-change-args.js';

type Flags = {
  where: string; set: string[]; moveStart?: string; moveEnd?: string; appendNotes?: string; distribute?: string; exclude?: string;
  conflicts?: string; timeZone?: string; as?: string; dryRun?: boolean; json?: boolean; db?: string;
};

const collect = (v: string, prev: string[]) => [...prev, v];

export function registerActivities(program: Command): void {
  const activities = program.command('activities').description('activities');
  activities.command('change')
    .description('change values of a selection of activities in one transaction (undo from the web app or the API)')
    .requiredOption('--where <selection>', '"responsible = Anna Lindqvist and done = no" or a selection JSON over activity fields')
    .option('--set <field=value>', 'a new value, e.g. responsible=Bo Ek, type=Besök, status=none, colour=#ff8800, employee=+Cia (repeatable)', collect, [])
    .option('--move-start <move>', 'move the start (and the end along) by +7d, -2h, +1d2h30m')
    .option('--move-end <move>', 'move the end (and the start along) by +7d, -2h …')
    .option('--append-notes <text>', 'append a line to the notes')
    .option('--distribute <spec>', 'share the responsible out: even:ID,ID | counts:ID=N,… | weighted:ID=W,… | ownManager:ID,ID')
    .option('--exclude <ids>', 'activity ids to leave out, comma-separated')
    .option('--conflicts <choice>', 'activities that would end before they start: shift | skip')
    .option('--time-zone <zone>', 'zone in which moving by days keeps the time of day (default Europe/Stockholm)')
    .option('--as <emailOrId>', 'the employee the change is made as (default: the administrator)')
    .option('--dry-run', 'print what would change and write nothing')
    .option('--json', 'print the outcome as JSON')
    .option('--db <url>', 'database: sqlite:PATH or postgres://… (env KONTAKTA_DB)')
    .action(async (flags: Flags) => {
      checkTexts(flags, ['options']);
      if (flags.conflicts && flags.conflicts !== 'shift' && flags.conflicts !== 'skip') throw validation('conflicts', 'use shift or skip');
      const exclude = flags.exclude ? flags.exclude.split(',').map((s) => {
        if (!/^\d+$/.test(s.trim())) throw validation('exclude', `"${s}" is not an id`);
        return Number(s);
      }) : [];
      const moves = [
        ...(flags.moveStart ? [{ field: 'startAt', moveBy: parseMove(flags.moveStart, 'move-start') }] : []),
        ...(flags.moveEnd ? [{ field: 'endAt', moveBy: parseMove(flags.moveEnd, 'move-end') }] : []),
      ];
      const distribution = flags.distribute ? parseDistribute(flags.distribute) : undefined;
      const config = loadConfig(flags);
      const opened = await openAndPrepare(config, (l) => console.error(l));
      const { store } = opened;
      let id: number | undefined;
      try {
        const actor = await actorFor(store, flags.as ?? config.adminEmail);
        const changes = [
          ...(await parseSet(store, flags.set)), ...moves,
          ...(flags.appendNotes ? [{ field: 'notes', append: flags.appendNotes }] : []),
          ...(distribution ? [{ field: 'responsibleId', distribution }] : []),
        ];
        if (!changes.length) throw validation('set', 'give at least one --set, --move-start, --move-end, --append-notes or --distribute');
        const selection = await parseWhere(store, flags.where);
        id = (await createActivityChange(store, systemClock, actor, {
          selection, changes, ...(flags.conflicts ? { conflicts: flags.conflicts as 'shift' | 'skip' } : {}),
          ...(flags.timeZone ? { timeZone: flags.timeZone } : {}),
        })).id;
        if (exclude.length) await moveChangeActivities(store, systemClock, actor, id, { to: 'excluded', activityIds: exclude });
        const view = await getActivityChange(store, actor, id);
        const conflicts = await getChangeConflicts(store, actor, id, { limit: 20 });
        const shares = distribution ? (await previewChangeDistribution(store, actor, id)).perEmployee : [];
        const out = { activityChangeId: id, counts: view.counts, changes: view.changes, conflicts: conflicts.total, distribution: shares };
        if (!flags.json) {
          const n = view.counts.included;
          console.log(`${n === 1 ? '1 activity' : `${n} activities`} to change (${view.counts.excluded} left out): ${view.changes.map((c) => c.field).join(', ')}`);
          for (const p of shares) console.log(`  ${p.name ?? p.employeeId}: ${p.count}`);
          if (conflicts.total) {
            console.log(`${conflicts.total} would end before they start${flags.conflicts ? ` (${flags.conflicts})` : ''}: numbers ${conflicts.items.map((r) => r.number).join(', ')}${conflicts.total > conflicts.items.length ? ' …' : ''}`);
          }
        }
        if (flags.dryRun) {
          await cancelActivityChange(store, systemClock, actor, id);
          console.log(flags.json ? JSON.stringify({ ...out, dryRun: true }, null, 2) : 'Dry run: nothing changed.');
          return;
        }
        const result = await finishActivityChange(store, systemClock, actor, id);
        if (flags.json) console.log(JSON.stringify({ ...out, result }, null, 2));
        else console.log(`Changed ${result.changed === 1 ? '1 activity' : `${result.changed} activities`}, skipped ${result.skipped} (change ${result.changeId}; undo: DELETE /api/activity-changes/${result.changeId}/changes)`);
      } catch (err) {
        if (id !== undefined) {
          const d = await store.activityChanges.get(id);
          if (d?.status === 'draft') await store.activityChanges.update(id, { status: 'cancelled' }, systemClock.now().toISOString());
        }
        throw err;
      } finally {
        await opened.database.close();
      }
    });
}
