/**
 * `kontakta import contacts FILE`: the import of the web page from the command line — the same
 * use case, the mapping remembered or given with --map, a dry run that lists every bad line,
 * stop-at-first-error or --skip-errors with the rejected rows written to a file, a progress bar on
 * a terminal. `kontakta import list` and `kontakta import undo ID` show and undo imports.
 */
import fs from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { openAndPrepare } from '../../main.js';
import { systemClock } from '../../app/ports/clock.js';
import { MATCH_KEYS, type MatchKey } from '../../app/ports/imports.js';
import type { ImportMapping } from '../../domain/import/fields.js';
import { CODE_FIELDS, type CodeField } from '../../domain/model/contact-codes.js';
import { validation } from '../../domain/errors.js';
import { importFiles } from '../../spreadsheets/import-files.js';
import { DELIMITERS, ENCODINGS, type Delimiter, type Encoding } from '../../spreadsheets/detect.js';
import type { TableOptions } from '../../spreadsheets/open-table.js';
import { undoImport } from '../../app/imports/undo-import.js';
import { listImports } from '../../app/imports/list-imports.js';
import { progressReporter } from './seed.js';

type ImportFlags = {
  persons?: string; map?: string; personsMap?: string; match: string; dryRun?: boolean; skipErrors?: boolean; rejectUnknownCodes?: boolean;
  encoding?: string; separator?: string; sheet?: string; rejected?: string; lang: string; db?: string;
};

/** "Kundnr=number,Säljare=accountManager,Fax=" → mapping changes ("" ignores the column). */
export function parseMap(text: string | undefined, field: string): ImportMapping | undefined {
  if (!text) return undefined;
  const out: ImportMapping = {};
  for (const part of text.split(',')) {
    const eq = part.lastIndexOf('=');
    if (eq <= 0) throw validation(field, `expected column=field, got "${part}"`);
    out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim() || null;
  }
  return out;
}

function tableOptions(flags: ImportFlags): TableOptions {
  const o: TableOptions = {};
  if (flags.encoding && flags.encoding !== 'auto') {
    const e = flags.encoding.toLowerCase().replace(/^cp/, 'windows-').replace(/^utf8$/, 'utf-8') as Encoding;
    if (!ENCODINGS.includes(e)) throw validation('encoding', 'use auto, utf-8 or windows-1252');
    o.encoding = e;
  }
  if (flags.separator) {
    const d = (flags.separator === 'tab' || flags.separator === '\\t' ? '\t' : flags.separator) as Delimiter;
    if (!DELIMITERS.includes(d)) throw validation('separator', 'use ";", "," or tab');
    o.delimiter = d;
  }
  if (flags.sheet) o.sheet = flags.sheet;
  return o;
}

const n = (x: number) => x.toLocaleString('en-US');

const CODE_NOUNS: Record<CodeField, [string, string]> = {
  category: ['category', 'categories'], lineOfBusiness: ['line of business', 'lines of business'],
  status: ['contact status', 'contact statuses'], district: ['district', 'districts'],
};

/** "3 new categories: A, B, C" per register the import adds to (a dry run: would add to). */
function newCodeLines(codes: Record<CodeField, string[]>, dryRun: boolean): string[] {
  return CODE_FIELDS.filter((f) => codes[f].length).map((f) => {
    const list = codes[f];
    const shown = list.slice(0, 20).join(', ') + (list.length > 20 ? ', …' : '');
    return `${n(list.length)} new ${CODE_NOUNS[f][list.length === 1 ? 0 : 1]}${dryRun ? ' would be added' : ' added'}: ${shown}`;
  });
}

export function registerImport(program: Command): void {
  const cmd = program.command('import').description('import contacts from a spreadsheet; list and undo imports');

  cmd.command('contacts <file>')
    .description('import contacts (and persons) from CSV or .xlsx')
    .option('--persons <file>', 'a second file of contact persons keyed by the contact number')
    .option('--map <col=field,…>', 'map columns (an empty field ignores the column); the rest map by their headers')
    .option('--persons-map <col=field,…>', 'map columns of the persons file')
    .option('--match <key>', 'find existing contacts by number | orgNumber | email', 'number')
    .option('--dry-run', 'say what would happen per row; write nothing')
    .option('--skip-errors', 'import the good rows and write the bad ones to the rejected file (default: stop at the first bad row, writing nothing)')
    .option('--reject-unknown-codes', 'a category, line of business, status or district its register lacks is a row error (default: added to the register)')
    .option('--encoding <charset>', 'auto | utf-8 | windows-1252 (CSV only)', 'auto')
    .option('--separator <char>', '";" | "," | tab (CSV only; default: detected)')
    .option('--sheet <name|n>', 'the .xlsx sheet to read (default: the first)')
    .option('--rejected <file>', 'where --skip-errors writes the rejected rows (default: FILE.rejected.csv)')
    .option('--lang <lang>', 'sv | en: the rejected file\'s separator and reason column', 'sv')
    .option('--db <url>', 'database: sqlite:PATH or postgres://… (env KONTAKTA_DB)')
    .action(async (file: string, flags: ImportFlags) => {
      if (!MATCH_KEYS.includes(flags.match as MatchKey)) throw validation('match', 'use number, orgNumber or email');
      if (flags.lang !== 'sv' && flags.lang !== 'en') throw validation('lang', 'use sv or en');
      for (const [f, field] of [[file, 'file'], [flags.persons, 'persons']] as const) {
        if (f && !fs.existsSync(f)) throw validation(field, `no file ${f}`);
      }
      const options = tableOptions(flags);
      const config = loadConfig({ db: flags.db });
      const opened = await openAndPrepare(config, (l) => console.error(l));
      const progress = progressReporter();
      const rejectedPath = flags.rejected ?? file.replace(/(\.[^./\\]+)?$/, '.rejected.csv');
      const personsRejectedPath = flags.persons ? flags.persons.replace(/(\.[^./\\]+)?$/, '.rejected.csv') : undefined;
      const writeRejected = Boolean(flags.skipErrors && !flags.dryRun);
      const rejected = writeRejected ? fs.createWriteStream(rejectedPath) : undefined;
      const personsRejected = writeRejected && personsRejectedPath ? fs.createWriteStream(personsRejectedPath) : undefined;
      const started = Date.now();
      try {
        const adminId = await opened.store.employees.findIdByEmail(config.adminEmail);
        const r = await importFiles(opened.store, systemClock, {
          contacts: { path: file, name: path.basename(file), options, mapping: parseMap(flags.map, 'map') },
          persons: flags.persons ? { path: flags.persons, name: path.basename(flags.persons), options, mapping: parseMap(flags.personsMap, 'persons-map') } : undefined,
          match: flags.match as MatchKey, dryRun: Boolean(flags.dryRun), skipErrors: Boolean(flags.skipErrors),
          unknownCodes: flags.rejectUnknownCodes ? 'reject' : 'add',
          createdBy: adminId ?? null, locale: flags.lang,
          onProgress: (p) => progress.report((p.file === 'contacts' ? 'contacts' : 'persons') as 'contacts', Math.round(p.fraction * 100), 100),
          rejected: { contacts: rejected, persons: personsRejected },
        });
        progress.stop();
        for (const s of [rejected, personsRejected]) if (s) { s.end(); await finished(s); }
        for (const o of r.outcomes) {
          if (o.action === 'error') {
            for (const p of o.problems) console.log(`${o.file === 'persons' ? 'persons ' : ''}line ${o.line}: ${p.column ? `${p.column}: ` : ''}${p.reason}`);
          } else if (flags.dryRun) {
            console.log(`${o.file === 'persons' ? 'persons ' : ''}line ${o.line}: ${o.action}${o.number !== null ? ` ${o.number}` : ''}${o.name ? ` ${o.name}` : ''}`);
          }
        }
        if (r.outcomesTruncated && flags.dryRun) console.log('… (more rows not listed)');
        const c = r.counts;
        const secs = ((Date.now() - started) / 1000).toFixed(1);
        const what = `${n(c.created)} created, ${n(c.updated)} updated, ${n(c.unchanged)} unchanged, ${n(c.errors)} with errors, ${n(c.persons)} contact persons added`;
        if (r.stopped) {
          const first = r.outcomes.find((o) => o.action === 'error');
          throw validation('file', `stopped at line ${first?.line}: nothing imported (use --skip-errors to import the other rows)`);
        }
        for (const line of newCodeLines(r.newCodes, Boolean(flags.dryRun))) console.log(line);
        if (flags.dryRun) console.log(`Dry run of ${n(c.rows)} rows: would be ${what}. Nothing was written.`);
        else console.log(`Import ${r.importId}: ${n(c.rows)} rows, ${what} in ${secs} s. Undo with: kontakta import undo ${r.importId}`);
        if (r.rejectedRows.contacts) console.log(`Rejected rows: ${rejectedPath}`);
        if (r.rejectedRows.persons) console.log(`Rejected persons: ${personsRejectedPath}`);
        if (writeRejected && !r.rejectedRows.contacts) fs.rmSync(rejectedPath, { force: true });
        if (writeRejected && personsRejectedPath && !r.rejectedRows.persons) fs.rmSync(personsRejectedPath, { force: true });
        if (flags.dryRun && c.errors) process.exitCode = 2;
      } finally {
        progress.stop();
        await opened.database.close();
      }
    });

  cmd.command('list')
    .description('the latest imports')
    .option('--db <url>', 'database: sqlite:PATH or postgres://… (env KONTAKTA_DB)')
    .action(async (flags: { db?: string }) => {
      const opened = await openAndPrepare(loadConfig({ db: flags.db }), (l) => console.error(l));
      try {
        for (const i of await listImports(opened.store)) {
          console.log(`${i.id}\t${i.createdAt}\t${i.status}\t${i.fileName ?? ''}\t${i.created} created, ${i.updated} updated, ${i.errors} errors`);
        }
      } finally {
        await opened.database.close();
      }
    });

  cmd.command('undo <id>')
    .description('undo an import: remove the contacts it created, restore the fields it updated (unless changed since)')
    .option('--db <url>', 'database: sqlite:PATH or postgres://… (env KONTAKTA_DB)')
    .action(async (id: string, flags: { db?: string }) => {
      if (!/^\d+$/.test(id)) throw validation('id', 'a positive import id');
      const config = loadConfig({ db: flags.db });
      const opened = await openAndPrepare(config, (l) => console.error(l));
      try {
        const adminId = await opened.store.employees.findIdByEmail(config.adminEmail);
        const u = await undoImport(opened.store, systemClock, Number(id), adminId ?? null);
        console.log(`Import ${id} undone: ${n(u.deleted)} contacts removed, ${n(u.restored)} restored, ${n(u.personsDeleted)} contact persons removed; kept ${n(u.keptChanged)} changed since and ${n(u.keptWithActivities)} with activities.${u.codesDeleted ? ` ${n(u.codesDeleted)} codes it added left their registers.` : ''}`);
      } finally {
        await opened.database.close();
      }
    });
}
