import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localizeErrorMessage, SV_ERRORS } from './server-errors.js';

const SRC = path.resolve(import.meta.dirname, '..');

function sourceText(dir: string): string {
  let out = '';
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { if (e.name !== 'web') out += sourceText(p); } else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !p.endsWith(path.join('i18n', 'server-errors.ts'))) out += fs.readFileSync(p, 'utf8');
  }
  return out;
}

describe('Swedish error messages', () => {
  it('every English template still matches a message the source throws', () => {
    const source = sourceText(SRC);
    for (const [en] of SV_ERRORS) {
      // The literal pieces between placeholders, in order, are in the source (templates use ${…}).
      for (const piece of en.split(/\{\w+\}/).map((p) => p.trim()).filter((p) => p.length > 3)) {
        expect(source.includes(piece), `"${piece}" of "${en}"`).toBe(true);
      }
    }
  });

  it('uses only placeholders the English template has', () => {
    for (const [en, sv] of SV_ERRORS) {
      const names = new Set([...en.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
      for (const m of sv.matchAll(/\{(\w+)(?::the)?\}/g)) expect(names.has(m[1]), `${m[1]} in "${sv}"`).toBe(true);
    }
  });

  it('translates messages with their values, nouns and states', () => {
    const sv = (m: string) => localizeErrorMessage(m, 'sv');
    expect(sv('name is required')).toBe('namn måste anges');
    expect(sv('the counts add up to 7 but 10 contacts are included')).toBe('antalen blir 7 men 10 kontakter ingår');
    expect(sv('contact person 12 does not exist')).toBe('kontaktperson 12 finns inte');
    expect(sv('the activity type is in use and cannot be deleted; make it inactive instead (inactive: true)'))
      .toBe('aktivitetstypen används och kan inte tas bort; gör den inaktiv i stället');
    expect(sv('group activity 4 is finished; only a draft can be changed')).toBe('gruppaktivitet 4 är slutförd; bara ett utkast kan ändras');
    expect(sv('a selection named "Göteborg; A" already exists')).toBe('det finns redan ett sparat urval som heter "Göteborg; A"');
    expect(sv('name: unknown field "nmae"')).toBe('name: okänt fält "nmae"');
  });

  it('leaves English alone, and what it does not know as it came', () => {
    expect(localizeErrorMessage('name is required', 'en')).toBe('name is required');
    expect(localizeErrorMessage('a message nobody translated', 'sv')).toBe('a message nobody translated');
    expect(localizeErrorMessage('invalid cursor', 'sv')).toBe('ogiltig sidmarkör; börja om från första sidan');
  });
});
