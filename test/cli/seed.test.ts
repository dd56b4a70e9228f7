/**
 * `kontakta seed` as a subprocess on both databases: counts of the demo registers, the same data
 * for the same seed on SQLite and PostgreSQL, refusing a second demo, appending contacts that
 * continue the generator, and a non-zero exit with one line for bad input.
 */
import { execFile, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PG_AVAILABLE, TEST_PG_URL, pgUrlWithSchema } from '../support/databases.js';
import { openDatabase, type Database } from '../../src/storage/database.js';
import { demoContact } from '../../src/app/seed/demo-contacts.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const ARGS = ['--contacts', '500', '--seed', '7', '--base-date', '2026-12-01'];

function kontakta(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, KONTAKTA_ADMIN_PASSWORD: 'seed-test-password' }, timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function kontaktaAsync(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, KONTAKTA_ADMIN_PASSWORD: 'seed-test-password' }, timeout: 120_000,
    }, (_err, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr }));
  });
}

/** Everything the seeder writes, without timestamps, in a stable order. */
async function snapshot(db: Database['db']) {
  const strip = <T extends Record<string, unknown>>(rows: T[]) => rows.map(({ created_at: _c, updated_at: _u, ...r }) => r);
  return {
    employees: strip(await db.selectFrom('employees').selectAll().where('role', '=', 'user').orderBy('id').execute()),
    contacts: strip(await db.selectFrom('contacts').selectAll().orderBy('id').execute()),
    persons: strip(await db.selectFrom('contact_persons').selectAll().orderBy('id').execute()),
    activities: strip(await db.selectFrom('activities').selectAll().orderBy('id').execute()),
    links: await db.selectFrom('activity_contacts').selectAll().orderBy('activity_id').orderBy('contact_id').execute(),
    personLinks: await db.selectFrom('activity_contact_persons').selectAll().orderBy('activity_id').execute(),
    resourceLinks: await db.selectFrom('activity_resources').selectAll().orderBy('activity_id').execute(),
    types: strip(await db.selectFrom('activity_types').selectAll().orderBy('id').execute()),
  };
}

const count = async (db: Database['db'], table: 'contacts' | 'contact_persons' | 'activities' | 'employees' | 'resources' | 'activity_types' | 'statuses' | 'priorities') =>
  Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe('kontakta seed (subprocess)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontakta-seed-'));
  const sqliteUrl = `sqlite:${path.join(dir, 'demo.db')}`;
  const schema = `seed_${crypto.randomBytes(5).toString('hex')}`;
  let sqlite: Database;
  let first: ReturnType<typeof kontakta>;

  beforeAll(() => {
    first = kontakta(['seed', '--demo', ...ARGS, '--db', sqliteUrl]);
    sqlite = openDatabase(sqliteUrl);
  });
  afterAll(async () => {
    await sqlite?.close();
    fs.rmSync(dir, { recursive: true, force: true });
    if (PG_AVAILABLE) {
      const c = new pg.Client({ connectionString: TEST_PG_URL });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    }
  });

  it('seeds the demo registers, contacts, persons and activities', async () => {
    expect(first.stderr).not.toMatch(/error/);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Seeded demo data \(seed 7\): 500 contacts \(numbers 10001–10500\)/);
    const db = sqlite.db;
    expect(await count(db, 'contacts')).toBe(500);
    expect(await count(db, 'employees')).toBe(21); // 20 demo employees + the administrator
    const managers = await db.selectFrom('employees').select(['email']).where('is_account_manager', '=', 1).execute();
    expect(managers).toHaveLength(8);
    for (const m of managers) expect(m.email).toMatch(/@/);
    expect((await db.selectFrom('activity_types').select(['name', 'list']).orderBy('id').execute()).map((t) => `${t.name}:${t.list}`))
      .toEqual(['Besök:calendar', 'Möte:calendar', 'Demonstration:calendar', 'Telefon ut:taskList', 'Brev:taskList', 'E-post:taskList']);
    expect((await db.selectFrom('statuses').select(['name', 'is_done']).orderBy('id').execute()))
      .toEqual([{ name: 'Ej påbörjad', is_done: 0 }, { name: 'Pågår', is_done: 0 }, { name: 'Klar', is_done: 1 }]);
    expect(await count(db, 'priorities')).toBe(3);
    expect((await db.selectFrom('resources').select('name').execute()).map((r) => r.name).join(',')).toMatch(/Konferensrum.*Bil.*Projektor/);
    const settings = await db.selectFrom('company_settings as s').innerJoin('statuses as st', 'st.id', 's.done_status_id').select('st.name').executeTakeFirst();
    expect(settings?.name).toBe('Klar');
    expect(await count(db, 'activities')).toBe(300);
    const companies = (await db.selectFrom('contacts').select('id').where('is_private', '=', 0).execute()).length;
    const persons = await count(db, 'contact_persons');
    expect(persons).toBeGreaterThanOrEqual(2 * companies);
    expect(persons).toBeLessThanOrEqual(3 * companies);
    const cities = await db.selectFrom('contacts').select('city').distinct().execute();
    expect(cities.length).toBeGreaterThan(120);
    const bad = await db.selectFrom('contacts').select(['postal_code']).execute();
    for (const r of bad) expect(r.postal_code).toMatch(/^[1-9]\d{2} \d{2}$/);
    // contact i is the generator's contact i, so the data follows from the seed alone
    const names = await db.selectFrom('contacts').select(['number', 'name']).orderBy('number').execute();
    names.forEach((c, i) => expect(c.name).toBe(demoContact(7, i, { min: 2, max: 3 }, 8).name));
  });

  it.runIf(PG_AVAILABLE)('writes the same data for the same seed on PostgreSQL', async () => {
    const c = new pg.Client({ connectionString: TEST_PG_URL });
    await c.connect();
    await c.query(`create schema ${schema}`);
    await c.end();
    const r = kontakta(['seed', '--demo', ...ARGS, '--db', pgUrlWithSchema(schema)]);
    expect(r.stderr).not.toMatch(/error/);
    expect(r.code).toBe(0);
    const pgdb = openDatabase(TEST_PG_URL, { searchPath: schema });
    try {
      expect(await snapshot(pgdb.db)).toEqual(await snapshot(sqlite.db));
    } finally {
      await pgdb.close();
    }
  });

  it('refuses a second demo with one line and a non-zero exit, changing nothing', async () => {
    const r = kontakta(['seed', '--demo', '--contacts', '10', '--db', sqliteUrl]);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/already present/);
    expect(await count(sqlite.db, 'contacts')).toBe(500);
  });

  it('appends demo contacts that continue the generator', async () => {
    const r = kontakta(['seed', '--contacts', '100', '--db', sqliteUrl]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/100 contacts \(numbers 10501–10600\)/);
    const added = await sqlite.db.selectFrom('contacts').select(['number', 'name']).where('number', '>', 10500).orderBy('number').execute();
    expect(added).toHaveLength(100);
    added.forEach((c, i) => expect(c.name).toBe(demoContact(7, 500 + i, { min: 2, max: 3 }, 8).name));
    expect(await count(sqlite.db, 'activities')).toBe(300);
  });

  it('refuses bad input with one line and a non-zero exit', async () => {
    const fresh = `sqlite:${path.join(dir, 'bad.db')}`;
    const cases = [
      ['seed', '--demo', '--contacts', 'many'],
      ['seed', '--demo', '--contacts', '0'],
      ['seed', '--demo', '--persons', '3-2'],
      ['seed', '--demo', '--seed', '-4'],
      ['seed', '--demo', '--base-date', '2026-13-45'],
      ['seed'],
    ];
    const results = await Promise.all(cases.map((args) => kontaktaAsync([...args, '--db', fresh])));
    for (const [i, r] of results.entries()) {
      const args = cases[i]!;
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr, args.join(' ')).toMatch(/^error: /);
    }
    expect(fs.existsSync(path.join(dir, 'bad.db'))).toBe(false);
    const appendWithoutDemo = kontakta(['seed', '--contacts', '5', '--db', `sqlite:${path.join(dir, 'empty.db')}`]);
    expect(appendWithoutDemo.code).not.toBe(0);
    expect(appendWithoutDemo.stderr).toMatch(/seed --demo/);
  });
});
