/**
 * `kontakta token create|list|revoke` as a subprocess on both databases: a named token with an
 * expiry works over HTTP, shows in the list (never its secret), and stops working once revoked;
 * bad input ends with a non-zero exit and one line.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testKinds, type TestDatabase } from '../support/databases.js';
import { createStore } from '../../src/storage/kysely-store.js';
import { systemClock } from '../../src/app/ports/clock.js';
import { bootstrapAdmin } from '../../src/app/auth/bootstrap-admin.js';
import { authenticate } from '../../src/app/auth/authenticate.js';
import type { Store } from '../../src/app/ports/store.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

function kontakta(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, KONTAKTA_ADMIN_PASSWORD: 'token-test-password' }, timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

for (const kind of testKinds('kontakta token')) {
  describe(`kontakta token [${kind}]`, () => {
    let database: TestDatabase;
    let store: Store;
    beforeAll(async () => {
      database = await createTestDatabase(kind);
      store = createStore(database);
      await bootstrapAdmin(store, systemClock, { email: 'admin@localhost', password: 'token-test-password' });
    });
    afterAll(async () => { await database?.dispose(); });

    it('creates a named token with an expiry, lists it without the secret, and revokes it', async () => {
      const created = kontakta(['token', 'create', '--employee', 'admin@localhost', '--name', 'Nattlig export', '--expires', '30d', '--db', database.url]);
      expect(created.code, created.stderr).toBe(0);
      const secret = created.stdout.trim();
      expect(secret).toMatch(/^[\w-]{40,}$/);
      expect((await authenticate(store, systemClock, secret))?.employee.email).toBe('admin@localhost');

      const listed = kontakta(['token', 'list', '--kind', 'api', '--db', database.url]);
      expect(listed.code, listed.stderr).toBe(0);
      const lines = listed.stdout.trim().split('\n');
      expect(lines[0]).toMatch(/^id\s+kind\s+employee\s+name\s+created\s+expires\s+last used$/);
      expect(lines).toHaveLength(2);
      expect(lines[1]).toContain('Nattlig export');
      expect(lines[1]).toMatch(/api\s+Administrator/);
      const expires = Date.parse(lines[1]!.split(/\s{2,}/)[5]!);
      expect(Math.round((expires - Date.now()) / 86_400_000)).toBe(30);
      expect(listed.stdout).not.toContain(secret);

      const id = lines[1]!.split(/\s+/)[0]!;
      const revoked = kontakta(['token', 'revoke', id, '--db', database.url]);
      expect(revoked.code, revoked.stderr).toBe(0);
      expect(revoked.stdout).toMatch(new RegExp(`revoked API token ${id} of Administrator`));
      expect(await authenticate(store, systemClock, secret)).toBeUndefined();
      expect(kontakta(['token', 'list', '--kind', 'api', '--db', database.url]).stdout.trim().split('\n')).toHaveLength(1);
    });

    it('refuses a bad expiry and an unknown id with one line and a non-zero exit', () => {
      const bad = kontakta(['token', 'create', '--employee', 'admin@localhost', '--expires', 'soon', '--db', database.url]);
      expect(bad.code).toBe(2);
      expect(bad.stderr.trim().split('\n')).toEqual(['error: expires: expected a number of days (90d) or a date (YYYY-MM-DD)']);
      const unknown = kontakta(['token', 'revoke', '999999', '--db', database.url]);
      expect(unknown.code).toBe(3);
      expect(unknown.stderr.trim()).toBe('error: token 999999 not found');
    });
  });
}
