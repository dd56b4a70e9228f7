/**
 * Export of the contact list and the activity list, with the filters and sort the lists take, as
 * CSV or .xlsx: `GET /api/contacts/export` and `GET /api/activities/export`. The first page is
 * read before the answer starts (a bad filter answers 400 JSON); then rows stream from the
 * database through the writer into the response.
 */
import { PassThrough } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../context.js';
import { ContactListQuerySchema } from '../../contract/contacts.js';
import { ActivityListQuerySchema } from '../../contract/activity.js';
import { pickLocale, translate, type Locale } from '../../i18n/index.js';
import { validation } from '../../domain/errors.js';
import { exportContacts } from '../../app/exports/export-contacts.js';
import { exportActivities } from '../../app/exports/export-activities.js';
import { contactExportCells, contactExportColumns } from '../../spreadsheets/contact-export.js';
import { activityExportCells, activityExportColumns } from '../../spreadsheets/activity-export.js';
import { EXPORT_CONTENT_TYPES, EXPORT_FORMATS, writeTable, type ExportCell, type ExportColumn, type ExportFormat } from '../../spreadsheets/write-table.js';
import { DEFAULT_TIME_ZONE } from '../../reports/build.js';

const common = {
  format: z.enum(EXPORT_FORMATS).default('csv'),
  lang: z.enum(['sv', 'en']).optional(),
  tz: z.string().max(64).optional(),
};

const localeOf = (req: FastifyRequest, lang: Locale | undefined): Locale => lang ?? pickLocale(req.headers['accept-language']);

function timeZoneOf(tz: string | undefined): string {
  if (!tz) return DEFAULT_TIME_ZONE;
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz;
  } catch {
    throw validation('tz', `unknown time zone "${tz}"`);
  }
}

/** "kontakter-2026-12-01.xlsx" with a plain-ASCII fallback name. */
function disposition(base: string, format: ExportFormat): string {
  const full = `${base}-${new Date().toISOString().slice(0, 10)}.${format}`;
  const ascii = full.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(full)}`;
}

function send(reply: FastifyReply, format: ExportFormat, fileBase: string, columns: ExportColumn[], rows: AsyncIterable<ExportCell[]>,
  opts: { locale: Locale; timeZone: string; sheetName: string }) {
  const body = new PassThrough();
  writeTable(format, columns, rows, body, opts).then(
    () => body.end(),
    (err: unknown) => {
      reply.log.error({ err }, 'export failed');
      body.destroy(err instanceof Error ? err : new Error(String(err)));
    },
  );
  return reply.header('content-type', EXPORT_CONTENT_TYPES[format]).header('content-disposition', disposition(fileBase, format))
    .header('cache-control', 'no-store').header('x-content-type-options', 'nosniff').send(body);
}

export const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store } = app.deps;

  app.get('/api/contacts/export', {
    schema: {
      tags: ['contacts'],
      description: 'The contact list with the filters and sort of GET /api/contacts as CSV or .xlsx, with the contact persons: '
        + 'layout=person gives one row per person (the default), layout=contact one row per contact with its first two persons. '
        + 'The headers are the import\'s, so the file imports back.',
      querystring: ContactListQuerySchema.omit({ limit: true, cursor: true }).extend({ ...common, layout: z.enum(['person', 'contact']).default('person') }),
    },
  }, async (req, reply) => {
    actorOf(req);
    const { format, lang, tz, layout, ...filters } = req.query;
    const locale = localeOf(req, lang);
    const rows = await exportContacts(store, filters);
    return send(reply, format, translate(locale, 'data.export.fileName.contacts'), contactExportColumns(layout, locale),
      contactExportCells(rows, layout, locale), { locale, timeZone: timeZoneOf(tz), sheetName: translate(locale, 'data.export.sheet.contacts') });
  });

  app.get('/api/activities/export', {
    schema: {
      tags: ['activities'],
      description: 'The activity list with the filters and sort of GET /api/activities as CSV or .xlsx, one row per activity.',
      querystring: ActivityListQuerySchema.omit({ limit: true, cursor: true, expand: true }).extend(common),
    },
  }, async (req, reply) => {
    actorOf(req);
    const { format, lang, tz, ...filters } = req.query;
    const locale = localeOf(req, lang);
    const timeZone = timeZoneOf(tz);
    const rows = await exportActivities(store, filters);
    return send(reply, format, translate(locale, 'data.export.fileName.activities'), activityExportColumns(locale),
      activityExportCells(rows), { locale, timeZone, sheetName: translate(locale, 'data.export.sheet.activities') });
  });
};
