/**
 * Limits every input shares, whatever route or command it comes through. Ids and whole numbers
 * fit a 32-bit integer column (PostgreSQL's `integer`; SQLite would store more but must answer
 * the same). Text may hold tab, CR and LF but no other control character (PostgreSQL cannot store
 * NUL, and nothing an office types holds the rest) and no lone UTF-16 surrogate (it is not a
 * character: the databases would silently turn it into U+FFFD).
 */
import { validation } from './errors.js';

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

/** `["match", 1, "value"]` → `match[1].value` */
function pathText(parts: ReadonlyArray<string | number>): string {
  let out = '';
  for (const p of parts) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out;
}

/** A step of the walk: the value and how it was reached (a parent link, so no path is copied). */
type Step = { value: unknown; key: string | number | undefined; parent: Step | undefined };

function pathOf(step: Step | undefined, base: (string | number)[]): (string | number)[] {
  const keys: (string | number)[] = [];
  for (let s = step; s && s.key !== undefined; s = s.parent) keys.push(s.key);
  return [...base, ...keys.reverse()];
}

/**
 * Throws a 400 (VALIDATION) naming the path of the first text in `root` — a value or an object
 * key, at any depth — that holds a control character or a lone surrogate. Iterative and linear
 * (the path is only built for the error), so a deeply nested body costs no more than a flat one.
 */
export function checkTexts(root: unknown, basePath: (string | number)[] = [], rootName = 'body'): void {
  const stack: Step[] = [{ value: root, key: undefined, parent: undefined }];
  while (stack.length) {
    const step = stack.pop()!;
    const { value } = step;
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) throw validation(pathText(pathOf(step, basePath)) || rootName, TEXT_PROBLEM_MESSAGE[problem]);
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], key: i, parent: step });
    } else if (value && typeof value === 'object') {
      const entries = Object.entries(value);
      for (const [k] of entries) {
        const problem = textProblem(k);
        // The key itself is at fault: name it with its bad characters made visible.
        if (problem) throw validation(pathText([...pathOf(step, basePath), k.replace(/[^\x20-\x7E]/g, '?')]), TEXT_PROBLEM_MESSAGE[problem]);
      }
      for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i]![1], key: entries[i]![0], parent: step });
    }
  }
}
