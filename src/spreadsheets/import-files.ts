/**
 * The import as the CLI and the HTTP routes run it from files on disk: opens the contacts file
 * (and the persons file), resolves the mappings (remembered or suggested, with the caller's
 * changes), runs the use case, and writes the rejected rows of each file where asked.
 */
import type { Writable } from 'node:stream';
import type { Store } from '../app/ports/store.js';
import type { Clock } from '../app/ports/clock.js';
import type { MatchKey } from '../app/ports/imports.js';
import type { ImportMapping } from '../domain/import/fields.js';
import type { Locale } from '../i18n/index.js';
import { importContacts, type ImportProgress, type ImportResult } from '../app/imports/import-contacts.js';
import { resolveMapping } from '../app/imports/resolve-mapping.js';
import { openTable, type TableOptions } from './open-table.js';
import { rejectedRowsWriter } from './rejected-rows.js';
import { localizeErrorMessage } from '../i18n/server-errors.js';
import type { RowProblem } from '../domain/import/row.js';
import type { UnknownCodes } from '../domain/import/codes.js';

/** "Postnr: not a Swedish postal code …; E-post: …" in the user's language. */
export function describeProblems(problems: readonly RowProblem[], locale: Locale): string {
  return problems.map((p) => `${p.column ? `${p.column}: ` : ''}${localizeErrorMessage(p.reason, locale)}`).join('; ');
}

export type ImportFile = { path: string; name: string | null; options?: TableOptions; mapping?: ImportMapping };

export type ImportFilesInput = {
  contacts: ImportFile;
  persons?: ImportFile;
  match: MatchKey;
  dryRun: boolean;
  skipErrors: boolean;
  unknownCodes?: UnknownCodes;
  createdBy: number | null;
  locale: Locale;
  onProgress?: (p: ImportProgress) => void;
  rejected?: { contacts?: Writable; persons?: Writable };
};

/**
 * Opens the files and resolves the mappings (every problem with them is thrown here, before
 * anything runs); `run` then imports. Call `close` when not running.
 */
export async function prepareImportFiles(store: Store, clock: Clock, input: ImportFilesInput) {
  const contacts = await openTable(input.contacts.path, input.contacts.name, input.contacts.options, 'file');
  let persons: Awaited<ReturnType<typeof openTable>> | undefined;
  const close = () => { contacts.close(); persons?.close(); };
  try {
    persons = input.persons ? await openTable(input.persons.path, input.persons.name, input.persons.options, 'personsFile') : undefined;
    const mapping = await resolveMapping(store, contacts.header, 'contacts', input.contacts.mapping, 'mapping');
    const personsMapping = persons ? await resolveMapping(store, persons.header, 'persons', input.persons!.mapping, 'personsMapping') : undefined;
    const run = async (): Promise<ImportResult & { rejectedRows: { contacts: number; persons: number } }> => {
      try {
        const writers = {
          contacts: input.rejected?.contacts ? rejectedRowsWriter(input.rejected.contacts, contacts.header, input.locale) : undefined,
          persons: input.rejected?.persons && persons ? rejectedRowsWriter(input.rejected.persons, persons.header, input.locale) : undefined,
        };
        const result = await importContacts(store, clock, {
          contacts, mapping, match: input.match, dryRun: input.dryRun, skipErrors: input.skipErrors, unknownCodes: input.unknownCodes, createdBy: input.createdBy,
          persons: persons ? { source: persons, mapping: personsMapping! } : undefined,
          onProgress: input.onProgress,
          onRejected: async (r) => { await writers[r.file]?.write(r.line, r.cells, describeProblems(r.problems, input.locale)); },
        });
        return { ...result, rejectedRows: { contacts: writers.contacts?.rows ?? 0, persons: writers.persons?.rows ?? 0 } };
      } finally {
        close();
      }
    };
    return { run, close };
  } catch (err) {
    close();
    throw err;
  }
}

export async function importFiles(store: Store, clock: Clock, input: ImportFilesInput) {
  const prepared = await prepareImportFiles(store, clock, input);
  return prepared.run();
}
