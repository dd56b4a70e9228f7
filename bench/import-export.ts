/**
 * Import and export at scale, part of `npm run bench` (at the scenario size, 100,000 contacts):
 * a generated register of N contacts with two persons each as a Windows-1252 `;` CSV and as an
 * .xlsx, imported by the CLI into an empty database, then exported again as CSV and .xlsx. The
 * import's own time is the one the CLI reports ("in X s", without the process start); the
 * export's is the CLI's wall time. Peak RSS is the child's VmHWM, to show memory stays flat.
 *
 *   npx tsx bench/import-export.ts [sqlite|postgres|both] [contacts=100000]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import { ROOT } from './server-process.js';
import { createTarget, postgresReachable, type DbKind, type Target } from './targets.js';
import { median, type Figure } from './scenarios.js';

const HEADER = ['Kundnr', 'Företag', 'Org.nr', 'Adress', 'Postnr', 'Ort', 'Telefon', 'E-post', 'Omsättning', 'Antal anställda',
  'Kontaktperson 1 förnamn', 'Kontaktperson 1 efternamn', 'Kontaktperson 1 titel', 'Kontaktperson 1 mobil', 'Kontaktperson 1 e-post',
  'Kontaktperson 2 förnamn', 'Kontaktperson 2 efternamn', 'Kontaktperson 2 titel', 'Kontaktperson 2 mobil', 'Kontaktperson 2 e-post'];
const CITIES = ['Stockholm', 'Göteborg', 'Malmö', 'Uppsala', 'Västerås', 'Örebro', 'Linköping', 'Umeå', 'Luleå', 'Jönköping'];

function row(i: number): (string | number)[] {
  const n = 20_001 + i;
  return [n, `Företag ${i} Åkeri & Söner AB`, `556${String(i).padStart(7, '0')}`,
    `Storgatan ${i % 200}\nBox ${i % 90}`, `${100 + (i % 800)} ${String(i % 100).padStart(2, '0')}`, CITIES[i % CITIES.length]!,
    `08-${String(i).padStart(6, '0')}`, `info${i}@foretag.se`, (i % 1000) * 1234.5, i % 250,
    'Åsa', `Öberg ${i}`, 'VD', `070-${String(i).padStart(7, '0')}`, `asa${i}@foretag.se`,
    'Per', `Persson ${i}`, 'Inköpschef', `073-${String(i).padStart(7, '0')}`, `per${i}@foretag.se`];
}

const csvCell = (v: string | number) => {
  const s = typeof v === 'number' ? String(v).replace('.', ',') : v;
  return /[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export async function makeCsv(file: string, n: number) {
  const out = fs.createWriteStream(file);
  out.write(iconv.encode(HEADER.join(';') + '\r\n', 'windows-1252'));
  for (let start = 0; start < n; start += 5000) {
    let text = '';
    for (let i = start; i < Math.min(n, start + 5000); i++) text += row(i).map(csvCell).join(';') + '\r\n';
    if (!out.write(iconv.encode(text, 'windows-1252'))) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(r));
}

export async function makeXlsx(file: string, n: number) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: false });
  const ws = wb.addWorksheet('Kunder');
  ws.addRow(HEADER).commit();
  for (let i = 0; i < n; i++) ws.addRow(row(i)).commit();
  ws.commit();
  await wb.commit();
}

/** Runs the CLI, sampling its peak RSS (VmHWM) from /proc. */
function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string; ms: number; peakMb: number | null }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/main.ts'), ...args], {
      cwd: ROOT, env: { ...process.env, KONTAKTA_ADMIN_PASSWORD: 'bench-password-1' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let peakKb = 0;
    const sample = () => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch { /* gone */ }
    };
    const timer = setInterval(sample, 100);
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', () => sample());
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code: code ?? 1, stdout, stderr, ms: performance.now() - started, peakMb: peakKb ? peakKb / 1024 : null });
    });
  });
}

type Ctx = { kind: DbKind; contacts: number; runs: number; createTarget: (k: DbKind, label: string) => Promise<Target>; log: (l: string) => void };

export async function benchImportExport(ctx: Ctx): Promise<Figure[]> {
  const { kind, contacts: n, runs } = ctx;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontakta-bench-import-'));
  const csv = path.join(dir, 'kunder.csv');
  const xlsx = path.join(dir, 'kunder.xlsx');
  await makeCsv(csv, n);
  await makeXlsx(xlsx, n);
  ctx.log(`import files: CSV ${(fs.statSync(csv).size / 1e6).toFixed(1)} MB, .xlsx ${(fs.statSync(xlsx).size / 1e6).toFixed(1)} MB`);
  const figures: Figure[] = [];
  const limitS = kind === 'sqlite' ? 20 : 60;
  const add = (figure: string, samples: number[], peaks: (number | null)[], target: string | null, met: boolean | null, note?: string) => {
    const p = median(samples);
    const peak = peaks.filter((x): x is number => x !== null);
    figures.push({
      db: kind, figure, contacts: n, runs: samples.length, productMs: p, baselineMs: null, ratio: null, productRuns: samples, baselineRuns: [],
      peakMb: peak.length ? Math.max(...peak) : null, idleMb: null, target, met, ...(note ? { note } : {}),
    });
    ctx.log(`${figure}: ${(p / 1000).toFixed(1)} s${peak.length ? `, peak ${Math.round(Math.max(...peak))} MB` : ''}`);
  };
  try {
    const importTimes: Record<'csv' | 'xlsx', number[]> = { csv: [], xlsx: [] };
    const importPeaks: Record<'csv' | 'xlsx', (number | null)[]> = { csv: [], xlsx: [] };
    const exportTimes: Record<'csv' | 'xlsx', number[]> = { csv: [], xlsx: [] };
    const exportPeaks: Record<'csv' | 'xlsx', (number | null)[]> = { csv: [], xlsx: [] };
    for (let run = 0; run < runs; run++) {
      for (const format of ['csv', 'xlsx'] as const) {
        const target = await ctx.createTarget(kind, `import${format}`);
        try {
          await target.open();
          const r = await cli(['import', 'contacts', format === 'csv' ? csv : xlsx, '--db', target.url]);
          const secs = /in ([\d.]+) s\./.exec(r.stdout)?.[1];
          if (r.code !== 0 || !secs || !r.stdout.includes(`${n.toLocaleString('en-US')} created`)) throw new Error(`import ${format} failed: ${r.stdout}\n${r.stderr}`);
          importTimes[format].push(Number(secs) * 1000);
          importPeaks[format].push(r.peakMb);
          if (format === 'csv') {
            for (const ef of ['csv', 'xlsx'] as const) {
              const out = path.join(dir, `export.${ef}`);
              const e = await cli(['export', 'contacts', '--format', ef, '--out', out, '--db', target.url]);
              if (e.code !== 0) throw new Error(`export ${ef} failed: ${e.stderr}`);
              exportTimes[ef].push(e.ms);
              exportPeaks[ef].push(e.peakMb);
            }
          }
        } finally {
          await target.drop();
        }
      }
    }
    const csvMs = median(importTimes.csv);
    add('import CSV (2 persons each)', importTimes.csv, importPeaks.csv, `<${limitS} s`, csvMs < limitS * 1000);
    add('import .xlsx (2 persons each)', importTimes.xlsx, importPeaks.xlsx, '≤2× CSV', median(importTimes.xlsx) <= 2 * csvMs);
    add('export contacts CSV (per person)', exportTimes.csv, exportPeaks.csv, null, null, 'CLI wall time, process start included');
    add('export contacts .xlsx (per person)', exportTimes.xlsx, exportPeaks.xlsx, null, null, 'CLI wall time, process start included');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const which = process.argv[2] ?? 'both';
  const n = Number(process.argv[3] ?? 100_000);
  const kinds: DbKind[] = which === 'both' ? ['sqlite', 'postgres'] : [which as DbKind];
  for (const kind of kinds) {
    if (kind === 'postgres' && !(await postgresReachable())) { console.log('postgres unreachable: skipped'); continue; }
    console.log(`${kind}: ${n.toLocaleString('en-US')} contacts`);
    const figures = await benchImportExport({ kind, contacts: n, runs: 1, createTarget, log: (l) => console.log(`  ${l}`) });
    console.log(JSON.stringify(figures.map((f) => ({ figure: f.figure, s: (f.productMs! / 1000).toFixed(1), peakMb: f.peakMb && Math.round(f.peakMb), met: f.met }))));
  }
}
