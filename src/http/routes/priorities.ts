/** /api/priorities: listed by rank; read for every user, writes for administrators; DELETE 409 while in use. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PriorityCreateSchema, PrioritySchema, PriorityUpdateSchema } from '../../contract/priorities.js';
import { sortKey } from '../../domain/text.js';
import { registerRoutes } from './register-routes.js';

export const priorityRoutes: FastifyPluginAsyncZod = async (app) => {
  registerRoutes(app, {
    path: '/api/priorities', tag: 'priorities', what: 'priority', pick: (s) => s.priorities,
    item: PrioritySchema, create: PriorityCreateSchema, update: PriorityUpdateSchema,
    defaults: { rank: 0, inactive: false }, adminWrites: true,
    order: { key: (p) => [p.rank, sortKey(p.name), p.id], shape: ['int', 'string', 'int'] },
  });
};
