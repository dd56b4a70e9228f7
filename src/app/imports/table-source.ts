/**
 * What an import reads: a header and rows of text cells with their line in the file, streamed.
 * The file formats (CSV in any character set, .xlsx) are read outside app/ and handed in as this.
 */
export type TableRow = { line: number; cells: string[] };

export interface TableSource {
  fileName: string | null;
  header: string[];
  rows: AsyncIterable<TableRow>;
  /** How far through the file the rows read so far are, 0…1 (for progress). */
  fraction(): number;
}
