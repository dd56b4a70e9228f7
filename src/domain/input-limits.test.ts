import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkTexts, isInt32, textProblem } from './input-limits.js';
import { AppError } from './errors.js';

const fieldOf = (f: () => void) => {
  try { f(); } catch (e) { return e instanceof AppError ? e.field : 'not an AppError'; }
  return undefined;
};

describe('input limits', () => {
  it('accepts ordinary text with tab, CR, LF, emoji and U+10FFFF', () => {
    for (const s of ['Åsa Öberg', 'a\tb\r\nc', 'Glad 😀', '\u{10FFFF}', '']) expect(textProblem(s)).toBeUndefined();
  });

  it('refuses every control character but tab, CR and LF, and every lone surrogate', () => {
    for (let c = 0; c < 0xa0; c++) {
      const s = `a${String.fromCharCode(c)}b`;
      const control = (c < 0x20 && ![9, 10, 13].includes(c)) || (c >= 0x7f && c <= 0x9f);
      expect(textProblem(s), `U+${c.toString(16)}`).toBe(control ? 'control character' : undefined);
    }
    expect(textProblem('x\ud800')).toBe('lone surrogate');
    expect(textProblem('\udc00x')).toBe('lone surrogate');
    expect(textProblem('\ud83d\ude00\ud83d')).toBe('lone surrogate');
  });

  it('names the path of the bad text at any depth, keys included', () => {
    expect(fieldOf(() => checkTexts({ a: [{ b: 'ok' }, { c: 'x\u0000' }] }))).toBe('a[1].c');
    expect(fieldOf(() => checkTexts({ ['k\u0000']: 1 }))).toBe('k?');
    expect(fieldOf(() => checkTexts('\ud800'))).toBe('body');
    expect(fieldOf(() => checkTexts({ ok: ['fine', 1, null, true] }))).toBeUndefined();
  });

  it('walks deep nesting without recursion and in linear work', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 1_000_000; i++) deep = [deep];
    expect(fieldOf(() => checkTexts(deep))).toBeUndefined();
    let bad: unknown = 'x\u0001';
    for (let i = 0; i < 1000; i++) bad = { a: [bad] };
    expect(fieldOf(() => checkTexts(bad))).toBe('a[0]'.concat('.a[0]'.repeat(999)));
  });

  it('finds a bad character wherever it is inserted into any clean JSON value', () => {
    fc.assert(fc.property(fc.string(), fc.nat(), (clean, at) => {
      const s = clean.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF]/g, '');
      expect(textProblem(s)).toBeUndefined();
      const i = at % (s.length + 1);
      expect(textProblem(`${s.slice(0, i)}\u0000${s.slice(i)}`)).toBe('control character');
    }));
  });

  it('bounds ids and whole numbers to 32 bits', () => {
    expect([2147483647, -2147483648, 0].every(isInt32)).toBe(true);
    expect([2147483648, -2147483649, 1.5, Number.NaN, '1'].some(isInt32)).toBe(false);
  });
});
