/**
 * Limits every input shares, whatever route or command it comes through. Ids and whole numbers
 * fit a 32-bit integer column (PostgreSQL's `integer`; SQLite would store more but must answer
 * the same). Text may hold tab, CR and LF but no other control character (PostgreSQL cannot store
 * NUL, and nothing an office types holds the rest) and no lone UTF-16 surrogate (it is not a
 * character: the databases would silently turn it into U+FFFD).
 */
export const MAX_INT = 2_147_483_647;
export const MIN_INT = -2_147_483_648;

export const isInt32 = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= MIN_INT && v <= MAX_INT;

// C0 controls but tab/LF/CR, DEL and the C1 controls; then a high surrogate not followed by a low
// one, or a low one not preceded by a high one.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a text cannot be accepted, or undefined when it can. */
export function textProblem(s: string): 'control character' | 'lone surrogate' | undefined {
  if (CONTROL.test(s)) return 'control character';
  if (LONE_SURROGATE.test(s)) return 'lone surrogate';
  return undefined;
}

export const TEXT_PROBLEM_MESSAGE = {
  'control character': 'text may not hold control characters (only tab, line feed and carriage return)',
  'lone surrogate': 'text holds an invalid character (a lone UTF-16 surrogate)',
} as const;
