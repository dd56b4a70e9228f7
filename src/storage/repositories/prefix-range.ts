/**
 * A prefix search as a range on a byte-ordered key: `key >= p AND key < next(p)`, which both
 * databases answer from an ordinary index (LIKE would not use it on SQLite or non-C PostgreSQL).
 */
const LAST_CODE_POINT = 0x10ffff;
const MAX_KEY_LENGTH = 1000;

export function prefixRange(prefix: string): [string, string] {
  const chars = [...prefix];
  // The next prefix in byte order: raise the last character that is not already the last code
  // point, dropping those after it (U+10FFFF has no successor: "a\u{10FFFF}" is followed by "b").
  while (chars.length && chars[chars.length - 1]!.codePointAt(0) === LAST_CODE_POINT) chars.pop();
  const last = chars.pop();
  // Only U+10FFFF (or nothing): no next prefix exists, but names are at most 500 characters, so
  // the prefix followed by more U+10FFFF than any key holds is above every key that starts with it.
  if (last === undefined) return [prefix, prefix + '\u{10FFFF}'.repeat(MAX_KEY_LENGTH)];
  let next = last.codePointAt(0)! + 1;
  if (next === 0xd800) next = 0xe000; // skip the surrogate block: not characters, not in any key
  return [prefix, chars.join('') + String.fromCodePoint(next)];
}
