/**
 * Text folding and Swedish ordering, shared by the database functions, the selection evaluator
 * and the UI, so that "ÅSA" equals "åsa" and lists sort … x y z å ä ö on both databases.
 */

/** Case fold used by every case-insensitive comparison (the SQL function `kfold` does the same). */
export function fold(text: string): string {
  return text.toLowerCase();
}

// Letters Swedish sorts after z, mapped to the three code points after 'z' ('{' '|' '}').
const SWEDISH_TAIL: Record<string, string> = { å: '{', ä: '|', æ: '|', ö: '}', ø: '}' };
const ACCENTS: Record<string, string> = { é: 'e', è: 'e', ê: 'e', ë: 'e', á: 'a', à: 'a', â: 'a', ü: 'y', ç: 'c', ñ: 'n', í: 'i', ó: 'o', ô: 'o', ú: 'u' };

/**
 * A key whose plain byte order is Swedish alphabetical order (case- and accent-insensitive).
 * Stored beside names (`name_key`) and compared with the "C" collation in PostgreSQL, so both
 * databases sort identically and an index serves both sorting and prefix search.
 */
export function sortKey(text: string): string {
  let out = '';
  for (const ch of fold(text.trim())) out += SWEDISH_TAIL[ch] ?? ACCENTS[ch] ?? ch;
  return out;
}

/** Empty text ("" or only spaces) is stored as null: one meaning of "empty" everywhere. */
export function emptyToNull(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export const swedishCollator = new Intl.Collator('sv', { sensitivity: 'base' });
