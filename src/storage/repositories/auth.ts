import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB, AuthTokenTable } from '../schema.js';
import type { AuthRepository, TokenInfo } from '../../app/ports/auth.js';
import { toEmployee } from './employee-row.js';
import { fold, sortKey } from '../../domain/text.js';

type TokenRow = Omit<Selectable<AuthTokenTable>, 'token_hash'> & { employee_name: string };

const toTokenInfo = (r: TokenRow): TokenInfo => ({
  id: r.id, kind: r.kind, employeeId: r.employee_id, employeeName: r.employee_name, name: r.name,
  createdAt: r.created_at, expiresAt: r.expires_at, lastUsedAt: r.last_used_at,
});

export function authRepository(db: Kysely<DB>): AuthRepository {
  const tokenInfos = () => db.selectFrom('auth_tokens as t').innerJoin('employees as e', 'e.id', 't.employee_id')
    .select(['t.id', 't.kind', 't.employee_id', 't.name', 't.created_at', 't.expires_at', 't.last_used_at', 'e.name as employee_name']);
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
      const r = await db.insertInto('auth_tokens').values({
        token_hash: t.tokenHash, kind: t.kind, employee_id: t.employeeId, name: t.name,
        created_at: t.now, expires_at: t.expiresAt, last_used_at: null,
      }).returning('id').executeTakeFirstOrThrow();
      return r.id;
    },
    async findTokenOwner(tokenHash, now, sessionIdleSince) {
      const r = await db.selectFrom('auth_tokens as t').innerJoin('employees as e', 'e.id', 't.employee_id')
        .selectAll('e').select(['t.id as token_id', 't.kind as token_kind', 't.last_used_at as token_last_used_at'])
        .where('t.token_hash', '=', tokenHash).where('e.active', '=', 1)
        .where((eb) => eb.or([eb('t.expires_at', 'is', null), eb('t.expires_at', '>', now)]))
        .where((eb) => eb.or([eb('t.kind', '<>', 'session'), eb(eb.fn.coalesce('t.last_used_at', 't.created_at'), '>=', sessionIdleSince)]))
        .executeTakeFirst();
      return r ? { employee: toEmployee(r), tokenId: r.token_id, kind: r.token_kind, lastUsedAt: r.token_last_used_at } : undefined;
    },
    async touchToken(tokenId, now, since) {
      await db.updateTable('auth_tokens').set({ last_used_at: now }).where('id', '=', tokenId)
        .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', since)])).execute();
    },
    async deleteToken(tokenHash) {
      const r = await db.deleteFrom('auth_tokens').where('token_hash', '=', tokenHash).returning('id').executeTakeFirst();
      return r?.id;
    },
    async listTokens({ employeeId, kind, afterId, limit }) {
      let q = tokenInfos();
      if (employeeId !== undefined) q = q.where('t.employee_id', '=', employeeId);
      if (kind) q = q.where('t.kind', '=', kind);
      if (afterId !== undefined) q = q.where('t.id', '>', afterId);
      return (await q.orderBy('t.id').limit(limit).execute()).map(toTokenInfo);
    },
    async getToken(id) {
      const r = await tokenInfos().where('t.id', '=', id).executeTakeFirst();
      return r ? toTokenInfo(r) : undefined;
    },
    async deleteTokenById(id) {
      const r = await db.deleteFrom('auth_tokens').where('id', '=', id).executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
    async deleteTokensOf(employeeId, keepTokenHash) {
      let q = db.deleteFrom('auth_tokens').where('employee_id', '=', employeeId);
      if (keepTokenHash) q = q.where('token_hash', '<>', keepTokenHash);
      const r = await q.executeTakeFirst();
      return Number(r.numDeletedRows);
    },
    async purgeExpiredTokens(now, sessionIdleSince) {
      await db.deleteFrom('auth_tokens').where((eb) => eb.or([
        eb('expires_at', '<=', now),
        eb.and([eb('kind', '=', 'session'), eb(eb.fn.coalesce('last_used_at', 'created_at'), '<', sessionIdleSince)]),
      ])).execute();
    },
  };
}
