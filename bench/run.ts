/**
 * `npm run bench [-- --db sqlite,postgres] [--sizes 10000,100000] [--million] [--runs 3] [--out FILE]
 *   [--reports csv,pdf] [--no-browser] [--no-seed-baseline] [--calendar 10000] [--schedule 10000] [--change-values 100000]`
 * `npm run bench -- --load …`: the load test of load.ts; `--finish-parts …`: finish-parts.ts.
 * Seeds deterministic demo data and measures each figure of docs/performance.md as the median of
 * the runs, beside a bare-SQL baseline measured in the same run on the same database (see
 * baseline.ts), with the server's peak RSS. Prints a table and writes a JSON file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './server-process.js';
import { createTarget, postgresReachable, PG_URL, type DbKind } from './targets.js';
import { benchSize, type Figure } from './scenarios.js';
import { browserAvailable, CHROMIUM, ensureWebBuilt } from './browser.js';
import { benchCalendar } from './calendar.js';
import { benchImportExport } from './import-export.js';
import { benchScheduling } from './scheduling.js';
import { runLoad } from './load.js';
import { runFinishParts } from './finish-parts.js';
import { benchChangeValues } from './change-values.js';

type Options = { dbs: DbKind[]; sizes: number[]; runs: number; out: string; reports: ('csv' | 'pdf')[]; browser: boolean; seedBaseline: boolean; calendar?: number; schedule?: number; changeValues?: number };

function parseOptions(argv: string[]): Options {
  const o: Options = { dbs: ['sqlite', 'postgres'], sizes: [10_000, 100_000], runs: 3, out: path.join(ROOT, 'bench/results/latest.json'), reports: ['csv', 'pdf'], browser: true, seedBaseline: true };
  let million = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--sizes' && argv[i + 1] === 'none') { i++; o.sizes = []; continue; } // only --calendar
    if (a === '--db') o.dbs = value().split(',').map((s) => s.trim()) as DbKind[];
    else if (a === '--sizes') o.sizes = value().split(',').map((s) => Number(s.replace(/[_\s]/g, '')));
    else if (a === '--million') million = true;
    else if (a === '--runs') o.runs = Number(value());
    else if (a === '--out') o.out = path.resolve(value());
    else if (a === '--reports') o.reports = value().split(',').filter(Boolean) as Options['reports'];
    else if (a === '--no-browser') o.browser = false;
    else if (a === '--no-seed-baseline') o.seedBaseline = false;
    else if (a === '--calendar') o.calendar = Number(value().replace(/[_\s]/g, ''));
    else if (a === '--schedule') o.schedule = Number(value().replace(/[_\s]/g, ''));
    else if (a === '--change-values') o.changeValues = Number(value().replace(/[_\s]/g, ''));
    else if (a === '--') continue;
    else throw new Error(`unknown option ${a} (use --db, --sizes, --million, --runs, --out, --reports, --no-browser, --no-seed-baseline, --calendar, --schedule, --change-values)`);
  }
  for (const d of o.dbs) if (d !== 'sqlite' && d !== 'postgres') throw new Error(`--db: unknown database "${d}"`);
  for (const n of o.sizes) if (!Number.isInteger(n) || n < 10) throw new Error(`--sizes: "${n}" is not a whole number ≥ 10`);
  if (o.calendar !== undefined && !(Number.isInteger(o.calendar) && o.calendar >= 100)) throw new Error('--calendar: the number of activities, at least 100');
  if (o.changeValues !== undefined && !(Number.isInteger(o.changeValues) && o.changeValues >= 10)) throw new Error('--change-values: the number of activities, at least 10');
  if (!Number.isInteger(o.runs) || o.runs < 1) throw new Error('--runs must be a whole number ≥ 1');
  if (million && !o.sizes.includes(1_000_000)) o.sizes.push(1_000_000);
  o.sizes.sort((a, b) => a - b);
  return o;
}

const fmtMs = (ms: number | null) => (ms === null ? '—' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

export function formatTable(figures: Figure[]): string {
  const head = ['db', 'figure', 'contacts', 'product', 'baseline', 'ratio', 'target', 'peak RSS', 'idle RSS'];
  const rows = figures.map((f) => [
    f.db, f.figure, f.contacts.toLocaleString('en-US'), fmtMs(f.productMs), fmtMs(f.baselineMs),
    f.ratio === null ? '—' : `${f.ratio.toFixed(2)}×`,
    f.target ? `${f.target}${f.met === null ? '' : f.met ? ' ok' : ' MISSED'}` : '',
    f.peakMb === null ? '—' : `${Math.round(f.peakMb)} MB`, f.idleMb === null ? '—' : `${Math.round(f.idleMb)} MB`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The same table as Markdown, for docs/performance.md. */
export function formatMarkdown(figures: Figure[]): string {
  const rows = figures.map((f) => `| ${f.db} | ${f.figure} | ${f.contacts.toLocaleString('en-US')} | ${fmtMs(f.productMs)} | ${fmtMs(f.baselineMs)} | `
    + `${f.ratio === null ? '—' : `${f.ratio.toFixed(2)}×`} | ${f.target ?? ''}${f.met === null ? '' : f.met ? ' ✓' : ' ✗'} | `
    + `${f.peakMb === null ? '—' : `${Math.round(f.peakMb)} MB`} | ${f.idleMb === null ? '—' : `${Math.round(f.idleMb)} MB`} |`);
  return ['| db | figure | contacts | product | baseline | ratio | target | peak RSS | idle RSS |', '|---|---|---:|---:|---:|---:|---|---:|---:|', ...rows].join('\n');
}

async function main() {
  // The load test has its own options and table (load.ts).
  if (process.argv.includes('--load')) return runLoad(process.argv.slice(2));
  // Where the SQLite finish's time goes, part by part (finish-parts.ts).
  if (process.argv.includes('--finish-parts')) return runFinishParts(process.argv.slice(2));
  const o = parseOptions(process.argv.slice(2));
  const started = new Date();
  const figures: Figure[] = [];
  const skipped: string[] = [];
  // The figures "over 100,000" (shared finish, card, undo, moves, reports) run at 100,000, or at
  // the largest size below it (smoke runs); a run of only larger sizes measures seeding, preview
  // and the per-contact finish.
  const scenarioSize = o.sizes.filter((n) => n <= 100_000).at(-1);
  if (o.browser && !browserAvailable()) {
    o.browser = false;
    skipped.push(`step 3 in Chromium: ${CHROMIUM} not found`);
    console.log(`step 3 in Chromium skipped: ${CHROMIUM} not found`);
  }
  if (o.browser) ensureWebBuilt();
  for (const kind of o.dbs) {
    if (kind === 'postgres' && !(await postgresReachable())) {
      skipped.push(`postgres: ${PG_URL} unreachable`);
      console.log(`postgres skipped: ${PG_URL} unreachable`);
      continue;
    }
    for (const n of o.sizes) {
      console.log(`${kind}: ${n.toLocaleString('en-US')} contacts, ${o.runs} run(s)…`);
      const got = await benchSize({ kind, contacts: n, runs: o.runs, full: n === scenarioSize, reports: o.reports, browser: o.browser, seedBaseline: o.seedBaseline, createTarget, log: (l) => console.log(`  ${l}`) });
      figures.push(...got);
      // Import and export of contacts: measured at the scenario size (100,000 in a full run); smoke
      // runs of a few hundred contacts leave them out (their files alone take longer to make).
      if (n === scenarioSize && n >= 10_000) figures.push(...await benchImportExport({ kind, contacts: n, runs: 1, createTarget, log: (l) => console.log(`  ${l}`) }));
      // Change values over as many activities as the scenario has contacts (100,000 in a full run).
      if (n === scenarioSize && o.changeValues === undefined) figures.push(...await benchChangeValues({ kind, n, runs: o.runs, createTarget, log: (l) => console.log(`  ${l}`) }));
    }
    if (o.calendar) {
      console.log(`${kind}: calendar and task list over ${o.calendar.toLocaleString('en-US')} activities…`);
      figures.push(...await benchCalendar(kind, o.calendar, createTarget, (l) => console.log(`  ${l}`)));
    }
    if (o.changeValues) {
      console.log(`${kind}: change values over ${o.changeValues.toLocaleString('en-US')} activities…`);
      figures.push(...await benchChangeValues({ kind, n: o.changeValues, runs: o.runs, createTarget, log: (l) => console.log(`  ${l}`) }));
    }
    if (o.schedule) {
      console.log(`${kind}: scheduling ${o.schedule.toLocaleString('en-US')} activities…`);
      figures.push(...await benchScheduling(kind, o.schedule, createTarget, (l) => console.log(`  ${l}`)));
    }
  }
  const table = formatTable(figures);
  console.log(`\n${table}`);
  const result = {
    startedAt: started.toISOString(), seconds: Math.round((Date.now() - started.getTime()) / 1000),
    machine: { cpus: os.cpus().length, loadAverage: os.loadavg().map((x) => +x.toFixed(2)), node: process.version, platform: `${os.type()} ${os.release()}` },
    options: { db: o.dbs, sizes: o.sizes, runs: o.runs, browser: o.browser }, skipped, figures,
  };
  fs.mkdirSync(path.dirname(o.out), { recursive: true });
  fs.writeFileSync(o.out, `${JSON.stringify(result, null, 2)}\n`);
  fs.writeFileSync(o.out.replace(/\.json$/, '') + '.md', `${formatMarkdown(figures)}\n`);
  console.log(`\nwritten to ${path.relative(process.cwd(), o.out) || o.out}`);
}

main().catch((err: unknown) => {
  // Bad options are one readable line; anything else keeps its stack for whoever debugs it.
  const usage = err instanceof Error && /^unknown option|^--/.test(err.message);
  console.error(err instanceof Error ? (usage ? `error: ${err.message}` : err.stack ?? err.message) : err);
  process.exit(1);
});
