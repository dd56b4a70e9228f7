/**
 * A CSV file as a streamed table: decoded from its character set (iconv-lite), split by
 * csv-parse (quoted fields may hold line breaks and separators), each record with the line it
 * starts on. Memory stays flat: the file is never read whole.
 */
import fs from 'node:fs';
import iconv from 'iconv-lite';
import { parse } from 'csv-parse';
import type { TableRow } from '../app/imports/table-source.js';
import type { Delimiter, Encoding } from './detect.js';

export type CsvOptions = { encoding: Encoding; delimiter: Delimiter };

export type CsvReader = { records: AsyncIterable<TableRow>; fraction(): number; close(): void };

export function readCsv(file: string, opts: CsvOptions): CsvReader {
  const size = fs.statSync(file).size || 1;
  const input = fs.createReadStream(file, { highWaterMark: 256 * 1024 });
  const parser = parse({ delimiter: opts.delimiter, relax_column_count: true, relax_quotes: true, bom: true, info: true });
  input.pipe(iconv.decodeStream(opts.encoding, { stripBOM: true })).pipe(parser);
  input.on('error', (err) => parser.destroy(err));
  async function* records(): AsyncGenerator<TableRow> {
    let nextLine = 1;
    for await (const r of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const line = nextLine;
      nextLine = r.info.lines + 1;
      yield { line, cells: r.record };
    }
  }
  return {
    records: records(),
    fraction: () => Math.min(1, input.bytesRead / size),
    close: () => { input.destroy(); parser.destroy(); },
  };
}
