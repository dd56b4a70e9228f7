/**
 * Keeps `npm run bench` from rotting: runs it with a tiny size and one run on SQLite (and
 * PostgreSQL when reachable; step 3 in Chromium when it is installed) and checks that every
 * figure came out with a product time, a baseline and the server's memory. The figures themselves
 * are not judged here.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PG_AVAILABLE } from '../support/databases.js';
import { BROWSER_AVAILABLE } from '../support/browser.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('npm run bench (smoke)', () => {
  it('measures every figure beside its baseline on each reachable database', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kontakta-bench-smoke-')), 'result.json');
    const dbs = PG_AVAILABLE ? 'sqlite,postgres' : 'sqlite';
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/run.ts'), '--sizes', '200', '--runs', '1', '--db', dbs, '--out', out], {
      cwd: ROOT, encoding: 'utf8', timeout: 110_000,
    });
    expect(r.status, r.stderr || r.stdout).toBe(0);
    expect(r.stdout).toMatch(/finish perContact/);
    const result = JSON.parse(fs.readFileSync(out, 'utf8')) as { figures: Array<Record<string, any>>; options: { db: string[] } };
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
    const expected = ['seed (CLI)', 'preview count', 'finish perContact', 'copy-to-all (card)', 'undo batch',
      'reads during finish', 'reads during copy-to-all', 'reads during change-values finish', 'reads during change-values undo',
      'reads during undo', 'reads during import', 'reads during import undo', 'finish shared',
      'move all to excluded and back',
      ...(BROWSER_AVAILABLE ? ['step 3 first rows (Chromium)', 'step 3 drag to last row (Chromium)'] : []),
      'report contacts csv', 'report contacts pdf', 'change values: finish (activities)', 'change values: undo (activities)'];
    for (const db of dbs.split(',')) {
      const figures = result.figures.filter((f) => f.db === db);
      expect(figures.map((f) => f.figure)).toEqual(expected);
      for (const f of figures) {
        expect(f.contacts).toBe(200);
        expect(f.productMs, `${db} ${f.figure}`).toBeGreaterThan(0);
        expect(f.baselineMs, `${db} ${f.figure}`).toBeGreaterThan(0);
        expect(f.ratio).toBeCloseTo(f.productMs / f.baselineMs, 6);
        // Change values is measured in process (no server): no server memory to report.
        if (f.figure !== 'seed (CLI)' && !f.figure.startsWith('change values')) expect(f.peakMb, `${db} ${f.figure}`).toBeGreaterThan(10);
      }
      const preview = figures.find((f) => f.figure === 'preview count')!;
      expect(preview.note).toMatch(/^\d+ of 200 contacts/);
    }
  }, 120_000);
});
