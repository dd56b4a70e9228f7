import { sql, type Kysely } from 'kysely';
import type { DB } from '../schema.js';
import type { AuthRepository } from '../../app/ports/auth.js';
import { toEmployee } from './employee-row.js';
import { fold, sortKey } from '../../domain/text.js';

export function authRepository(db: Kysely<DB>): AuthRepository {
  return {
    async findCredentialsByEmail(email) {
      const r = await db.selectFrom('employees').selectAll().where(sql`kfold(email)`, '=', fold(email)).executeTakeFirst();
      return r ? { employee: toEmployee(r), passwordHash: r.password_hash } : undefined;
    },
    async countAdmins() {
      const r = await db.selectFrom('employees').select((eb) => eb.fn.countAll<number>().as('n'))
        .where('role', '=', 'admin').where('active', '=', 1).executeTakeFirstOrThrow();
      return Number(r.n);
    },
    async createUser({ name, email, role, passwordHash, now }) {
      const r = await db.insertInto('employees').values({
        name, name_key: sortKey(name), email, role, password_hash: passwordHash, initials: null, phone: null,
        is_account_manager: 0, active: 1, created_at: now, updated_at: now,
      }).returningAll().executeTakeFirstOrThrow();
      return toEmployee(r);
    },
    async setPassword(employeeId, passwordHash, now) {
      await db.updateTable('employees').set({ password_hash: passwordHash, updated_at: now }).where('id', '=', employeeId).execute();
    },
    async insertToken(t) {
      await db.insertInto('auth_tokens').values({
        token_hash: t.tokenHash, kind: t.kind, employee_id: t.employeeId, name: t.name,
        created_at: t.now, expires_at: t.expiresAt, last_used_at: null,
      }).execute();
    },
    async findTokenOwner(tokenHash, now) {
      const r = await db.selectFrom('auth_tokens as t').innerJoin('employees as e', 'e.id', 't.employee_id')
        .selectAll('e').where('t.token_hash', '=', tokenHash).where('e.active', '=', 1)
        .where((eb) => eb.or([eb('t.expires_at', 'is', null), eb('t.expires_at', '>', now)]))
        .executeTakeFirst();
      return r ? toEmployee(r) : undefined;
    },
    async deleteToken(tokenHash) {
      await db.deleteFrom('auth_tokens').where('token_hash', '=', tokenHash).execute();
    },
  };
}
