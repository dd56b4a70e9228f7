/**
 * What a file is before it is read: .xlsx (a zip) or text; the character set of a text file
 * (a UTF-8 BOM, text that decodes as UTF-8, else Windows-1252 — the two that Swedish office
 * software writes); and the separator (the one of `;` `,` tab that splits the first line into
 * the most columns, counting only outside quotes).
 */
export type FileFormat = 'csv' | 'xlsx';
export type Encoding = 'utf-8' | 'windows-1252';
export const ENCODINGS: readonly Encoding[] = ['utf-8', 'windows-1252'];
export type Delimiter = ';' | ',' | '\t';
export const DELIMITERS: readonly Delimiter[] = [';', ',', '\t'];

export function detectFormat(head: Buffer): FileFormat {
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04 ? 'xlsx' : 'csv';
}

export function hasUtf8Bom(head: Buffer): boolean {
  return head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
}

export function detectEncoding(head: Buffer, complete: boolean): Encoding {
  if (hasUtf8Bom(head)) return 'utf-8';
  // A sample cut inside a multi-byte character must not count against UTF-8: drop its tail.
  let end = head.length;
  if (!complete) {
    let i = end - 1;
    while (i >= 0 && i > end - 4 && (head[i]! & 0xc0) === 0x80) i--;
    if (i >= 0 && head[i]! >= 0xc0) end = i;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, end));
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** The separator that splits the first record into the most fields (quotes respected). */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) counts[ch]++;
  }
  // Ties go to ';' (Swedish Excel), then ',' then tab.
  return DELIMITERS.reduce((best, d) => (counts[d] > counts[best] ? d : best), ';' as Delimiter);
}
