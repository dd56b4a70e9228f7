/**
 * /api/group-activities: the wizard as a server-side draft (steps 1–4, 6), the step-7 card and
 * undo. Each handler parses input and calls one use case.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../../contract/register-common.js';
import { actorOf } from '../context.js';
import {
  CardPatchSchema, CardResultSchema, CreateGroupActivitySchema, DistributionPreviewSchema, FinishProgressSchema, FinishResultSchema,
  GroupActivityPageSchema, GroupActivitySchema, GroupContactPageSchema, GroupContactsQuerySchema, MoveResultSchema,
  MoveSchema, PatchGroupActivitySchema, UndoResultSchema,
} from '../../contract/group-activity.js';
import { createGroupActivity } from '../../app/group-activities/create-group-activity.js';
import { getGroupActivity } from '../../app/group-activities/get-group-activity.js';
import { listGroupActivities } from '../../app/group-activities/list-group-activities.js';
import { updateGroupActivity } from '../../app/group-activities/update-group-activity.js';
import { cancelGroupActivity } from '../../app/group-activities/cancel-group-activity.js';
import { listGroupContacts } from '../../app/group-activities/list-group-contacts.js';
import { moveGroupContacts } from '../../app/group-activities/move-group-contacts.js';
import { previewDistribution } from '../../app/group-activities/preview-distribution.js';
import { finishGroupActivity } from '../../app/group-activities/finish-group-activity.js';
import { getFinishProgress } from '../../app/group-activities/get-finish-progress.js';
import { updateGroupCard } from '../../app/group-activities/update-group-card.js';
import { undoGroupActivity } from '../../app/group-activities/undo-group-activity.js';
import { restartGroupActivity } from '../../app/group-activities/restart-group-activity.js';

const Params = IdParams;
const tags = ['group-activities'];

export const groupActivityRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store, clock } = app.deps;

  app.post('/api/group-activities', {
    schema: { tags, body: CreateGroupActivitySchema, response: { 201: GroupActivitySchema } },
  }, async (req, reply) => reply.code(201).send(await createGroupActivity(store, clock, actorOf(req), req.body)));

  app.get('/api/group-activities', {
    schema: {
      tags,
      querystring: z.object({ status: z.enum(['draft', 'finished', 'undone', 'cancelled']).optional(), limit: z.string().optional(), cursor: z.string().optional() }),
      response: { 200: GroupActivityPageSchema },
    },
  }, async (req) => listGroupActivities(store, actorOf(req), req.query));

  app.get('/api/group-activities/:id', {
    schema: { tags, params: Params, response: { 200: GroupActivitySchema } },
  }, async (req) => getGroupActivity(store, actorOf(req), req.params.id));

  app.patch('/api/group-activities/:id', {
    schema: { tags, params: Params, body: PatchGroupActivitySchema, response: { 200: GroupActivitySchema } },
  }, async (req) => updateGroupActivity(store, clock, actorOf(req), req.params.id, req.body));

  app.delete('/api/group-activities/:id', {
    schema: { tags, params: Params, response: { 200: GroupActivitySchema } },
  }, async (req) => cancelGroupActivity(store, clock, actorOf(req), req.params.id));

  app.get('/api/group-activities/:id/contacts', {
    schema: { tags, params: Params, querystring: GroupContactsQuerySchema, response: { 200: GroupContactPageSchema } },
  }, async (req) => listGroupContacts(store, actorOf(req), req.params.id, req.query));

  app.post('/api/group-activities/:id/moves', {
    schema: { tags, params: Params, body: MoveSchema, response: { 200: MoveResultSchema } },
  }, async (req) => moveGroupContacts(store, clock, actorOf(req), req.params.id, req.body));

  app.get('/api/group-activities/:id/distribution', {
    schema: {
      tags, params: Params,
      description: 'Previews step 4. Included contacts are ordered by postal code (empty last, byte order), then contact number; '
        + 'with ownManager each contact whose own account manager is listed goes to that manager first. The rest are handed out '
        + 'in contiguous runs in the list order of the distribution, so each employee gets one area. Finish numbers and assigns '
        + 'in exactly this order.',
      querystring: z.object({ limit: z.string().optional(), cursor: z.string().optional() }), response: { 200: DistributionPreviewSchema },
    },
  }, async (req) => previewDistribution(store, actorOf(req), req.params.id, req.query));

  app.post('/api/group-activities/:id/finish', {
    schema: {
      tags, params: Params,
      description: 'Creates the activities in one transaction. Finishing again, or retrying with the same Idempotency-Key, '
        + 'creates nothing and answers the first result.',
      headers: z.object({ 'idempotency-key': z.string().min(1).max(200).optional() }), response: { 200: FinishResultSchema },
    },
  }, async (req) => finishGroupActivity(store, clock, actorOf(req), req.params.id, { idempotencyKey: req.headers['idempotency-key'] }));

  app.get('/api/group-activities/:id/progress', {
    schema: {
      tags, params: Params,
      description: 'While a finish runs: status "finishing" with its phase (counting, planning, creating, saving), the number of '
        + 'activities being created and the time so far, answered without waiting for the database. Otherwise the status and result.',
      response: { 200: FinishProgressSchema },
    },
  }, async (req) => getFinishProgress(store, clock, actorOf(req), req.params.id));

  app.patch('/api/group-activities/:id/card', {
    schema: {
      tags, params: Params,
      description: 'Copies the changed fields to every activity of the batch. `updated` counts activities that got a new value; '
        + '`kept` counts activities where a sent field was left alone because it was edited by hand (unless overwriteEdited).',
      body: CardPatchSchema, response: { 200: CardResultSchema },
    },
  }, async (req) => updateGroupCard(store, clock, actorOf(req), req.params.id, req.body));

  app.delete('/api/group-activities/:id/activities', {
    schema: { tags, params: Params, querystring: z.object({ force: z.enum(['true', 'false']).optional() }), response: { 200: UndoResultSchema } },
  }, async (req) => undoGroupActivity(store, clock, actorOf(req), req.params.id, { force: req.query.force === 'true' }));

  app.post('/api/group-activities/:id/restart', {
    schema: { tags, params: Params, description: 'A new draft with the same mode, selection and moves.', response: { 201: GroupActivitySchema } },
  }, async (req, reply) => reply.code(201).send(await restartGroupActivity(store, clock, actorOf(req), req.params.id)));
};
