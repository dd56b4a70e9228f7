import type { Kysely } from 'kysely';
import type { DB } from '../schema.js';
import type { AuditRepository } from '../../app/ports/audit.js';

export function auditRepository(db: Kysely<DB>): AuditRepository {
  return {
    async record(e) {
      await db.insertInto('audit_log').values({
        at: e.at, employee_id: e.employeeId, action: e.action, entity: e.entity, entity_id: e.entityId,
        details: e.details ? JSON.stringify(e.details) : null,
      }).execute();
    },
    async list({ limit, afterId, entity, entityId }) {
      let q = db.selectFrom('audit_log as a').leftJoin('employees as e', 'e.id', 'a.employee_id')
        .selectAll('a').select('e.name as employee_name').orderBy('a.id', 'desc').limit(limit);
      if (afterId !== undefined) q = q.where('a.id', '<', afterId);
      if (entity !== undefined) q = q.where('a.entity', '=', entity);
      if (entityId !== undefined) q = q.where('a.entity_id', '=', entityId);
      const rows = await q.execute();
      return rows.map((r) => ({
        id: r.id, at: r.at, employeeId: r.employee_id, employeeName: r.employee_name, action: r.action, entity: r.entity, entityId: r.entity_id,
        details: r.details ? (JSON.parse(r.details) as Record<string, unknown>) : null,
      }));
    },
  };
}
