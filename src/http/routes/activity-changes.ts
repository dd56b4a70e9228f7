/**
 * /api/activity-changes: the change-values wizard (issue 13) as a server-side draft, its step-3
 * ticks, the distribution and conflict previews, the one-transaction finish and undo.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../../contract/register-common.js';
import { actorOf } from '../context.js';
import {
  ActivityChangeSchema, ChangeActivitiesQuerySchema, ChangeActivityPageSchema, ChangeConflictsSchema, ChangeDistributionSchema,
  ChangeMoveResultSchema, ChangeMoveSchema, CreateActivityChangeSchema, FinishChangeResultSchema, OpenChangesSchema, PatchActivityChangeSchema,
  UndoChangeResultSchema,
} from '../../contract/activity-change.js';
import { createActivityChange } from '../../app/activity-changes/create-activity-change.js';
import { getActivityChange } from '../../app/activity-changes/get-activity-change.js';
import { listOpenActivityChanges } from '../../app/activity-changes/list-open-activity-changes.js';
import { updateActivityChange } from '../../app/activity-changes/update-activity-change.js';
import { cancelActivityChange } from '../../app/activity-changes/cancel-activity-change.js';
import { listChangeActivities } from '../../app/activity-changes/list-change-activities.js';
import { moveChangeActivities } from '../../app/activity-changes/move-change-activities.js';
import { previewChangeDistribution } from '../../app/activity-changes/preview-change-distribution.js';
import { getChangeConflicts } from '../../app/activity-changes/get-change-conflicts.js';
import { finishActivityChange } from '../../app/activity-changes/finish-activity-change.js';
import { undoActivityChange } from '../../app/activity-changes/undo-activity-change.js';
import { getChangeReport } from '../../app/activity-changes/get-change-report.js';
import { changeReportLines, changeReportModel } from '../../reports/change-values-report.js';
import { DEFAULT_TIME_ZONE } from '../../reports/build.js';
import { CONTENT_TYPES, contentDisposition, renderReport } from '../../reports/render.js';
import { isTimeZone } from '../../domain/activity-change/time-zone.js';
import { validation } from '../../domain/errors.js';
import { pickLocale } from '../../i18n/index.js';
import { PassThrough } from 'node:stream';

const Params = IdParams;
const tags = ['activity-changes'];

export const activityChangeRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store, clock } = app.deps;

  app.post('/api/activity-changes', {
    schema: { tags, body: CreateActivityChangeSchema, response: { 201: ActivityChangeSchema } },
  }, async (req, reply) => reply.code(201).send(await createActivityChange(store, clock, actorOf(req), req.body)));

  app.get('/api/activity-changes', {
    schema: { tags, description: 'The caller\'s open drafts (at most 20), the last touched first: "continue where you left off".', response: { 200: OpenChangesSchema } },
  }, async (req) => listOpenActivityChanges(store, actorOf(req)));

  app.get('/api/activity-changes/:id', {
    schema: { tags, params: Params, response: { 200: ActivityChangeSchema } },
  }, async (req) => getActivityChange(store, actorOf(req), req.params.id));

  app.patch('/api/activity-changes/:id', {
    schema: { tags, params: Params, body: PatchActivityChangeSchema, response: { 200: ActivityChangeSchema } },
  }, async (req) => updateActivityChange(store, clock, actorOf(req), req.params.id, req.body));

  app.delete('/api/activity-changes/:id', {
    schema: { tags, params: Params, response: { 200: ActivityChangeSchema } },
  }, async (req) => cancelActivityChange(store, clock, actorOf(req), req.params.id));

  app.get('/api/activity-changes/:id/activities', {
    schema: { tags, params: Params, querystring: ChangeActivitiesQuerySchema, response: { 200: ChangeActivityPageSchema } },
  }, async (req) => listChangeActivities(store, actorOf(req), req.params.id, req.query));

  app.post('/api/activity-changes/:id/moves', {
    schema: { tags, params: Params, body: ChangeMoveSchema, response: { 200: ChangeMoveResultSchema } },
  }, async (req) => moveChangeActivities(store, clock, actorOf(req), req.params.id, req.body));

  app.get('/api/activity-changes/:id/distribution', {
    schema: {
      tags, params: Params,
      description: 'How many activities each account manager gets; activities are ordered by start (empty last), then number, '
        + 'and handed out in contiguous runs in the list order of the distribution (ownManager: the first linked contact\'s manager first).',
      response: { 200: ChangeDistributionSchema },
    },
  }, async (req) => previewChangeDistribution(store, actorOf(req), req.params.id));

  app.get('/api/activity-changes/:id/conflicts', {
    schema: { tags, params: Params, querystring: z.object({ limit: z.string().optional() }), response: { 200: ChangeConflictsSchema } },
  }, async (req) => getChangeConflicts(store, actorOf(req), req.params.id, req.query));

  app.post('/api/activity-changes/:id/finish', {
    schema: {
      tags, params: Params,
      description: 'Applies every change in one transaction. Finishing again answers the first result and changes nothing. '
        + 'Refused with 409 (field "conflicts") while activities would end before they start and no choice was made.',
      response: { 200: FinishChangeResultSchema },
    },
  }, async (req) => finishActivityChange(store, clock, actorOf(req), req.params.id));

  app.get('/api/activity-changes/:id/report', {
    schema: {
      tags, params: Params,
      description: 'kind=before: the activities with the old values of the chosen fields (before or after finish); kind=after: the new values (after finish).',
      querystring: z.object({
        kind: z.enum(['before', 'after']), format: z.enum(['html', 'pdf', 'csv']).default('html'),
        lang: z.enum(['sv', 'en']).optional(), tz: z.string().max(64).optional(),
      }),
    },
  }, async (req, reply) => {
    const tz = req.query.tz ?? DEFAULT_TIME_ZONE;
    if (!isTimeZone(tz)) throw validation('tz', `unknown time zone "${tz}"`);
    const locale = req.query.lang ?? pickLocale(req.headers['accept-language']);
    const d = await getChangeReport(store, clock, actorOf(req), req.params.id, req.query.kind);
    const header = { ...d, locale, timeZone: tz };
    const model = changeReportModel(header);
    const body = new PassThrough();
    renderReport(req.query.format, model, changeReportLines(header, d.names)(d.rows), body).then(
      () => body.end(),
      (err: unknown) => { reply.log.error({ err }, 'report rendering failed'); body.destroy(err instanceof Error ? err : new Error(String(err))); },
    );
    return reply.header('content-type', CONTENT_TYPES[req.query.format])
      .header('content-disposition', contentDisposition(req.query.format, model.fileName))
      .header('cache-control', 'no-store').send(body);
  });

  app.delete('/api/activity-changes/:id/changes', {
    schema: { tags, params: Params, description: 'Undo: restores the old values where nobody edited the field since (those are kept).', response: { 200: UndoChangeResultSchema } },
  }, async (req) => undoActivityChange(store, clock, actorOf(req), req.params.id));
};
