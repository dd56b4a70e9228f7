import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAdmin } from '../context.js';
import { clampLimit, decodeCursor, encodeCursor } from '../../app/paging.js';

const AuditEntrySchema = z.object({
  id: z.number(), at: z.string(), employeeId: z.number().nullable(), employeeName: z.string().nullable(), action: z.string(), entity: z.string(),
  entityId: z.string().nullable(), details: z.record(z.string(), z.unknown()).nullable(),
});

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/audit', {
    schema: {
      tags: ['audit'],
      description: 'The audit log, newest first (administrators). Register edits carry `details.changes`: each changed field '
        + 'with its `old` and `new` value. `entity` and `entityId` narrow it to one kind of record or one record\'s history.',
      querystring: z.object({
        limit: z.string().optional(), cursor: z.string().optional(),
        entity: z.string().max(100).optional(), entityId: z.string().max(100).optional(),
      }),
      response: { 200: z.object({ items: z.array(AuditEntrySchema), nextCursor: z.string().nullable() }) },
    },
  }, async (req) => {
    requireAdmin(req);
    const limit = clampLimit(req.query.limit);
    const after = decodeCursor(req.query.cursor, ['int'])?.[0] as number | undefined;
    const { entity, entityId } = req.query;
    const rows = await app.deps.store.audit.list({ limit: limit + 1, afterId: after, entity, entityId });
    const more = rows.length > limit;
    const items = (more ? rows.slice(0, limit) : rows).map((r) => ({ ...r, employeeName: r.employeeName ?? null }));
    return { items, nextCursor: more ? encodeCursor([items[items.length - 1]!.id]) : null };
  });
};
