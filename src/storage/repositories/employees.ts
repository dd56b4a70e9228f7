/**
 * Kysely repository of the employee register (both databases). Sorted by name_key (Swedish
 * order in byte order); e-mail compared through kfold, matching the unique index.
 */
import { sql, type Kysely, type Updateable } from 'kysely';
import type { DB, EmployeeTable } from '../schema.js';
import type { EmployeeRepository, EmployeeValues } from '../../app/ports/employees.js';
import { toEmployee } from './employee-row.js';
import { fold, sortKey } from '../../domain/text.js';
import { prefixRange } from './prefix-range.js';

function toRow(v: Partial<EmployeeValues & { passwordHash: string }>): Updateable<EmployeeTable> {
  const r: Updateable<EmployeeTable> = {};
  if (v.name !== undefined) { r.name = v.name; r.name_key = sortKey(v.name); }
  if (v.initials !== undefined) r.initials = v.initials;
  if (v.email !== undefined) r.email = v.email;
  if (v.phone !== undefined) r.phone = v.phone;
  if (v.isAccountManager !== undefined) r.is_account_manager = v.isAccountManager ? 1 : 0;
  if (v.active !== undefined) r.active = v.active ? 1 : 0;
  if (v.role !== undefined) r.role = v.role;
  if (v.passwordHash !== undefined) r.password_hash = v.passwordHash;
  return r;
}

export function employeesRepository(db: Kysely<DB>): EmployeeRepository {
  return {
    async list({ q, isAccountManager, active, limit, after }) {
      let query = db.selectFrom('employees').selectAll().orderBy('name_key').orderBy('id').limit(limit);
      if (q) {
        const [lo, hi] = prefixRange(sortKey(q));
        const f = fold(q);
        query = query.where((eb) => eb.or([
          eb.and([eb('name_key', '>=', lo), eb('name_key', '<', hi)]),
          eb(sql`kfold(email)`, '=', f),
          eb(sql`kfold(initials)`, '=', f),
        ]));
      }
      if (isAccountManager !== undefined) query = query.where('is_account_manager', '=', isAccountManager ? 1 : 0);
      if (active !== undefined) query = query.where('active', '=', active ? 1 : 0);
      if (after) query = query.where((eb) => eb(eb.refTuple('name_key', 'id'), '>', eb.tuple(after[0], after[1])));
      return (await query.execute()).map(toEmployee);
    },
    async get(id) {
      const r = await db.selectFrom('employees').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toEmployee(r) : undefined;
    },
    async findIdByEmail(email) {
      const r = await db.selectFrom('employees').select('id').where(sql`kfold(email)`, '=', fold(email)).executeTakeFirst();
      return r?.id;
    },
    async create(v, now) {
      const r = await db.insertInto('employees').values({
        name: v.name, name_key: sortKey(v.name), initials: v.initials, email: v.email, phone: v.phone,
        is_account_manager: v.isAccountManager ? 1 : 0, active: v.active ? 1 : 0, role: v.role,
        password_hash: v.passwordHash, created_at: now, updated_at: now,
      }).returningAll().executeTakeFirstOrThrow();
      return toEmployee(r);
    },
    async update(id, v, now) {
      const r = await db.updateTable('employees').set({ ...toRow(v), updated_at: now }).where('id', '=', id)
        .returningAll().executeTakeFirst();
      return r ? toEmployee(r) : undefined;
    },
    async passwordHash(id) {
      const r = await db.selectFrom('employees').select('password_hash').where('id', '=', id).executeTakeFirst();
      return r ? r.password_hash : undefined;
    },
    async countActiveAdmins() {
      const r = await db.selectFrom('employees').select((eb) => eb.fn.countAll<number>().as('n'))
        .where('role', '=', 'admin').where('active', '=', 1).executeTakeFirstOrThrow();
      return Number(r.n);
    },
  };
}
