/**
 * An unknown e-mail costs the same password-hash work as a known one, so answer times do not
 * tell which e-mails have accounts. Counted, not timed: every login attempt checks exactly one
 * scrypt hash, of the same parameters, whether the e-mail exists, is inactive, or is unknown.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { describeEachDatabase } from '../support/databases.js';
import { createStore } from '../../src/storage/kysely-store.js';
import { systemClock } from '../../src/app/ports/clock.js';
import type { Store } from '../../src/app/ports/store.js';

const checked: string[] = [];
vi.mock('../../src/app/auth/passwords.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/app/auth/passwords.js')>();
  return {
    ...real,
    verifyPassword: async (password: string, stored: string) => { checked.push(stored); return real.verifyPassword(password, stored); },
  };
});

const { logIn } = await import('../../src/app/auth/log-in.js');
const { hashPassword } = await import('../../src/app/auth/passwords.js');

/** The scrypt parameters of a stored hash (scrypt$N$r$p$salt$hash), i.e. the work it costs. */
const cost = (stored: string) => stored.split('$').slice(0, 4).join('$');

describeEachDatabase('login does equal work for unknown e-mails', (ctx) => {
  let store: Store;
  beforeAll(async () => {
    store = createStore(ctx.database);
    const now = new Date().toISOString();
    await store.auth.createUser({ name: 'Known', email: 'known@example.test', role: 'user', passwordHash: await hashPassword('known-pass-1'), now });
    const inactive = await store.auth.createUser({ name: 'Gone', email: 'gone@example.test', role: 'user', passwordHash: await hashPassword('gone-pass-1'), now });
    await store.employees.update(inactive.id, { active: false }, now);
  });

  it('checks one hash of the same cost for a known, an inactive and an unknown e-mail', async () => {
    const hashesFor = async (email: string) => {
      checked.length = 0;
      await expect(logIn(store, systemClock, { email, password: 'wrong-pass-1' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
      return [...checked];
    };
    const known = await hashesFor('known@example.test');
    const inactive = await hashesFor('gone@example.test');
    const unknown = await hashesFor('nobody@example.test');
    expect(known).toHaveLength(1);
    expect(inactive).toHaveLength(1);
    expect(unknown).toHaveLength(1);
    expect(cost(unknown[0]!)).toBe(cost(known[0]!));
    expect(cost(inactive[0]!)).toBe(cost(known[0]!));
  });
});
