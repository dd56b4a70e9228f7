import { describe, expect, it } from 'vitest';
import { formatNumber, pickLocale, translate } from './index.js';

describe('i18n', () => {
  it('translates with parameters and formats numbers per language', () => {
    expect(translate('sv', 'nav.contacts')).toBe('Kontakter');
    expect(translate('en', 'nav.contacts')).toBe('Contacts');
    expect(formatNumber('sv', 1234.5)).toBe('1\u00a0234,5');
    expect(formatNumber('en', 1234.5)).toBe('1,234.5');
  });
  it('picks Swedish for Nordic browsers and English otherwise when asked', () => {
    expect(pickLocale('sv-SE,sv;q=0.9')).toBe('sv');
    expect(pickLocale(['en-US'])).toBe('en');
  });
});
