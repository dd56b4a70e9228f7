/**
 * The reports of issue 16 at scale, on their own (the full `npm run bench` also times the check
 * report, among everything else): the check report (contacts and persons, draft with an even
 * distribution) and the activity report after finish (the call list: activities with contact,
 * phone and linked person) of N demo contacts, as CSV and PDF, downloaded in full from a real
 * server process, beside a bare streamed SELECT of the same rows in the same run. Targets: CSV
 * within 2× of the bare query, PDF at 500 pages a second or more, the server's peak RSS within
 * 50 MB of its idle RSS. Not part of the test suite.
 *
 *   npx tsx bench/reports.ts [--db sqlite,postgres] [--contacts 100000] [--formats csv,pdf] [--runs 3]
 */
import os from 'node:os';
import http from 'node:http';
import { sql } from 'kysely';
import type { Database } from '../src/storage/database.js';
import { call, runCli, startServerProcess, type ServerProcess } from './server-process.js';
import { createTarget, postgresReachable, type DbKind } from './targets.js';
import { bareReportRead } from './baseline.js';
import { ALL, median } from './scenarios.js';

const NOW = '2026-12-01T08:00:00.000Z';
const CSV_LIMIT = 2;
const PAGES_PER_SECOND = 500;
const MEMORY_MB = 50;

type Options = { dbs: DbKind[]; contacts: number; formats: ('csv' | 'pdf')[]; runs: number };

function parseOptions(argv: string[]): Options {
  const o: Options = { dbs: ['sqlite', 'postgres'], contacts: 100_000, formats: ['csv', 'pdf'], runs: 3 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = () => argv[++i] ?? '';
    if (a === '--db') o.dbs = v().split(',') as DbKind[];
    else if (a === '--contacts') o.contacts = Number(v().replace(/[_\s]/g, ''));
    else if (a === '--formats') o.formats = v().split(',') as Options['formats'];
    else if (a === '--runs') o.runs = Number(v());
    else if (a !== '--') throw new Error(`unknown option ${a} (use --db, --contacts, --formats, --runs)`);
  }
  return o;
}

/** Downloads a report without keeping it: bytes, and pages of a PDF (its page objects). */
function downloadCounting(server: ServerProcess, p: string): Promise<{ bytes: number; pages: number }> {
  const marker = Buffer.from('\n/Type /Page\n');
  return new Promise((resolve, reject) => {
    http.get(server.url + p, { headers: { cookie: server.token } }, (res) => {
      if ((res.statusCode ?? 500) >= 400) { reject(new Error(`GET ${p} → ${res.statusCode}`)); res.resume(); return; }
      let bytes = 0;
      let pages = 0;
      let tail = Buffer.alloc(0);
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        const b = Buffer.concat([tail, chunk]);
        for (let at = b.indexOf(marker); at >= 0; at = b.indexOf(marker, at + marker.length)) pages += 1;
        tail = b.subarray(Math.max(0, b.length - marker.length + 1));
      });
      res.on('end', () => resolve({ bytes, pages }));
      res.on('error', reject);
      // A server that dies mid-report closes the response without an end: fail, do not hang.
      res.on('close', () => { if (!res.complete) reject(new Error(`GET ${p}: the response was cut off`)); });
    }).on('error', reject);
  });
}

/** The activity report's rows by one bare SELECT: activities of the batch, contacts, persons. */
async function bareActivityRead(database: Database, batchId: number): Promise<number> {
  const t0 = performance.now();
  const q = database.db.selectFrom('activities')
    .leftJoin('activity_contacts as ac', 'ac.activity_id', 'activities.id')
    .leftJoin('contacts as c', 'c.id', 'ac.contact_id')
    .leftJoin('activity_contact_persons as acp', 'acp.activity_id', 'activities.id')
    .leftJoin('contact_persons as p', 'p.id', 'acp.contact_person_id')
    .where('activities.batch_id', '=', batchId)
    .select(['activities.number', 'activities.subject', 'activities.start_at', 'c.number as contact_number', 'c.name', 'c.phone',
      'p.first_name', 'p.last_name', 'p.phone as p_phone', 'p.mobile', 'p.email'])
    .orderBy('activities.number').orderBy('c.id').orderBy('p.id');
  for await (const _ of q.stream(1000)) { /* read only */ }
  return performance.now() - t0;
}

type Row = { db: DbKind; report: string; format: string; productMs: number; baselineMs: number; pages: number; mb: number; peakMb: number; idleMb: number };

async function benchDb(kind: DbKind, o: Options, log: (l: string) => void): Promise<Row[]> {
  const target = await createTarget(kind, 'reports');
  let server: ServerProcess | undefined;
  const rows: Row[] = [];
  try {
    const seed = await runCli(['seed', '--demo', '--contacts', String(o.contacts), '--persons', '2-2', '--seed', '1', '--base-date', NOW.slice(0, 10), '--db', target.url],
      { KONTAKTA_ADMIN_EMAIL: 'bench@example.se', KONTAKTA_ADMIN_PASSWORD: 'bench-password-1' });
    if (seed.code !== 0) throw new Error(`seed failed: ${seed.stderr || seed.stdout}`);
    log(`seeded ${o.contacts.toLocaleString('en-US')} contacts in ${(seed.ms / 1000).toFixed(1)} s`);
    const db = await target.open();
    await sql`analyze`.execute(db.db);
    const managers = (await db.db.selectFrom('employees').select('id').where('is_account_manager', '=', 1).where('active', '=', 1).orderBy('id').execute()).map((r) => r.id);
    const type = await db.db.selectFrom('activity_types').select('id').orderBy('id').executeTakeFirstOrThrow();
    server = await startServerProcess(target.url, 'bench@example.se');
    const srv = server;
    const draft = async () => {
      const d = await call<{ id: number }>(srv, 'POST', '/api/group-activities', { mode: 'perContact' });
      await call(srv, 'PATCH', `/api/group-activities/${d.id}`, {
        selection: ALL, options: { linkPrimaryPerson: true }, distribution: { method: 'even', employeeIds: managers },
        template: { subject: 'Ring och boka möte', startAt: '2026-12-07T09:00:00.000Z', endAt: '2026-12-07T10:00:00.000Z', typeId: type.id },
      });
      return d.id;
    };
    const checkId = await draft();
    const finishedId = await draft();
    await call(srv, 'POST', `/api/group-activities/${finishedId}/finish`);
    const batchId = (await db.db.selectFrom('group_activities').select('batch_id').where('id', '=', finishedId).executeTakeFirstOrThrow()).batch_id!;
    const reports = [
      { report: 'check report (contacts)', url: `/api/group-activities/${checkId}/report?kind=contacts`, bare: async () => (await bareReportRead(db, ALL)).ms },
      { report: 'activity report (call list)', url: `/api/group-activities/${finishedId}/report?kind=activities`, bare: () => bareActivityRead(db, batchId) },
    ];
    for (const r of reports) {
      for (const format of o.formats) {
        const product: number[] = [], baseline: number[] = [];
        let peak = 0, got = { bytes: 0, pages: 0 };
        const idle = srv.rssMb();
        // A PDF of 100,000 contacts is thousands of pages: one run.
        for (let i = 0; i < (format === 'pdf' ? 1 : o.runs); i++) {
          srv.resetPeak();
          const t0 = performance.now();
          got = await downloadCounting(srv, `${r.url}&format=${format}`);
          product.push(performance.now() - t0);
          peak = Math.max(peak, srv.peakMb());
          baseline.push(await r.bare());
        }
        const row: Row = { db: kind, report: r.report, format, productMs: median(product), baselineMs: median(baseline), pages: got.pages, mb: got.bytes / 1048576, peakMb: peak, idleMb: idle };
        rows.push(row);
        log(`${r.report} ${format}: ${(row.productMs / 1000).toFixed(2)} s (runs ${product.map((x) => (x / 1000).toFixed(2)).join(', ')}) vs bare ${(row.baselineMs / 1000).toFixed(2)} s`
          + `${format === 'pdf' ? `, ${got.pages} pages` : ''}, peak ${Math.round(peak)} MB, idle ${Math.round(idle)} MB`);
      }
    }
    return rows;
  } finally {
    if (server) await server.stop();
    await target.drop();
  }
}

function table(rows: Row[], contacts: number): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const lines = rows.map((r) => {
    const ratio = r.productMs / r.baselineMs;
    const speed = r.format === 'pdf'
      ? `${Math.round(r.pages / (r.productMs / 1000))} pages/s (${r.pages} pages) ${r.pages / (r.productMs / 1000) >= PAGES_PER_SECOND ? '✓' : '✗'}`
      : `${ratio.toFixed(2)}× ${ratio <= CSV_LIMIT ? '✓' : '✗'}`;
    const grew = r.peakMb - r.idleMb;
    return `| ${r.db} | ${r.report} | ${r.format} | ${contacts.toLocaleString('en-US')} | ${s(r.productMs)} | ${s(r.baselineMs)} | ${speed} | `
      + `${Math.round(r.peakMb)} / ${Math.round(r.idleMb)} MB (+${Math.round(grew)}) ${grew <= MEMORY_MB ? '✓' : '✗'} |`;
  });
  return [
    `| db | report | format | contacts | product | bare query | speed (CSV ≤ ${CSV_LIMIT}× bare; PDF ≥ ${PAGES_PER_SECOND} pages/s) | peak / idle RSS (≤ +${MEMORY_MB} MB) |`,
    '|---|---|---|---:|---:|---:|---|---|', ...lines,
  ].join('\n');
}

async function main() {
  const o = parseOptions(process.argv.slice(2));
  const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
  console.log(`load average before: ${load()} (${os.cpus().length} CPUs)`);
  const rows: Row[] = [];
  for (const kind of o.dbs) {
    if (kind === 'postgres' && !(await postgresReachable())) { console.log('postgres unreachable: skipped'); continue; }
    console.log(`${kind}:`);
    rows.push(...await benchDb(kind, o, (l) => console.log(`  ${l}`)));
  }
  console.log(`\n${table(rows, o.contacts)}\n\nload average after: ${load()}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack ?? err.message : err);
  process.exit(1);
});
