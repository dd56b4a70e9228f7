/**
 * Every API area registers here, one plugin per area (routes/<area>.ts).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditRoutes } from './audit.js';

export const apiRoutes: FastifyPluginAsyncZod[] = [
  auditRoutes,
];
