/**
 * Calendar API: GET /api/calendar (an interval of employees and resources; the caller's own by
 * default), GET /api/tasks and POST /api/tasks/done (the task list), GET/PATCH /api/me/settings,
 * calendar feeds (create, list, revoke; the public .ics by secret) and one activity as .ics.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorOf } from '../context.js';
import {
  CalendarAnswerSchema, CalendarQuerySchema, FeedCreateSchema, FeedCreatedSchema, FeedSchema, MarkDoneSchema,
  TaskAnswerSchema, TaskQuerySchema, UserSettingsSchema, UserSettingsUpdateSchema,
} from '../../contract/calendar.js';
import { ActivitySchema } from '../../contract/activity.js';
import { listCalendar } from '../../app/calendar/list-calendar.js';
import { getActivityCalendarItem } from '../../app/calendar/get-activity-calendar-item.js';
import { listTasks } from '../../app/calendar/list-tasks.js';
import { markActivitiesDone } from '../../app/calendar/mark-activities-done.js';
import { getUserSettings, updateUserSettings } from '../../app/calendar/user-settings.js';
import { createCalendarFeed, listCalendarFeeds, readCalendarFeed, revokeCalendarFeed } from '../../app/calendar/calendar-feeds.js';
import { getSettings } from '../../app/settings/get-settings.js';
import type { TaskFilter, UserSettings } from '../../domain/model/user-settings.js';
import { renderIcal } from '../../reports/ical.js';

/** The server's address as users reach it: the company's public URL, else the request's host. */
function baseUrlOf(req: FastifyRequest, publicUrl: string | null): string {
  if (publicUrl) return publicUrl;
  const proto = (req.headers['x-forwarded-proto'] as string | undefined)?.split(',')[0]?.trim() || req.protocol;
  return `${proto}://${req.headers['x-forwarded-host'] ?? req.headers.host ?? req.hostname}`;
}

const hostOf = (url: string) => new URL(url).hostname || 'kontakta';

export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store, clock } = app.deps;

  app.get('/api/calendar', {
    schema: { tags: ['calendar'], querystring: CalendarQuerySchema, response: { 200: CalendarAnswerSchema } },
  }, async (req) => {
    const actor = actorOf(req);
    const items = await listCalendar(store, { employeeId: actor.employeeId, isAdmin: actor.role === 'admin' }, req.query);
    return { items };
  });

  app.get('/api/tasks', {
    schema: { tags: ['calendar'], querystring: TaskQuerySchema, response: { 200: TaskAnswerSchema } },
  }, async (req) => {
    const actor = actorOf(req);
    const filter = (req.query.filter ?? (await getUserSettings(store, actor.employeeId)).taskFilter) as TaskFilter;
    return listTasks(store, clock.now().toISOString(), { employeeId: req.query.employeeId ?? actor.employeeId, filter, limit: req.query.limit });
  });

  app.post('/api/tasks/done', {
    schema: { tags: ['calendar'], body: MarkDoneSchema, response: { 200: z.object({ items: z.array(ActivitySchema) }) } },
  }, async (req) => {
    actorOf(req);
    return { items: await markActivitiesDone(store, clock, req.body.ids, req.body.done ?? true) };
  });

  app.get('/api/me/settings', {
    schema: { tags: ['calendar'], response: { 200: UserSettingsSchema } },
  }, async (req) => getUserSettings(store, actorOf(req).employeeId));

  app.patch('/api/me/settings', {
    schema: { tags: ['calendar'], body: UserSettingsUpdateSchema, response: { 200: UserSettingsSchema } },
  }, async (req) => updateUserSettings(store, clock, actorOf(req).employeeId, req.body as Partial<UserSettings>));

  app.get('/api/calendar/feeds', {
    schema: { tags: ['calendar'], response: { 200: z.object({ items: z.array(FeedSchema) }) } },
  }, async (req) => {
    const feeds = await listCalendarFeeds(store, actorOf(req).employeeId);
    return { items: feeds.map(({ employeeId: _e, ...f }) => f) };
  });

  app.post('/api/calendar/feeds', {
    schema: { tags: ['calendar'], body: FeedCreateSchema, response: { 201: FeedCreatedSchema } },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const { feed, secret } = await createCalendarFeed(store, clock, actor.employeeId, req.body.name ?? null);
    const base = baseUrlOf(req, (await getSettings(store)).publicUrl);
    reply.code(201);
    const { employeeId: _e, ...rest } = feed;
    return { ...rest, url: `${base}/api/calendar/feed/${secret}.ics` };
  });

  app.delete('/api/calendar/feeds/:id', {
    schema: { tags: ['calendar'], params: z.object({ id: z.coerce.number().int().positive() }), response: { 204: z.null() } },
  }, async (req, reply) => {
    await revokeCalendarFeed(store, actorOf(req).employeeId, req.params.id);
    return reply.code(204).send(null);
  });

  // Public: the secret is the key. Answers text/calendar, never JSON.
  app.get('/api/calendar/feed/:file', {
    schema: { tags: ['calendar'], params: z.object({ file: z.string().max(120) }) },
  }, async (req, reply) => {
    const secret = req.params.file.replace(/\.ics$/, '');
    const { ownerName, items } = await readCalendarFeed(store, clock, secret);
    const settings = await getSettings(store);
    const base = baseUrlOf(req, settings.publicUrl);
    const body = renderIcal(items, {
      name: ownerName ? `${settings.companyName} – ${ownerName}` : settings.companyName, timeZone: settings.timeZone, uidDomain: hostOf(base), appUrl: base,
    });
    return reply.header('cache-control', 'private, max-age=300').type('text/calendar; charset=utf-8').send(body);
  });

  app.get('/api/activities/:id/ics', {
    schema: { tags: ['calendar'], params: z.object({ id: z.coerce.number().int().positive() }) },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const item = await getActivityCalendarItem(store, { employeeId: actor.employeeId, isAdmin: actor.role === 'admin' }, req.params.id);
    const settings = await getSettings(store);
    const base = baseUrlOf(req, settings.publicUrl);
    const body = renderIcal([item], {
      name: settings.companyName, timeZone: settings.timeZone, uidDomain: hostOf(base), appUrl: base, method: 'publish',
    });
    return reply.header('content-disposition', `attachment; filename="activity-${item.number}.ics"`)
      .type('text/calendar; charset=utf-8').send(body);
  });
};
