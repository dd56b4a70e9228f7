/**
 * HTTP tests go through real requests: a real server on 127.0.0.1 over a fresh test database.
 *
 *   describeEachServer('contacts API', (t) => {
 *     it('creates', async () => { const r = await t.api('POST', '/api/contacts', { name: 'X' }); … });
 *   });
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe } from 'vitest';
import { createTestDatabase, testKinds, type DbKind, type TestDatabase } from './databases.js';
import { createStore } from '../../src/storage/kysely-store.js';
import { systemClock } from '../../src/app/ports/clock.js';
import { bootstrapAdmin } from '../../src/app/auth/bootstrap-admin.js';
import { createApiToken } from '../../src/app/auth/create-api-token.js';
import { buildServer } from '../../src/http/server.js';
import type { Store } from '../../src/app/ports/store.js';
import type { Clock } from '../../src/app/ports/clock.js';
import type { SecurityOptions } from '../../src/http/security.js';

export const ADMIN_EMAIL = 'admin@example.test';
export const ADMIN_PASSWORD = 'test-password-1';

export type ApiResponse<T = any> = { status: number; body: T; headers: Headers };

export type TestServer = {
  kind: DbKind;
  database: TestDatabase;
  store: Store;
  app: FastifyInstance;
  baseUrl: string;
  adminToken: string;
  /** A request with the admin's bearer token (or `token`), JSON in and out. */
  api: <T = any>(method: string, path: string, body?: unknown, opts?: { token?: string | null; headers?: Record<string, string> }) => Promise<ApiResponse<T>>;
  close: () => Promise<void>;
};

export async function startTestServer(kind: DbKind, opts: { webRoot?: string; clock?: Clock; security?: SecurityOptions } = {}): Promise<TestServer> {
  const database = await createTestDatabase(kind);
  const store = createStore(database);
  await bootstrapAdmin(store, systemClock, { email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
  const admin = await store.auth.findCredentialsByEmail(ADMIN_EMAIL);
  const adminToken = await createApiToken(store, systemClock, { employeeId: admin!.employee.id });
  const app = await buildServer({ store, clock: opts.clock ?? systemClock, webRoot: opts.webRoot, security: opts.security });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const api: TestServer['api'] = async (method, path, body, o = {}) => {
    const token = o.token === undefined ? adminToken : o.token;
    const headers: Record<string, string> = { ...(o.headers ?? {}) };
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(address + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    let parsed: any = text;
    try { parsed = text ? JSON.parse(text) : undefined; } catch { /* not JSON */ }
    return { status: res.status, body: parsed, headers: res.headers };
  };
  return {
    kind, database, store, app, baseUrl: address, adminToken, api,
    close: async () => { await app.close(); await database.dispose(); },
  };
}

/** Runs the suite once per database against a real server; `t` is filled before the tests run. */
export function describeEachServer(title: string, body: (t: TestServer) => void): void {
  for (const kind of testKinds(title)) {
    describe(`${title} [${kind}]`, () => {
      const t = { kind } as TestServer;
      beforeAll(async () => { Object.assign(t, await startTestServer(kind)); });
      afterAll(async () => { if (t.close) await t.close(); });
      body(t);
    });
  }
}
