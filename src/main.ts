/**
 * Composition root: config → database (migrated) → store → first-start set-up → HTTP server.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import { openDatabase, type Database } from './storage/database.js';
import { migrateToLatest } from './storage/migrate.js';
import { createStore } from './storage/kysely-store.js';
import { systemClock } from './app/ports/clock.js';
import { bootstrapAdmin } from './app/auth/bootstrap-admin.js';
import { buildServer } from './http/server.js';
import type { Store } from './app/ports/store.js';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const WEB_ROOT = path.join(PROJECT_ROOT, 'dist', 'web');

export type Opened = { database: Database; store: Store; created: string[] };

/** Opens and migrates the database; prints the generated admin password once on an empty one. */
export async function openAndPrepare(config: Config, log: (line: string) => void): Promise<Opened> {
  const database = openDatabase(config.db);
  const created = await migrateToLatest(database);
  const store = createStore(database);
  const admin = await bootstrapAdmin(store, systemClock, { email: config.adminEmail, password: config.adminPassword });
  if (admin) {
    log(admin.generated
      ? `Created administrator ${admin.email} with password: ${admin.password}  (shown once; change it after logging in)`
      : `Created administrator ${admin.email} with the password from KONTAKTA_ADMIN_PASSWORD`);
  }
  return { database, store, created };
}

export async function startServer(config: Config, opts: { log?: (line: string) => void; seedDemoOnFirstStart?: boolean } = {}): Promise<{ app: FastifyInstance; url: string; opened: Opened }> {
  const log = opts.log ?? ((l: string) => console.log(l));
  const opened = await openAndPrepare(config, log);
  if (opts.seedDemoOnFirstStart && opened.created.includes('0001-init')) {
    const { seedDemoOnFirstStart } = await import('./cli/first-start.js');
    await seedDemoOnFirstStart(opened, log);
  }
  const app = await buildServer({
    store: opened.store, clock: systemClock, webRoot: WEB_ROOT,
    security: {
      secureCookies: config.secureCookies, trustProxy: config.trustProxy,
      session: { idleHours: config.sessionIdleHours, maxDays: config.sessionMaxDays },
    },
  });
  app.addHook('onClose', async () => opened.database.close());
  const address = await app.listen({ port: config.port, host: config.host });
  const url = address.replace('127.0.0.1', 'localhost');
  return { app, url, opened };
}
