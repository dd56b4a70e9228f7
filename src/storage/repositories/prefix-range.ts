/**
 * A prefix search as a range on a byte-ordered key: `key >= p AND key < next(p)`, which both
 * databases answer from an ordinary index (LIKE would not use it on SQLite or non-C PostgreSQL).
 */
export function prefixRange(prefix: string): [string, string] {
  const chars = [...prefix];
  const last = chars.pop();
  if (last === undefined) return ['', '\u{10FFFF}'];
  return [prefix, chars.join('') + String.fromCodePoint(last.codePointAt(0)! + 1)];
}
