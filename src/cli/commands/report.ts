/**
 * `kontakta report`: the check report or activity report of a group activity, or the activity
 * list, as PDF, CSV or HTML to a file or stdout — streamed, like the HTTP route.
 */
import fs from 'node:fs';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { openAndPrepare } from '../../main.js';
import { systemClock } from '../../app/ports/clock.js';
import type { Store } from '../../app/ports/store.js';
import type { Actor } from '../../domain/model/employee.js';
import { notFound, validation } from '../../domain/errors.js';
import { getContactsReportData } from '../../app/reports/get-contacts-report-data.js';
import { getActivityListReportData, getGroupActivitiesReportData } from '../../app/reports/get-activities-report-data.js';
import { buildActivitiesReport, buildContactsReport, DEFAULT_TIME_ZONE, showsCounts } from '../../reports/build.js';
import { renderReport, REPORT_FORMATS, type ReportFormat } from '../../reports/render.js';

type ReportFlags = {
  group?: string; kind: string; batch?: string; format: string; lang: string; tz?: string; out?: string; as?: string; db?: string;
};

async function actorFor(store: Store, ref: string): Promise<Actor> {
  const id = /^\d+$/.test(ref) ? Number(ref) : await store.employees.findIdByEmail(ref);
  const e = id === undefined ? undefined : await store.employees.get(id);
  if (!e || !e.active) throw notFound('employee', ref);
  return { employeeId: e.id, role: e.role, name: e.name };
}

export function registerReport(program: Command): void {
  program.command('report')
    .description('print a report: the check report (contacts) or activity report of a group, or the activity list')
    .option('--group <id>', 'the group activity')
    .option('--kind <kind>', 'contacts (before finish) | activities (after finish)', 'contacts')
    .option('--batch <id>', 'without --group: the activity list of this batch')
    .option('--format <format>', 'pdf | csv | html', 'pdf')
    .option('--lang <lang>', 'sv | en', 'sv')
    .option('--tz <zone>', 'time zone of dates', DEFAULT_TIME_ZONE)
    .option('--out <file>', 'write to this file (default: stdout)')
    .option('--as <emailOrId>', 'the employee the report is printed as (default: the administrator)')
    .option('--db <url>', 'database: sqlite:PATH or postgres://… (env KONTAKTA_DB)')
    .action(async (flags: ReportFlags) => {
      const format = flags.format as ReportFormat;
      if (!REPORT_FORMATS.includes(format)) throw validation('format', 'use pdf, csv or html');
      if (flags.lang !== 'sv' && flags.lang !== 'en') throw validation('lang', 'use sv or en');
      if (flags.kind !== 'contacts' && flags.kind !== 'activities') throw validation('kind', 'use contacts or activities');
      const groupId = flags.group ? Number(flags.group) : undefined;
      if (groupId !== undefined && !(Number.isInteger(groupId) && groupId > 0)) throw validation('group', 'a positive id');
      const config = loadConfig(flags);
      const opened = await openAndPrepare(config, (l) => console.error(l));
      try {
        const { store } = opened;
        const actor = await actorFor(store, flags.as ?? config.adminEmail);
        const opts = { counts: showsCounts(format) };
        const report = groupId === undefined
          ? buildActivitiesReport(await getActivityListReportData(store, systemClock, actor, { batchId: flags.batch ? Number(flags.batch) : undefined }, opts), flags.lang, flags.tz)
          : flags.kind === 'contacts'
            ? buildContactsReport(await getContactsReportData(store, systemClock, actor, groupId, opts), flags.lang, flags.tz)
            : buildActivitiesReport(await getGroupActivitiesReportData(store, systemClock, actor, groupId, opts), flags.lang, flags.tz);
        const out: Writable = flags.out ? fs.createWriteStream(flags.out) : process.stdout;
        await renderReport(format, report.model, report.rows, out);
        if (flags.out) { out.end(); await finished(out); }
        if (flags.out) console.error(`wrote ${flags.out}`);
      } finally {
        await opened.database.close();
      }
    });
}
