/**
 * `kontakta calendar --employee EMAIL [--from] [--to]`: a readable agenda of one employee's
 * calendar, day by day in the company's time zone; `kontakta tasks --employee EMAIL [--filter]`:
 * their task list. Both read through the same use cases as GET /api/calendar and /api/tasks.
 */
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { openAndPrepare } from '../../main.js';
import type { Store } from '../../app/ports/store.js';
import { notFound, validation } from '../../domain/errors.js';
import { listCalendar, MAX_CALENDAR_DAYS } from '../../app/calendar/list-calendar.js';
import { listTasks } from '../../app/calendar/list-tasks.js';
import { getSettings } from '../../app/settings/get-settings.js';
import { isoWeek } from '../../domain/calendar/weeks.js';
import { addDays, localDateOf, localTimeOf, parseInstant, zonedToUtc } from '../../domain/time/zoned-time.js';
import { translate, type Locale } from '../../i18n/index.js';
import type { TaskFilter } from '../../domain/model/user-settings.js';

type Flags = { employee: string; from?: string; to?: string; filter?: string; lang: string; db?: string };

async function employeeId(store: Store, ref: string): Promise<number> {
  const id = /^\d+$/.test(ref) ? Number(ref) : await store.employees.findIdByEmail(ref);
  if (id === undefined || !(await store.employees.get(id))) throw notFound('employee', ref);
  return id;
}

/** YYYY-MM-DD (midnight in the zone) or an ISO timestamp. */
function parseWhen(value: string, zone: string, field: string): number {
  const t = parseInstant(value, zone);
  if (t === null) throw validation(field, `expected a date such as 2026-12-07, got "${value}"`);
  return t;
}

function locale(lang: string): Locale {
  if (lang !== 'sv' && lang !== 'en') throw validation('lang', 'use sv or en');
  return lang;
}

async function withStore<T>(flags: Flags, fn: (store: Store) => Promise<T>): Promise<T> {
  const opened = await openAndPrepare(loadConfig(flags), (l) => console.error(l));
  try { return await fn(opened.store); } finally { await opened.database.close(); }
}

export function registerCalendar(program: Command): void {
  program.command('calendar')
    .description("print an employee's calendar as an agenda (default: today and the next 6 days)")
    .requiredOption('--employee <emailOrId>', 'whose calendar')
    .option('--from <date>', 'first day (YYYY-MM-DD) or an ISO timestamp (default: today)')
    .option('--to <date>', 'day after the last (exclusive; default: from + 7 days)')
    .option('--lang <lang>', 'sv | en', 'sv')
    .option('--db <url>', 'database: sqlite:PATH or postgres://… (env KONTAKTA_DB)')
    .action(async (flags: Flags) => {
      const lang = locale(flags.lang);
      await withStore(flags, async (store) => {
        const id = await employeeId(store, flags.employee);
        const zone = (await getSettings(store)).timeZone;
        const from = flags.from ? parseWhen(flags.from, zone, 'from') : zonedToUtc(zone, localDateOf(zone, Date.now()), 0);
        const to = flags.to ? parseWhen(flags.to, zone, 'to') : zonedToUtc(zone, addDays(localDateOf(zone, from), 7), 0);
        if ((to - from) / 86_400_000 > MAX_CALENDAR_DAYS) throw validation('to', `at most ${MAX_CALENDAR_DAYS} days at a time`);
        const items = await listCalendar(store, { employeeId: id, isAdmin: true }, { from: new Date(from).toISOString(), to: new Date(to).toISOString(), employeeIds: [id] });
        const dayName = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
        const time = (iso: string) => localTimeOf(zone, Date.parse(iso));
        const lines: string[] = [];
        let week = -1;
        for (let date = localDateOf(zone, from); zonedToUtc(zone, date, 0) < to; date = addDays(date, 1)) {
          const start = zonedToUtc(zone, date, 0);
          const end = zonedToUtc(zone, date, 1440);
          const [y, m, d] = date.split('-').map(Number) as [number, number, number];
          const today = items.filter((i) => {
            const s = Date.parse(i.startAt);
            const e = i.endAt ? Date.parse(i.endAt) : s;
            return s < end && (e > start || s >= start);
          });
          const w = isoWeek({ y, m, d }).week;
          if (w !== week) { week = w; lines.push('', translate(lang, 'cal.week', { week: w }).toUpperCase()); }
          lines.push(`  ${dayName.format(new Date(`${date}T12:00:00Z`))}`);
          if (!today.length) { lines.push('    –'); continue; }
          for (const i of today) {
            const when = i.allDay ? translate(lang, 'cal.allDay') : `${time(i.startAt)}–${i.endAt ? time(i.endAt) : ''}`;
            const what = [i.typeName && i.subject && i.typeName !== i.subject ? `${i.typeName}: ${i.subject}` : i.subject ?? i.typeName ?? `#${i.number}`,
              i.contacts.map((c) => c.name).join(', ')].filter(Boolean).join(' – ');
            lines.push(`    ${when.padEnd(12)} ${what}${i.done ? ` (${translate(lang, 'cal.done').toLowerCase()})` : ''}  #${i.number}`);
          }
        }
        console.log(lines.join('\n').replace(/^\n/, ''));
      });
    });

  program.command('tasks')
    .description("print an employee's task list (open by default)")
    .requiredOption('--employee <emailOrId>', 'whose task list')
    .option('--filter <filter>', 'open | done | all', 'open')
    .option('--lang <lang>', 'sv | en', 'sv')
    .option('--db <url>', 'database: sqlite:PATH or postgres://… (env KONTAKTA_DB)')
    .action(async (flags: Flags) => {
      const lang = locale(flags.lang);
      if (!['open', 'done', 'all'].includes(flags.filter ?? '')) throw validation('filter', 'use open, done or all');
      await withStore(flags, async (store) => {
        const id = await employeeId(store, flags.employee);
        const zone = (await getSettings(store)).timeZone;
        const list = await listTasks(store, new Date().toISOString(), { employeeId: id, filter: flags.filter as TaskFilter });
        if (!list.items.length) { console.log(translate(lang, `tasks.none.${flags.filter as TaskFilter}`)); return; }
        for (const t of list.items) {
          const when = t.startAt ? `${localDateOf(zone, Date.parse(t.startAt))} ${localTimeOf(zone, Date.parse(t.startAt))}` : translate(lang, 'tasks.undated').padEnd(16);
          const what = [t.subject ?? t.typeName ?? `#${t.number}`, t.contacts.map((c) => c.name).join(', ')].filter(Boolean).join(' – ');
          const flagsText = [t.overdue ? translate(lang, 'tasks.overdue').toLowerCase() : '', t.priorityName ?? ''].filter(Boolean).join(', ');
          console.log(`${t.done ? '[x]' : '[ ]'} ${when}  ${what}${flagsText ? `  (${flagsText})` : ''}  #${t.number}`);
        }
        if (list.more) console.log(translate(lang, 'tasks.more', { n: list.items.length }));
      });
    });
}
