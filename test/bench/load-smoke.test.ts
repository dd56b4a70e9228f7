/**
 * Keeps `npm run bench -- --load` from rotting: a very short load run on SQLite (and PostgreSQL,
 * one and two server processes, when reachable) where every kind of request of the users' visit
 * must have been answered with 2xx, and none otherwise — a wrong Origin, a lost session cookie or
 * the login throttle would show here as 403, 401 or 429. The figures are not judged.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PG_AVAILABLE } from '../support/databases.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const KINDS = ['health (baseline)', 'all (the mix)', 'log-out', 'log-in', 'me', 'contact search', 'contact card', 'contact card activities',
  'activity list', 'calendar week', 'wizard: new draft', 'wizard: preview count', 'wizard: save selection', 'wizard: included contacts',
  'wizard: cancel draft'];

describe('npm run bench -- --load (smoke)', () => {
  it('answers every kind of request of the visit with 2xx on each configuration', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kontakta-load-smoke-')), 'load.json');
    const dbs = PG_AVAILABLE ? 'sqlite,postgres' : 'sqlite';
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/run.ts'), '--load', '--db', dbs,
      '--load-seconds', '3', '--load-users', '14', '--load-contacts', '300', '--out', out], { cwd: ROOT, encoding: 'utf8', timeout: 170_000 });
    expect(r.status, r.stderr || r.stdout).toBe(0);
    const result = JSON.parse(fs.readFileSync(out, 'utf8')) as { load: Array<{ config: string; kind: string; requests: number; failed: Record<string, number> }> };
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
    const configs = ['sqlite, 1 process', ...(PG_AVAILABLE ? ['postgres, 1 process', 'postgres, 2 processes'] : [])];
    expect([...new Set(result.load.map((row) => row.config))]).toEqual(configs);
    for (const config of configs) {
      const rows = result.load.filter((row) => row.config === config);
      expect(rows.map((row) => row.kind), config).toEqual(KINDS);
      for (const row of rows) {
        expect(row.requests, `${config}: ${row.kind}`).toBeGreaterThan(0);
        expect(row.failed, `${config}: ${row.kind}`).toEqual({});
      }
    }
  }, 180_000);
});
