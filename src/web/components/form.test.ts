import { describe, expect, it } from 'vitest';
import { fieldKey, parseNumber, textOrNull } from './form';
import { fromLocalInput, toLocalInput } from '../pages/datetime';

describe('form helpers', () => {
  it('maps a server error path to the form field it belongs to', () => {
    expect(fieldKey('name')).toBe('name');
    expect(fieldKey('contactIds[2]')).toBe('contactIds');
    expect(fieldKey('body.email')).toBe('email');
    expect(fieldKey(undefined)).toBeUndefined();
  });
  it('reads numbers typed in Swedish or English', () => {
    expect(parseNumber('1 234 567,5')).toBe(1234567.5);
    expect(parseNumber('1\u00a0234,25')).toBe(1234.25);
    expect(parseNumber('1234.5')).toBe(1234.5);
    expect(parseNumber('  ')).toBeNull();
    expect(parseNumber('abc')).toBeNaN();
  });
  it('treats blank text as empty', () => {
    expect(textOrNull('  ')).toBeNull();
    expect(textOrNull(' x ')).toBe('x');
  });
  it('round-trips a timestamp through the local datetime input', () => {
    const iso = '2026-12-07T09:00:00.000Z';
    expect(fromLocalInput(toLocalInput(iso))).toBe(iso);
    expect(toLocalInput(null)).toBe('');
    expect(fromLocalInput('')).toBeNull();
  });
});
