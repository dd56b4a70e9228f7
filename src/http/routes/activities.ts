/**
 * /api/activities: list (filters, sort, keyset paging, ?expand=names), read, create, update
 * (PATCH, every field optional; `done: true` applies the company's done rules), duplicate and
 * delete (`?force=true` for a done activity of a finished group activity).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../../contract/register-common.js';
import { actorOf, auditedStore } from '../context.js';
import { ActivityInputSchema, ActivityListQuerySchema, ActivityPageSchema, ActivitySchema } from '../../contract/activity.js';
import { createActivity } from '../../app/activities/create-activity.js';
import { updateActivity } from '../../app/activities/update-activity.js';
import { deleteActivity } from '../../app/activities/delete-activity.js';
import { getActivity } from '../../app/activities/get-activity.js';
import { listActivities } from '../../app/activities/list-activities.js';
import { duplicateActivity } from '../../app/activities/duplicate-activity.js';
import { QueryFlag } from '../../contract/register-common.js';

const Params = IdParams;
const ReadQuery = z.strictObject({ expand: z.enum(['names']).optional() });
const DeleteQuery = z.strictObject({ force: QueryFlag.optional() });

export const activityRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store, clock } = app.deps;

  app.get('/api/activities', {
    schema: { tags: ['activities'], querystring: ActivityListQuerySchema, response: { 200: ActivityPageSchema } },
  }, async (req) => {
    actorOf(req);
    const { expand, ...q } = req.query;
    return listActivities(store, { ...q, expandNames: expand === 'names' });
  });

  app.get('/api/activities/:id', {
    schema: { tags: ['activities'], params: Params, querystring: ReadQuery, response: { 200: ActivitySchema } },
  }, async (req) => {
    actorOf(req);
    return getActivity(store, req.params.id, req.query.expand === 'names');
  });

  app.post('/api/activities', {
    schema: { tags: ['activities'], body: ActivityInputSchema, response: { 201: ActivitySchema } },
  }, async (req, reply) => {
    const actor = actorOf(req);
    reply.code(201);
    return createActivity(auditedStore(req), clock, actor.employeeId, req.body);
  });

  // Duplicate on the card: a copy under a new number (not done, not part of a group activity).
  app.post('/api/activities/:id/duplicate', {
    schema: { tags: ['activities'], params: Params, response: { 201: ActivitySchema } },
  }, async (req, reply) => {
    const actor = actorOf(req);
    reply.code(201);
    return duplicateActivity(auditedStore(req), clock, actor.employeeId, req.params.id);
  });

  app.patch('/api/activities/:id', {
    schema: { tags: ['activities'], params: Params, body: ActivityInputSchema, response: { 200: ActivitySchema } },
  }, async (req) => {
    actorOf(req);
    return updateActivity(auditedStore(req), clock, req.params.id, req.body);
  });

  app.delete('/api/activities/:id', {
    schema: { tags: ['activities'], params: Params, querystring: DeleteQuery, response: { 204: z.null() } },
  }, async (req, reply) => {
    actorOf(req);
    await deleteActivity(auditedStore(req), req.params.id, { force: req.query.force });
    return reply.code(204).send(null);
  });
};
