/**
 * Time and peak memory of the check report (contacts + persons) as PDF, CSV and HTML for 10,000
 * and 100,000 contacts on SQLite and PostgreSQL. Each render runs in a fresh child process, so its
 * peak RSS (getrusage maxRSS) is the report's alone; RSS is also sampled while rows stream, to show
 * that memory stays flat as the report grows. Not part of the test suite.
 *
 *   npx tsx bench/reports.ts [sqlite|postgres|both] [formats=pdf,csv]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { Writable } from 'node:stream';
import pg from 'pg';
import { openDatabase, type Database } from '../src/storage/database.js';
import { migrateToLatest } from '../src/storage/migrate.js';
import { createStore } from '../src/storage/kysely-store.js';
import { sortKey } from '../src/domain/text.js';
import { getContactsReportData } from '../src/app/reports/get-contacts-report-data.js';
import { buildContactsReport } from '../src/reports/build.js';
import { renderReport, type ReportFormat } from '../src/reports/render.js';

const NOW = '2026-01-01T00:00:00.000Z';
const N = 100_000;
const PG_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function seed(database: Database): Promise<{ small: number; large: number }> {
  const { db } = database;
  const managers: number[] = [];
  for (const name of ['Anna Berg', 'Erik Lund', 'Sara Nyström']) {
    managers.push((await db.insertInto('employees').values({
      name, name_key: sortKey(name), is_account_manager: 1, active: 1, role: 'admin', created_at: NOW, updated_at: NOW,
    }).returning('id').executeTakeFirstOrThrow()).id);
  }
  const CH = 1000;
  for (let start = 0; start < N; start += CH) {
    const rows = Array.from({ length: Math.min(CH, N - start) }, (_, k) => {
      const i = start + k;
      const name = `Företag ${String(i).padStart(6, '0')} Åkeri & Söner AB`;
      return {
        number: 10001 + i, name, name_key: sortKey(name), is_customer: 1, is_supplier: 0, is_partner: 0, is_private: 0,
        inactive: 0, city: 'Göteborg', postal_address: `Storgatan ${i % 200}`, postal_code: `4${String(i % 10000).padStart(4, '0')}`,
        phone: `031-${i}`, account_manager_id: managers[i % 3]!, created_at: NOW, updated_at: NOW,
      };
    });
    const ids = await db.insertInto('contacts').values(rows).returning('id').execute();
    const persons = ids.flatMap(({ id }, k) => Array.from({ length: (start + k) % 3 }, (_, p) => ({
      contact_id: id, first_name: 'Märta', last_name: `Öberg ${p}`, title: 'Inköpschef', phone: '031-12 34 56',
      mobile: '070-123 45 67', email: `marta${p}.${id}@example.se`, is_primary: p === 0 ? 1 : 0, inactive: 0, created_at: NOW, updated_at: NOW,
    })));
    if (persons.length) await db.insertInto('contact_persons').values(persons).execute();
  }
  const draft = async (selection: object) => (await db.insertInto('group_activities').values({
    mode: 'perContact', status: 'draft', selection: JSON.stringify(selection), responsible_id: managers[0]!,
    distribution: JSON.stringify({ method: 'even', employeeIds: managers }), template: '{}', options: '{}', created_at: NOW, updated_at: NOW,
  }).returning('id').executeTakeFirstOrThrow()).id;
  return {
    small: await draft({ match: [{ field: 'number', condition: 'lte', value: 10000 + 10_000 }] }),
    large: await draft({ match: [{ field: 'city', condition: 'eq', value: 'Göteborg' }] }),
  };
}

/** Child: render one report into a counting sink, print one JSON line. */
async function renderChild(url: string, searchPath: string | undefined, groupId: number, format: ReportFormat) {
  const database = openDatabase(url, { searchPath });
  const store = createStore(database);
  const t0 = performance.now();
  // better-sqlite3 streams synchronously (no timer would fire), so sample RSS between rows.
  const samples: number[] = [];
  let bytes = 0;
  const sink = new Writable({ write(chunk: Buffer, _enc, cb) { bytes += chunk.length; cb(); } });
  const data = await getContactsReportData(store, { now: () => new Date() }, { employeeId: 1, role: 'admin', name: 'Bench' }, groupId);
  const report = buildContactsReport(data, 'sv');
  async function* sampled() {
    let i = 0;
    for await (const line of report.rows) {
      if (++i % 2000 === 0) samples.push(process.memoryUsage().rss);
      yield line;
    }
  }
  await renderReport(format, report.model, sampled(), sink);
  const ms = performance.now() - t0;
  const q = (f: number) => Math.round((samples[Math.floor((samples.length - 1) * f)] ?? 0) / 1048576);
  console.log(JSON.stringify({
    contacts: data.counts.included, persons: data.counts.persons, format, seconds: +(ms / 1000).toFixed(1),
    mb: +(bytes / 1048576).toFixed(1), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    rssAt25_50_75_100: [q(0.25), q(0.5), q(0.75), q(1)],
  }));
  await database.close();
}

async function main() {
  if (process.argv[2] === '--child') {
    const [url, sp, id, fmt] = process.argv.slice(3);
    await renderChild(url!, sp || undefined, Number(id), fmt as ReportFormat);
    return;
  }
  const which = process.argv[2] ?? 'sqlite';
  const formats = (process.argv[3] ?? 'pdf,csv').split(',') as ReportFormat[];
  const targets: { kind: string; url: string; searchPath?: string; cleanup: () => Promise<void> }[] = [];
  if (which === 'sqlite' || which === 'both') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontakta-bench-reports-'));
    targets.push({ kind: 'sqlite', url: `sqlite:${path.join(dir, 'bench.db')}`, cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) });
  }
  if (which === 'postgres' || which === 'both') {
    const schema = `bench_reports_${crypto.randomBytes(4).toString('hex')}`;
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect(); await c.query(`create schema ${schema}`); await c.end();
    targets.push({
      kind: 'postgres', url: PG_URL, searchPath: schema,
      cleanup: async () => { const d = new pg.Client({ connectionString: PG_URL }); await d.connect(); await d.query(`drop schema ${schema} cascade`); await d.end(); },
    });
  }
  for (const t of targets) {
    try {
      const database = openDatabase(t.url, { searchPath: t.searchPath });
      await migrateToLatest(database);
      const s0 = performance.now();
      const ids = await seed(database);
      await database.close();
      console.log(`${t.kind}: seeded ${N} contacts in ${((performance.now() - s0) / 1000).toFixed(1)} s`);
      for (const [label, id] of [['10k', ids.small], ['100k', ids.large]] as const) {
        for (const f of formats) {
          const r = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', t.url, t.searchPath ?? '', String(id), f], { encoding: 'utf8' });
          process.stdout.write(`${t.kind} ${label} ${r.stdout.trim() || r.stderr}\n`);
        }
      }
    } finally {
      await t.cleanup();
    }
  }
}

await main();
