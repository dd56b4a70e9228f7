/**
 * The rejected rows of an import as a CSV file ready to fix and import again: the file's own
 * header and cells, and a last column with the reason. Swedish-Excel conventions like the
 * reports' CSV: UTF-8 with BOM, `;` and CRLF for Swedish, `,` for English.
 */
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import type { Locale } from '../i18n/index.js';
import { writeChunk } from '../reports/write.js';

export function rejectedRowsWriter(out: Writable, header: readonly string[], locale: Locale) {
  const opts = { delimiter: locale === 'sv' ? ';' : ',', record_delimiter: '\r\n', quoted_match: /^\s|\s$/ } as const;
  let started = false;
  let rows = 0;
  return {
    async write(line: number, cells: readonly string[], reason: string) {
      if (!started) {
        started = true;
        await writeChunk(out, '\ufeff' + stringify([[...header, locale === 'sv' ? 'Orsak (rad i filen)' : 'Reason (line in file)']], opts));
      }
      const padded = Array.from({ length: header.length }, (_, i) => cells[i] ?? '');
      await writeChunk(out, stringify([[...padded, `${reason} (${line})`]], opts));
      rows++;
    },
    get rows() { return rows; },
  };
}
