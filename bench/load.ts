/**
 * The load test (`npm run bench -- --load [--db sqlite,postgres] [--load-seconds 20] [--load-users 50]
 * [--load-contacts 100000] [--out FILE]`): a seeded database, the server in its own process (two
 * on PostgreSQL as well, behind the one database), and autocannon playing N office users at once,
 * each going round its own visit (log-in, searches, cards, lists, the calendar week, wizard steps
 * 2–3 with previews, log-out). Reports requests per second and p50/p99 per kind of request, beside
 * the same servers answering /api/health under the same number of connections.
 *
 * The users are closed-loop (the next request leaves when the answer is in, no think time), so
 * the figures are the servers' capacity under 50 busy users, not what 50 people would cause.
 * autocannon runs in this process and shares the machine's cores with the servers and the database.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { ROOT, runCli, startServerProcess, type ServerProcess } from './server-process.js';
import { createTarget, postgresReachable, PG_URL, type DbKind, type Target } from './targets.js';
import { hashPassword } from '../src/app/auth/passwords.js';
import { PASSWORD, sessionCookie, userVisit, type LoadData, type Step } from './load-visit.js';

export type LoadOptions = { dbs: DbKind[]; seconds: number; users: number; contacts: number; out: string };
export type LoadRow = {
  config: string; kind: string; requests: number; rps: number; p50: number | null; p99: number | null;
  /** answers outside 2xx (status → count), and requests that got no answer (timeouts, resets) */
  failed: Record<string, number>;
};

const ADMIN = 'bench@example.se';
const BASE_DATE = '2026-12-01';

export function parseLoadOptions(argv: string[]): LoadOptions {
  const o: LoadOptions = { dbs: ['sqlite', 'postgres'], seconds: 20, users: 50, contacts: 100_000, out: path.join(ROOT, 'bench/results/load.json') };
  const whole = (a: string, v: string, min: number) => {
    const n = Number(v.replace(/[_\s]/g, ''));
    if (!Number.isInteger(n) || n < min) throw new Error(`${a}: "${v}" is not a whole number ≥ ${min}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--load' || a === '--') continue;
    if (a === '--db') o.dbs = value().split(',').map((s) => s.trim()) as DbKind[];
    else if (a === '--load-seconds') o.seconds = whole(a, value(), 1);
    else if (a === '--load-users') o.users = whole(a, value(), 1);
    else if (a === '--load-contacts') o.contacts = whole(a, value(), 100);
    else if (a === '--out') o.out = path.resolve(value());
    else throw new Error(`unknown option ${a} (with --load: --db, --load-seconds, --load-users, --load-contacts, --out)`);
  }
  for (const d of o.dbs) if (d !== 'sqlite' && d !== 'postgres') throw new Error(`--db: unknown database "${d}"`);
  return o;
}

/** Nearest-rank percentile of sorted samples. */
function percentile(sorted: number[], p: number): number | null {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Demo data (contacts, persons, activities of the seeded account managers) and N users who can log in. */
async function prepare(target: Target, contacts: number, users: number): Promise<LoadData> {
  const seed = await runCli(['seed', '--demo', '--contacts', String(contacts), '--persons', '2-2', '--seed', '1', '--base-date', BASE_DATE, '--db', target.url],
    { KONTAKTA_ADMIN_EMAIL: ADMIN, KONTAKTA_ADMIN_PASSWORD: 'bench-password-1' });
  if (seed.code !== 0) throw new Error(`seed failed: ${seed.stderr || seed.stdout}`);
  const database = await target.open();
  const db = database.db;
  const now = new Date().toISOString();
  const hash = await hashPassword(PASSWORD); // one hash for all: verifying costs the same scrypt work
  const rows = Array.from({ length: users }, (_, i) => ({
    name: `Användare ${i + 1}`, name_key: `anvandare ${String(i + 1).padStart(3, '0')}`, email: `load-${i + 1}@bench.se`,
    is_account_manager: 0, active: 1, role: 'user' as const, password_hash: hash, created_at: now, updated_at: now,
  }));
  const created = await db.insertInto('employees').values(rows).returning(['id', 'email']).execute();
  const managers = (await db.selectFrom('employees').select('id').where('is_account_manager', '=', 1).where('active', '=', 1).orderBy('id').execute()).map((r) => r.id);
  const ids = (await sql<{ id: number }>`select id from contacts order by id`.execute(db)).rows.map((r) => Number(r.id));
  const step = Math.max(1, Math.floor(ids.length / 2000));
  const contactIds = ids.filter((_, i) => i % step === 0);
  const names = await db.selectFrom('contacts').select('name').where('id', 'in', contactIds.slice(0, 200)).execute();
  const terms = [...new Set(names.map((r) => r.name.split(/\s+/)[0]!.slice(0, 4)).filter((t) => t.length >= 3))];
  const cities = [...new Set((await db.selectFrom('contacts').select('city').where('city', 'is not', null).where('id', 'in', contactIds.slice(0, 500)).execute()).map((r) => r.city!))];
  await sql`analyze`.execute(db);
  return {
    users: created.map((r) => ({ id: Number(r.id), email: r.email! })), managers: managers.map(Number), contactIds, terms, cities,
    weekFrom: '2026-11-29T23:00:00.000Z', weekTo: '2026-12-06T23:00:00.000Z',
  };
}

async function logIn(url: string, email: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json', origin: url }, body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`log-in of ${email} failed: ${res.status} ${await res.text()}`);
  return sessionCookie(res.headers.get('set-cookie'))!;
}

type Tally = Map<string, { times: number[]; failed: Record<string, number> }>;
const tallyOf = (tally: Tally, kind: string) => {
  let t = tally.get(kind);
  if (!t) tally.set(kind, (t = { times: [], failed: {} }));
  return t;
};

function rowsOf(config: string, tally: Tally, seconds: number, kinds: string[]): LoadRow[] {
  const all: number[] = [];
  const allFailed: Record<string, number> = {};
  const rows = kinds.map((kind) => {
    const t = tally.get(kind) ?? { times: [], failed: {} };
    const sorted = [...t.times].sort((a, b) => a - b);
    for (const x of sorted) all.push(x); // not push(...sorted): too many arguments for the stack
    for (const [k, v] of Object.entries(t.failed)) allFailed[k] = (allFailed[k] ?? 0) + v;
    return { config, kind, requests: sorted.length, rps: sorted.length / seconds, p50: percentile(sorted, 50), p99: percentile(sorted, 99), failed: t.failed };
  });
  if (kinds.length > 1) {
    all.sort((a, b) => a - b);
    rows.unshift({ config, kind: 'all (the mix)', requests: all.length, rps: all.length / seconds, p50: percentile(all, 50), p99: percentile(all, 99), failed: allFailed });
  }
  return rows;
}

/** Runs one autocannon per server at the same time, the connections shared out between them. */
type Visitor = { requests: autocannon.Request[]; kind: () => string };

async function fire(servers: ServerProcess[], users: number, seconds: number, setup: (server: ServerProcess, userIndex: number) => Visitor | null, tally: Tally, plainKind?: string): Promise<number> {
  const kindOf = new WeakMap<autocannon.Client, () => string>();
  let next = 0;
  const started = performance.now();
  const runs = servers.map((server, s) => new Promise<void>((resolve, reject) => {
    const connections = Math.floor(users / servers.length) + (s < users % servers.length ? 1 : 0);
    const instance = autocannon({
      url: plainKind ? `${server.url}/api/health` : server.url, connections, duration: seconds, timeout: 30,
      setupClient: (client) => {
        const visitor = setup(server, next++);
        if (!visitor) return;
        client.setRequests(visitor.requests);
        kindOf.set(client, visitor.kind);
      },
    }, (err, r) => {
      if (err) return reject(err);
      if (r.timeouts || r.errors) {
        const t = tallyOf(tally, plainKind ?? 'unknown');
        t.failed['no answer'] = (t.failed['no answer'] ?? 0) + r.timeouts + r.errors;
      }
      resolve();
    });
    instance.on('response', (client, status, _bytes, ms) => {
      // autocannon knows nothing of kinds: the answered request's kind is the one last built (one
      // request in flight per connection).
      const t = tallyOf(tally, plainKind ?? kindOf.get(client)?.() ?? 'unknown');
      if (status >= 200 && status < 300) t.times.push(ms);
      else t.failed[String(status)] = (t.failed[String(status)] ?? 0) + 1;
    });
  }));
  await Promise.all(runs);
  return (performance.now() - started) / 1000;
}

/** One user's visit as autocannon requests: each step builds its request when it is due, from the user's state. */
function requests(visit: Step[], user: { cookie?: string }, origin: string, client: { kind: string }): autocannon.Request[] {
  return visit.map((step) => ({
    setupRequest: (req: autocannon.Request) => {
      client.kind = step.kind;
      const body = step.body?.();
      return {
        ...req, method: step.method, path: step.path(),
        headers: {
          'accept-language': 'sv', ...(user.cookie ? { cookie: user.cookie } : {}),
          // The browser's own origin on every state-changing request, as the app's pages send it.
          ...(step.method === 'GET' ? {} : { origin }),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      } as autocannon.Request;
    },
    onResponse: (status: number, text: string, _ctx: object, headers: Record<string, unknown> | undefined) => step.after?.(status, text, headers ?? {}),
  }));
}

async function runConfig(config: string, servers: ServerProcess[], data: LoadData, o: LoadOptions, log: (l: string) => void): Promise<LoadRow[]> {
  // Baseline: the same servers answering /api/health under the same number of connections.
  const healthTally: Tally = new Map();
  const healthSeconds = await fire(servers, o.users, o.seconds, () => null, healthTally, 'health (baseline)');
  const health = rowsOf(config, healthTally, healthSeconds, ['health (baseline)']);
  log(`${config}: /api/health ${health[0]!.rps.toFixed(0)} req/s, p99 ${health[0]!.p99?.toFixed(1)} ms`);

  // Every user logs in once before the clock starts (one at a time, as a morning would spread them).
  const users = data.users.slice(0, o.users).map((u) => ({ ...u, cookie: undefined as string | undefined, draftId: undefined as number | undefined }));
  for (let i = 0; i < users.length; i++) users[i]!.cookie = await logIn(servers[i % servers.length]!.url, users[i]!.email);
  const tally: Tally = new Map();
  let kinds: string[] = [];
  const seconds = await fire(servers, o.users, o.seconds, (server, i) => {
    const user = users[i]!;
    const state = { kind: 'unknown' };
    const visit = userVisit(user, i, data);
    if (!kinds.length) kinds = [...new Set(visit.map((s) => s.kind))];
    return { requests: requests(visit, user, server.url, state), kind: () => state.kind };
  }, tally);
  const rows = rowsOf(config, tally, seconds, kinds);
  if (tally.has('unknown')) rows.push(...rowsOf(config, tally, seconds, ['unknown']));
  log(`${config}: the mix ${rows[0]!.rps.toFixed(0)} req/s, p50 ${rows[0]!.p50?.toFixed(1)} ms, p99 ${rows[0]!.p99?.toFixed(1)} ms`);
  return [...health, ...rows];
}

async function loadOn(kind: DbKind, o: LoadOptions, log: (l: string) => void): Promise<LoadRow[]> {
  const target = await createTarget(kind, 'load');
  const servers: ServerProcess[] = [];
  try {
    log(`${kind}: seeding ${o.contacts.toLocaleString('en-US')} contacts and ${o.users} users…`);
    const data = await prepare(target, o.contacts, o.users);
    servers.push(await startServerProcess(target.url, ADMIN));
    const out = await runConfig(`${kind}, 1 process`, servers, data, o, log);
    if (kind === 'postgres') {
      // The README's scale-out: a second process on the same database, users shared out between them.
      servers.push(await startServerProcess(target.url, ADMIN));
      out.push(...await runConfig(`${kind}, 2 processes`, servers, data, o, log));
    }
    return out;
  } finally {
    for (const s of servers) await s.stop();
    await target.drop();
  }
}

const ms = (x: number | null) => (x === null ? '—' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`);
const failedText = (f: Record<string, number>) => Object.entries(f).map(([k, v]) => `${v}× ${k}`).join(', ') || '0';

export function formatLoadMarkdown(rows: LoadRow[]): string {
  return ['| configuration | request | requests | req/s | p50 | p99 | not 2xx |', '|---|---|---:|---:|---:|---:|---|',
    ...rows.map((r) => `| ${r.config} | ${r.kind} | ${r.requests.toLocaleString('en-US')} | ${r.rps.toFixed(1)} | ${ms(r.p50)} | ${ms(r.p99)} | ${failedText(r.failed)} |`)].join('\n');
}

export async function runLoad(argv: string[]): Promise<void> {
  const o = parseLoadOptions(argv);
  const started = new Date();
  const log = (l: string) => console.log(`  ${l}`);
  const rows: LoadRow[] = [];
  const skipped: string[] = [];
  for (const kind of o.dbs) {
    if (kind === 'postgres' && !(await postgresReachable())) {
      skipped.push(`postgres: ${PG_URL} unreachable`);
      console.log(`postgres skipped: ${PG_URL} unreachable`);
      continue;
    }
    rows.push(...await loadOn(kind, o, log));
  }
  const table = formatLoadMarkdown(rows);
  console.log(`\n${table}`);
  const result = {
    startedAt: started.toISOString(), seconds: Math.round((Date.now() - started.getTime()) / 1000),
    machine: { cpus: os.cpus().length, loadAverage: os.loadavg().map((x) => +x.toFixed(2)), node: process.version },
    options: { db: o.dbs, seconds: o.seconds, users: o.users, contacts: o.contacts }, skipped, load: rows,
  };
  fs.mkdirSync(path.dirname(o.out), { recursive: true });
  fs.writeFileSync(o.out, `${JSON.stringify(result, null, 2)}\n`);
  fs.writeFileSync(o.out.replace(/\.json$/, '') + '.md', `${table}\n`);
  console.log(`\nwritten to ${path.relative(process.cwd(), o.out) || o.out}`);
}
