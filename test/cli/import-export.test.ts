/**
 * `kontakta import contacts` and `kontakta export` as subprocesses on both databases: a dry run
 * that lists every bad line and exits 2 writing nothing, --skip-errors with the rejected file,
 * --map, undo, and an export to stdout; bad flags end with one readable line.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
function kontakta(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, KONTAKTA_ADMIN_PASSWORD: 'cli-test-password' }, timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describeEachDatabase('import and export CLI', (ctx) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontakta-cli-import-'));
  const file = path.join(dir, 'kunder.csv');
  fs.writeFileSync(file, iconv.encode('Kundnr\tFöretag\tPostnr\tStad\n3001\tÖst AB\t111 22\tVästerås\n3002\tFel AB\t1\tUmeå\n', 'windows-1252'));
  const db = () => ['--db', ctx.database.url];

  it('dry-runs: every line, exit 2, nothing written', async () => {
    const r = kontakta(['import', 'contacts', file, '--dry-run', '--map', 'Stad=city', ...db()]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('line 2: create 3001 Öst AB');
    expect(r.stdout).toContain('line 3: Postnr: not a Swedish postal code');
    expect(r.stdout).toContain('Nothing was written');
    expect(await ctx.database.db.selectFrom('contacts').select('id').execute()).toEqual([]);
  }, 180_000);

  // Each test starts the CLI a few times: on a loaded machine that takes longer than the default timeout.
  it('stops at the first bad row without --skip-errors', () => {
    const stop = kontakta(['import', 'contacts', file, ...db()]);
    expect(stop.code).toBe(2);
    expect(stop.stderr.trim().split('\n').at(-1)).toBe('error: file: stopped at line 3: nothing imported (use --skip-errors to import the other rows)');
  }, 180_000);

  it('imports the rest with --skip-errors, exports, and undoes', async () => {
    const r = kontakta(['import', 'contacts', file, '--skip-errors', '--map', 'Stad=city', ...db()]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Import (\d+): 2 rows, 1 created/);
    const rejected = fs.readFileSync(path.join(dir, 'kunder.rejected.csv'), 'utf8');
    expect(rejected).toContain('3002;Fel AB;1;Umeå;Postnr: inget svenskt postnummer');
    const row = await ctx.database.db.selectFrom('contacts').select(['number', 'city']).executeTakeFirstOrThrow();
    expect(row).toEqual({ number: 3001, city: 'Västerås' });

    const out = kontakta(['export', 'contacts', '--format', 'csv', '--lang', 'en', ...db()]);
    expect(out.code).toBe(0);
    expect(out.stdout.split('\r\n')[1]).toMatch(/^3001,Öst AB,/);

    const id = /Import (\d+)/.exec(r.stdout)![1]!;
    const undo = kontakta(['import', 'undo', id, ...db()]);
    expect(undo.stdout).toContain(`Import ${id} undone: 1 contacts removed`);
    expect(await ctx.database.db.selectFrom('contacts').select('id').execute()).toEqual([]);
  }, 240_000);

  it('refuses bad flags with one line', () => {
    const r = kontakta(['import', 'contacts', file, '--match', 'name', ...db()]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('error: match: use number, orgNumber or email');
    const e = kontakta(['export', 'contacts', '--format', 'pdf', ...db()]);
    expect(e.stderr.trim()).toBe('error: format: use csv or xlsx');
  }, 180_000);
});
