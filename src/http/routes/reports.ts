/**
 * Report downloads: the check report and the activity report of a group activity, and the
 * activity list report with the list's filters, as HTML print view, PDF or CSV. Headers and
 * counts (not for a CSV, which shows none) are read first (errors still answer JSON); then rows
 * stream from the database through the renderer into the response.
 */
import { PassThrough } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../context.js';
import { IdParams } from '../../contract/register-common.js';
import { pickLocale, type Locale } from '../../i18n/index.js';
import { ActivityListQuerySchema } from '../../contract/activity.js';
import { getContactsReportData } from '../../app/reports/get-contacts-report-data.js';
import { getActivityListReportData, getGroupActivitiesReportData } from '../../app/reports/get-activities-report-data.js';
import { buildActivitiesReport, buildContactsReport, DEFAULT_TIME_ZONE, showsCounts, type BuiltReport } from '../../reports/build.js';
import { CONTENT_TYPES, contentDisposition, renderReport, type ReportFormat } from '../../reports/render.js';
import { validation } from '../../domain/errors.js';

const common = {
  format: z.enum(['html', 'pdf', 'csv']).default('html'),
  lang: z.enum(['sv', 'en']).optional(),
  tz: z.string().max(64).optional(),
};

function localeOf(req: FastifyRequest, lang: Locale | undefined): Locale {
  return lang ?? pickLocale(req.headers['accept-language']);
}

function timeZoneOf(tz: string | undefined): string {
  if (!tz) return DEFAULT_TIME_ZONE;
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz;
  } catch {
    throw validation('tz', `unknown time zone "${tz}"`);
  }
}

function send(reply: FastifyReply, format: ReportFormat, report: BuiltReport) {
  const body = new PassThrough();
  renderReport(format, report.model, report.rows, body).then(
    () => body.end(),
    (err: unknown) => {
      reply.log.error({ err }, 'report rendering failed');
      body.destroy(err instanceof Error ? err : new Error(String(err)));
    },
  );
  return reply
    .header('content-type', CONTENT_TYPES[format])
    .header('content-disposition', contentDisposition(format, report.model.fileName))
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .send(body);
}

export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store, clock } = app.deps;

  app.get('/api/group-activities/:id/report', {
    schema: {
      tags: ['reports'],
      description: 'Check report (kind=contacts, before finish) or activity report (kind=activities, after finish) as html, pdf or csv.',
      params: IdParams,
      querystring: z.strictObject({ kind: z.enum(['contacts', 'activities']).default('contacts'), ...common }),
    },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const locale = localeOf(req, req.query.lang);
    const tz = timeZoneOf(req.query.tz);
    const opts = { counts: showsCounts(req.query.format) };
    const report = req.query.kind === 'contacts'
      ? buildContactsReport(await getContactsReportData(store, clock, actor, req.params.id, opts), locale, tz)
      : buildActivitiesReport(await getGroupActivitiesReportData(store, clock, actor, req.params.id, opts), locale, tz);
    return send(reply, req.query.format, report);
  });

  app.get('/api/activities/report', {
    schema: {
      tags: ['reports'],
      description: 'The activity list with the filters of GET /api/activities as html, pdf or csv.',
      querystring: ActivityListQuerySchema.extend(common),
    },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const { format, lang, tz, sort: _s, dir: _d, expand: _e, limit: _l, cursor: _c, ...filters } = req.query;
    const locale = localeOf(req, lang);
    const report = buildActivitiesReport(await getActivityListReportData(store, clock, actor, filters, { counts: showsCounts(format) }), locale, timeZoneOf(tz));
    return send(reply, format, report);
  });
};
