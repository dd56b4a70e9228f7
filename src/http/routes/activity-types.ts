/** /api/activity-types: read for every user, writes for administrators; DELETE 409 while in use. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ActivityTypeCreateSchema, ActivityTypeSchema, ActivityTypeUpdateSchema } from '../../contract/activity-types.js';
import { registerRoutes } from './register-routes.js';

export const activityTypeRoutes: FastifyPluginAsyncZod = async (app) => {
  registerRoutes(app, {
    path: '/api/activity-types', tag: 'activity types', what: 'activity type', pick: (s) => s.activityTypes,
    item: ActivityTypeSchema, create: ActivityTypeCreateSchema, update: ActivityTypeUpdateSchema,
    defaults: { list: 'calendar', color: null, defaultAlarmMinutes: null, defaultDurationMinutes: null, showTimeAs: 'busy', requiresResponsible: false, inactive: false },
    adminWrites: true,
  });
};
