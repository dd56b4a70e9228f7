/**
 * `kontakta seed --demo [--contacts N] [--seed S] [--persons MIN-MAX] [--base-date D] [--db URL]`
 * fills an empty database with deterministic demo data; `kontakta seed --contacts N` appends more
 * demo contacts. A progress bar on a terminal (stderr), plain progress lines elsewhere.
 */
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { loadConfig } from '../../config.js';
import { openAndPrepare } from '../../main.js';
import { systemClock } from '../../app/ports/clock.js';
import { validation } from '../../domain/errors.js';
import { seedDemo, type SeedProgress, type SeedSummary } from '../../app/seed/seed-demo.js';
import { appendDemoContacts } from '../../app/seed/append-demo-contacts.js';
import type { PersonsRange } from '../../app/seed/demo-contacts.js';
import { checkBaseDate, checkContactCount, checkPersons, checkSeed } from '../../app/seed/seed-options.js';

type SeedFlags = { demo?: boolean; contacts?: string; seed?: string; persons?: string; baseDate?: string; db?: string };

function wholeNumber(v: string, field: string): number {
  const s = v.replace(/[_\s]/g, '');
  if (!/^\d+$/.test(s)) throw validation(field, `"${v}" is not a whole number`);
  return Number(s);
}

function personsRange(v: string): PersonsRange {
  const m = /^(\d+)(?:-(\d+))?$/.exec(v.trim());
  if (!m) throw validation('persons', `"${v}" is not MIN-MAX (e.g. 2-3)`);
  return { min: Number(m[1]), max: Number(m[2] ?? m[1]) };
}

/** Progress on stderr: a bar on a terminal, a line per step otherwise (logs, CI). */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr): { report: SeedProgress; stop: () => void } {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar({
      stream, format: '{phase} [{bar}] {percentage}% | {value}/{total}', hideCursor: true, clearOnComplete: false,
    }, cliProgress.Presets.shades_classic);
    let started = '';
    return {
      report: (phase, done, total) => {
        if (started !== phase) {
          if (started) bar.stop();
          bar.start(total, done, { phase });
          started = phase;
        } else bar.update(done, { phase });
      },
      stop: () => { if (started) bar.stop(); },
    };
  }
  return { report: (phase, done, total) => { stream.write(`${phase}: ${done}/${total}\n`); }, stop: () => {} };
}

export function describeSummary(s: SeedSummary, seconds: number): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const range = s.firstContactNumber !== null ? ` (numbers ${s.firstContactNumber}–${s.lastContactNumber})` : '';
  const registers = s.employees ? `${s.employees} employees, ${s.activities} activities, ` : '';
  return `Seeded demo data (seed ${s.seed}): ${n(s.contacts)} contacts${range}, ${n(s.persons)} contact persons, ${registers}in ${seconds.toFixed(1)} s`;
}

export function registerSeed(program: Command): void {
  program.command('seed')
    .description('add demo data: "seed --demo" fills an empty database; "seed --contacts N" appends demo contacts')
    .option('--demo', 'create the demo registers, contacts and activities')
    .option('--contacts <n>', 'number of contacts (default 2000 with --demo)')
    .option('--seed <s>', 'random seed; the same seed gives the same data (default 1)')
    .option('--persons <min-max>', 'contact persons per company (default 2-3)')
    .option('--base-date <date>', 'activities are placed around this date (YYYY-MM-DD, default today)')
    .option('--db <url>', 'database: sqlite:PATH or postgres://… (env KONTAKTA_DB)')
    .action(async (flags: SeedFlags) => {
      if (!flags.demo && flags.contacts === undefined) throw validation('demo', 'say --demo (or --contacts N to append demo contacts)');
      if (!flags.demo && flags.seed !== undefined) throw validation('seed', '--seed goes with --demo; appended contacts continue the stored seed');
      // Checked before the database is opened, so bad input leaves nothing behind.
      const contacts = checkContactCount(flags.contacts === undefined ? 2000 : wholeNumber(flags.contacts, 'contacts'));
      const seed = checkSeed(flags.seed === undefined ? 1 : wholeNumber(flags.seed, 'seed'));
      const persons = flags.persons === undefined ? undefined : checkPersons(personsRange(flags.persons));
      if (flags.baseDate !== undefined) checkBaseDate(flags.baseDate, 'base-date');
      const config = loadConfig({ db: flags.db });
      const opened = await openAndPrepare(config, (l) => console.log(l));
      const progress = progressReporter();
      const started = performance.now();
      try {
        const summary = flags.demo
          ? await seedDemo(opened.store, systemClock, { contacts, seed, persons, baseDate: flags.baseDate, onProgress: progress.report })
          : await appendDemoContacts(opened.store, systemClock, { contacts, persons, onProgress: progress.report });
        progress.stop();
        console.log(describeSummary(summary, (performance.now() - started) / 1000));
      } finally {
        progress.stop();
        await opened.database.close();
      }
    });
}
