/**
 * Scheduling API: POST /api/scheduling/next-free, GET/PUT /api/scheduling/working-time,
 * GET /api/scheduling/non-working-days?year=, GET /api/group-activities/:id/schedule (the preview), GET/PUT /api/scheduling/employees/:id/hours.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../context.js';
import {
  EmployeeHoursSchema, EmployeeHoursUpdateSchema, NextFreeAnswerSchema, NextFreeRequestSchema, NonWorkingDaysSchema,
  SchedulePreviewSchema, WorkingTimeSchema, WorkingTimeUpdateSchema,
} from '../../contract/scheduling.js';
import { IdParams } from '../../contract/register-common.js';
import { findNextFree } from '../../app/scheduling/find-next-free.js';
import { previewGroupSchedule } from '../../app/scheduling/preview-group-schedule.js';
import {
  getEmployeeHours, getWorkingTime, listNonWorkingDays, setEmployeeHours, updateWorkingTime,
} from '../../app/scheduling/working-time-settings.js';

export const schedulingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store, clock } = app.deps;

  app.post('/api/scheduling/next-free', {
    schema: { tags: ['scheduling'], body: NextFreeRequestSchema, response: { 200: NextFreeAnswerSchema } },
  }, async (req) => {
    actorOf(req);
    return findNextFree(store, req.body);
  });

  app.get('/api/group-activities/:id/schedule', {
    schema: { tags: ['group activities'], params: IdParams, response: { 200: SchedulePreviewSchema } },
  }, async (req) => previewGroupSchedule(store, clock, actorOf(req), req.params.id));

  app.get('/api/scheduling/working-time', {
    schema: { tags: ['scheduling'], response: { 200: WorkingTimeSchema } },
  }, async (req) => {
    actorOf(req);
    return getWorkingTime(store);
  });

  app.put('/api/scheduling/working-time', {
    schema: { tags: ['scheduling'], body: WorkingTimeUpdateSchema, response: { 200: WorkingTimeSchema } },
  }, async (req) => updateWorkingTime(store, clock, actorOf(req), req.body));

  app.get('/api/scheduling/non-working-days', {
    schema: { tags: ['scheduling'], querystring: z.strictObject({ year: z.string().regex(/^\d{4}$/, 'expected a year such as 2027').transform(Number) }), response: { 200: NonWorkingDaysSchema } },
  }, async (req) => {
    actorOf(req);
    return { year: req.query.year, items: await listNonWorkingDays(store, req.query.year) };
  });

  app.get('/api/scheduling/employees/:id/hours', {
    schema: { tags: ['scheduling'], params: IdParams, response: { 200: EmployeeHoursSchema } },
  }, async (req) => {
    actorOf(req);
    return getEmployeeHours(store, req.params.id);
  });

  app.put('/api/scheduling/employees/:id/hours', {
    schema: { tags: ['scheduling'], params: IdParams, body: EmployeeHoursUpdateSchema, response: { 200: EmployeeHoursSchema } },
  }, async (req) => setEmployeeHours(store, clock, actorOf(req), req.params.id, req.body.hours));
};
