import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAdmin } from '../context.js';
import { clampLimit, decodeCursor, encodeCursor } from '../../app/paging.js';

const AuditEntrySchema = z.object({
  id: z.number(), at: z.string(), employeeId: z.number().nullable(), action: z.string(), entity: z.string(),
  entityId: z.string().nullable(), details: z.record(z.string(), z.unknown()).nullable(),
});

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/audit', {
    schema: {
      tags: ['audit'],
      querystring: z.object({ limit: z.string().optional(), cursor: z.string().optional() }),
      response: { 200: z.object({ items: z.array(AuditEntrySchema), nextCursor: z.string().nullable() }) },
    },
  }, async (req) => {
    requireAdmin(req);
    const limit = clampLimit(req.query.limit);
    const after = decodeCursor(req.query.cursor, ['int'])?.[0] as number | undefined;
    const rows = await app.deps.store.audit.list({ limit: limit + 1, afterId: after });
    const more = rows.length > limit;
    const items = more ? rows.slice(0, limit) : rows;
    return { items, nextCursor: more ? encodeCursor([items[items.length - 1]!.id]) : null };
  });
};
