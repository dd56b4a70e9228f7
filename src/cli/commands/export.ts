/**
 * `kontakta export contacts|activities [filters] --format csv|xlsx > FILE`: the lists' export from
 * the command line, streamed to stdout (or --out) like the HTTP route.
 */
import fs from 'node:fs';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { openAndPrepare } from '../../main.js';
import { validation } from '../../domain/errors.js';
import { CONTACT_TYPES, type ContactType } from '../../domain/model/contact.js';
import { translate, type Locale } from '../../i18n/index.js';
import { exportContacts } from '../../app/exports/export-contacts.js';
import { exportActivities } from '../../app/exports/export-activities.js';
import { contactExportCells, contactExportColumns, type ContactExportLayout } from '../../spreadsheets/contact-export.js';
import { activityExportCells, activityExportColumns } from '../../spreadsheets/activity-export.js';
import { EXPORT_FORMATS, writeTable, type ExportFormat } from '../../spreadsheets/write-table.js';
import { DEFAULT_TIME_ZONE } from '../../reports/build.js';

type Flags = {
  format: string; lang: string; tz: string; out?: string; db?: string; layout: string;
  q?: string; city?: string; category?: string; accountManager?: string; type?: string; includeInactive?: boolean; sort?: string; dir?: string;
  from?: string; to?: string; status?: string; activityType?: string; responsible?: string; batch?: string; contact?: string; done?: string;
};

const positive = (v: string | undefined, field: string) => {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw validation(field, 'a positive id');
  return Number(v);
};
const idOrNone = (v: string | undefined, field: string) => (v === 'none' ? 'none' as const : positive(v, field));

export function registerExport(program: Command): void {
  program.command('export <list>')
    .description('export the contacts (with their persons) or the activities as CSV or .xlsx, with the lists\' filters')
    .option('--format <format>', 'csv | xlsx', 'csv')
    .option('--layout <layout>', 'contacts: person (one row per contact person) | contact (one row per contact)', 'person')
    .option('--lang <lang>', 'sv | en: headers, separator and decimal mark', 'sv')
    .option('--tz <zone>', 'time zone of dates', DEFAULT_TIME_ZONE)
    .option('--out <file>', 'write to this file (default: stdout)')
    .option('--q <text>', 'search text (name, number, city / subject)')
    .option('--city <city>', 'contacts: city')
    .option('--category <category>', 'contacts: category')
    .option('--account-manager <id>', 'contacts: account manager id')
    .option('--type <type>', 'contacts: customer | supplier | partner | private')
    .option('--include-inactive', 'contacts: also inactive ones')
    .option('--sort <sort>', 'contacts: name | number | city | postalCode; activities: startAt | number')
    .option('--dir <dir>', 'asc | desc')
    .option('--from <date>', 'activities: start from (YYYY-MM-DD)')
    .option('--to <date>', 'activities: start to (YYYY-MM-DD, the whole day)')
    .option('--status <id>', 'activities: status id')
    .option('--activity-type <id|none>', 'activities: activity type id')
    .option('--responsible <id|none>', 'activities: responsible employee id')
    .option('--batch <id>', 'activities: group activity batch')
    .option('--contact <id>', 'activities: linked contact id')
    .option('--done <yes|no>', 'activities: done or not')
    .option('--db <url>', 'database: sqlite:PATH or postgres://… (env KONTAKTA_DB)')
    .action(async (list: string, f: Flags) => {
      if (list !== 'contacts' && list !== 'activities') throw validation('list', 'use contacts or activities');
      if (!EXPORT_FORMATS.includes(f.format as ExportFormat)) throw validation('format', 'use csv or xlsx');
      if (f.lang !== 'sv' && f.lang !== 'en') throw validation('lang', 'use sv or en');
      if (f.layout !== 'person' && f.layout !== 'contact') throw validation('layout', 'use person or contact');
      if (f.type && !CONTACT_TYPES.includes(f.type as ContactType)) throw validation('type', 'use customer, supplier, partner or private');
      if (f.dir && f.dir !== 'asc' && f.dir !== 'desc') throw validation('dir', 'use asc or desc');
      if (f.done && !['yes', 'no', 'true', 'false'].includes(f.done)) throw validation('done', 'use yes or no');
      try { new Intl.DateTimeFormat('en', { timeZone: f.tz }); } catch { throw validation('tz', `unknown time zone "${f.tz}"`); }
      if (f.format === 'xlsx' && !f.out && process.stdout.isTTY) throw validation('out', 'an .xlsx file does not belong on a terminal: use --out FILE or > FILE');
      const locale = f.lang as Locale;
      const format = f.format as ExportFormat;
      const config = loadConfig({ db: f.db });
      const opened = await openAndPrepare(config, (l) => console.error(l));
      try {
        const { store } = opened;
        const out: Writable = f.out ? fs.createWriteStream(f.out) : process.stdout;
        if (list === 'contacts') {
          const sort = f.sort as 'name' | 'number' | 'city' | 'postalCode' | undefined;
          if (sort && !['name', 'number', 'city', 'postalCode'].includes(sort)) throw validation('sort', 'use name, number, city or postalCode');
          const rows = await exportContacts(store, {
            q: f.q, city: f.city, category: f.category, accountManagerId: positive(f.accountManager, 'account-manager'),
            type: f.type as ContactType | undefined, includeInactive: Boolean(f.includeInactive), sort, dir: f.dir as 'asc' | 'desc' | undefined,
          });
          const layout = f.layout as ContactExportLayout;
          await writeTable(format, contactExportColumns(layout, locale), contactExportCells(rows, layout, locale), out,
            { locale, timeZone: f.tz, sheetName: translate(locale, 'data.export.sheet.contacts') });
        } else {
          const sort = f.sort as 'startAt' | 'number' | undefined;
          if (sort && sort !== 'startAt' && sort !== 'number') throw validation('sort', 'use startAt or number');
          const rows = await exportActivities(store, {
            q: f.q, from: f.from, to: f.to, statusId: positive(f.status, 'status'), typeId: idOrNone(f.activityType, 'activity-type'),
            responsibleId: idOrNone(f.responsible, 'responsible'), batchId: positive(f.batch, 'batch'), contactId: positive(f.contact, 'contact'),
            done: f.done === undefined ? undefined : f.done === 'yes' || f.done === 'true', sort, dir: f.dir as 'asc' | 'desc' | undefined,
          });
          await writeTable(format, activityExportColumns(locale), activityExportCells(rows), out,
            { locale, timeZone: f.tz, sheetName: translate(locale, 'data.export.sheet.activities') });
        }
        if (f.out) { out.end(); await finished(out); console.error(`wrote ${f.out}`); }
      } finally {
        await opened.database.close();
      }
    });
}
