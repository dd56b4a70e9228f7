/** /api/resources: CRUD for every logged-in user; DELETE refused (409) once used by an activity. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ResourceCreateSchema, ResourceSchema, ResourceUpdateSchema } from '../../contract/resources.js';
import { registerRoutes } from './register-routes.js';

export const resourceRoutes: FastifyPluginAsyncZod = async (app) => {
  registerRoutes(app, {
    path: '/api/resources', tag: 'resources', what: 'resource', pick: (s) => s.resources,
    item: ResourceSchema, create: ResourceCreateSchema, update: ResourceUpdateSchema,
    defaults: { description: null, inactive: false }, adminWrites: false,
  });
};
