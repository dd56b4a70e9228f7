/**
 * Failed-login counters. Counting is one INSERT … ON CONFLICT DO UPDATE … WHERE not locked
 * RETURNING on both databases: concurrent attempts (several processes on one PostgreSQL, or
 * parallel requests) each get their own count, and a locked key counts nothing.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../schema.js';
import type { LoginThrottleRepository } from '../../app/ports/login-throttle.js';

/** `CASE <count> WHEN 1 THEN … ELSE <last> END`: the lock end for the new count. */
function lockFor(count: RawBuilder<number>, lockByCount: Array<string | null>): RawBuilder<string | null> {
  const last = lockByCount[lockByCount.length - 1] ?? null;
  const whens = lockByCount.slice(0, -1).map((v, i) => sql`when ${i + 1} then ${v}`);
  return sql<string | null>`(case ${count} ${sql.join(whens, sql` `)} else ${last} end)`;
}

export function loginThrottleRepository(db: Kysely<DB>): LoginThrottleRepository {
  return {
    async registerAttempt(key, { now, forgetBefore, lockByCount }) {
      const newCount = sql<number>`(case when coalesce(login_throttle.locked_until, login_throttle.last_failure_at) < ${forgetBefore}
        then 1 else login_throttle.failures + 1 end)`;
      const { rows } = await sql<{ failures: number }>`
        insert into login_throttle (key, failures, last_failure_at, locked_until)
        values (${key}, 1, ${now}, ${lockByCount[0] ?? null})
        on conflict (key) do update set
          failures = ${newCount},
          last_failure_at = ${now},
          locked_until = ${lockFor(newCount, lockByCount)}
        where login_throttle.locked_until is null or login_throttle.locked_until <= ${now}
        returning failures`.execute(db);
      if (rows[0]) return { allowed: true, failures: Number(rows[0].failures) };
      const row = await db.selectFrom('login_throttle').select('locked_until').where('key', '=', key).executeTakeFirst();
      // Unlocked in the instant between the two statements: let the next attempt count again.
      return row?.locked_until ? { allowed: false, lockedUntil: row.locked_until } : { allowed: true, failures: 0 };
    },
    async forgiveAttempt(key, freeFailures) {
      await db.updateTable('login_throttle').where('key', '=', key).where('failures', '>', 0)
        .set({
          failures: sql`failures - 1`,
          locked_until: sql`case when failures - 1 < ${freeFailures} then null else locked_until end`,
        }).execute();
    },
    async clear(key) {
      await db.deleteFrom('login_throttle').where('key', '=', key).execute();
    },
    async purge(before) {
      await db.deleteFrom('login_throttle').where(sql`coalesce(locked_until, last_failure_at)`, '<', before).execute();
    },
  };
}
