/** /api/statuses: read for every user, writes for administrators; DELETE 409 while in use. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { StatusCreateSchema, StatusSchema, StatusUpdateSchema } from '../../contract/statuses.js';
import { registerRoutes } from './register-routes.js';

export const statusRoutes: FastifyPluginAsyncZod = async (app) => {
  registerRoutes(app, {
    path: '/api/statuses', tag: 'statuses', what: 'status', pick: (s) => s.statuses,
    item: StatusSchema, create: StatusCreateSchema, update: StatusUpdateSchema,
    defaults: { isDone: false, inactive: false }, adminWrites: true,
  });
};
