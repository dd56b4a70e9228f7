/**
 * `kontakta calendar` and `kontakta tasks` as subprocesses on both databases: the agenda day by
 * day in the company's time zone with week numbers, all-day lines and linked activities; the task
 * list with its filter, overdue marks and undated last; a non-zero exit with one line for bad input.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testKinds, type TestDatabase } from '../support/databases.js';
import { createStore } from '../../src/storage/kysely-store.js';
import { systemClock } from '../../src/app/ports/clock.js';
import { createActivity } from '../../src/app/activities/create-activity.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

function kontakta(url: string, args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args, '--db', url], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, KONTAKTA_ADMIN_PASSWORD: 'cli-test-password' }, timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

for (const kind of testKinds('calendar CLI')) {
  describe(`kontakta calendar / tasks [${kind}]`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase(kind);
      const db = database.db as any;
      const now = new Date().toISOString();
      const ts = { created_at: now, updated_at: now };
      const ins = async (table: string, values: any) => Number((await db.insertInto(table).values(values).returning('id').executeTakeFirstOrThrow()).id);
      const anna = await ins('employees', { name: 'Anna Ek', name_key: 'a', email: 'anna@example.test', is_account_manager: 1, active: 1, role: 'user', ...ts });
      const bo = await ins('employees', { name: 'Bo Berg', name_key: 'b', email: 'bo@example.test', is_account_manager: 1, active: 1, role: 'user', ...ts });
      const visit = await ins('activity_types', { name: 'Besök', list: 'calendar', show_time_as: 'busy', requires_responsible: 0, inactive: 0, ...ts });
      const call = await ins('activity_types', { name: 'Telefon ut', list: 'taskList', show_time_as: 'free', requires_responsible: 0, inactive: 0, ...ts });
      const c = await ins('contacts', { number: 1, name: 'Andersson & Hansson AB', name_key: 'a', ...ts });
      const store = createStore(database);
      const mk = (x: Record<string, unknown>) => createActivity(store, systemClock, null, x);
      await mk({ typeId: visit, responsibleId: anna, contactIds: [c], startAt: '2026-12-07T08:00:00Z', endAt: '2026-12-07T09:00:00Z' });
      await mk({ subject: 'Mässa', typeId: visit, responsibleId: anna, allDay: true, startAt: '2026-12-08T23:00:00Z', endAt: '2026-12-09T23:00:00Z' });
      await mk({ subject: 'Säljmöte', typeId: visit, responsibleId: bo, employeeIds: [anna], startAt: '2026-12-14T12:30:00Z' });
      await mk({ subject: 'Ring Anders', typeId: call, responsibleId: anna, contactIds: [c], startAt: '2020-01-01T08:00:00Z' });
      await mk({ subject: 'Ring någon gång', typeId: call, responsibleId: anna });
      await mk({ subject: 'Redan ringt', typeId: call, responsibleId: anna, startAt: '2026-01-01T08:00:00Z', done: true });
    });
    afterAll(async () => { await database?.dispose(); });

    it('prints the agenda day by day in Stockholm time with week numbers', () => {
      const r = kontakta(database.url, ['calendar', '--employee', 'anna@example.test', '--from', '2026-12-07', '--to', '2026-12-15']);
      expect(r.code, r.stderr).toBe(0);
      const out = r.stdout;
      expect(out).toContain('VECKA 50');
      expect(out).toContain('VECKA 51');
      expect(out).toMatch(/måndag 7 december\n\s+09:00–10:00\s+Besök – Andersson & Hansson AB\s+#1/);
      expect(out).toMatch(/onsdag 9 december\n\s+Heldag\s+Besök: Mässa/);
      expect(out).toMatch(/måndag 14 december\n\s+13:30–14:30\s+Besök: Säljmöte/);
      expect(out).not.toContain('Ring Anders');
      const en = kontakta(database.url, ['calendar', '--employee', 'anna@example.test', '--from', '2026-12-07', '--to', '2026-12-08', '--lang', 'en']);
      expect(en.stdout).toContain('WEEK 50');
      expect(en.stdout).toContain('Monday 7 December');
    });

    it('prints the task list, overdue marked, undated last, by filter', () => {
      const open = kontakta(database.url, ['tasks', '--employee', 'anna@example.test']);
      expect(open.code, open.stderr).toBe(0);
      const lines = open.stdout.trim().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^\[ \] 2020-01-01 09:00 {2}Ring Anders – Andersson & Hansson AB {2}\(försenad\)/);
      expect(lines[1]).toMatch(/^\[ \] Utan datum\s+Ring någon gång/);
      const done = kontakta(database.url, ['tasks', '--employee', 'anna@example.test', '--filter', 'done']);
      expect(done.stdout.trim()).toMatch(/^\[x\] 2026-01-01 09:00 {2}Redan ringt/);
    });

    it('fails with one line for an unknown employee or a bad date', () => {
      const a = kontakta(database.url, ['tasks', '--employee', 'nobody@example.test']);
      expect(a.code).not.toBe(0);
      expect(a.stderr.trim().split('\n').at(-1)).toBe('error: employee nobody@example.test not found');
      const b = kontakta(database.url, ['calendar', '--employee', 'anna@example.test', '--from', '2026-13-01']);
      expect(b.code).not.toBe(0);
      expect(b.stderr).toContain('from: expected a date such as 2026-12-07');
    });
  });
}
