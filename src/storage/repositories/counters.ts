/**
 * The counters table: one UPDATE … RETURNING per allocation, so the increment and the read are
 * one atomic statement and the row lock is held to the end of the surrounding transaction.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../schema.js';
import type { CountersRepository } from '../../app/ports/counters.js';

export function countersRepository(db: Kysely<DB>): CountersRepository {
  return {
    async allocate(name, n) {
      if (!Number.isInteger(n) || n < 1) throw new Error(`counter ${name}: cannot allocate ${n} numbers`);
      const row = await db.updateTable('counters')
        .set((eb) => ({ value: eb('value', '+', n) }))
        .where('name', '=', name)
        .returning('value')
        .executeTakeFirst();
      if (!row) throw new Error(`counter ${name} does not exist`);
      const last = Number(row.value);
      return { first: last - n + 1, last };
    },
  };
}
