/**
 * Every message of the catalogues that carries a count says it right for 0, 1 and 2 in both
 * languages: a count placeholder sits in a plural block unless the words around it do not change
 * with the number (listed below with that reason), and every rendering is complete.
 */
import { describe, expect, it } from 'vitest';
import { fillMessage, LOCALES, translate, type Locale, type MessageKey } from './index.js';
import { hasPluralFor } from './plural.js';
import { common as commonSv } from './messages/common.sv.js';
import { contacts as contactsSv } from './messages/contacts.sv.js';
import { activities as activitiesSv } from './messages/activities.sv.js';
import { settings as settingsSv } from './messages/settings.sv.js';
import { wizard as wizardSv } from './messages/wizard.sv.js';
import { reports as reportsSv } from './messages/reports.sv.js';
import { common as commonEn } from './messages/common.en.js';
import { contacts as contactsEn } from './messages/contacts.en.js';
import { activities as activitiesEn } from './messages/activities.en.js';
import { settings as settingsEn } from './messages/settings.en.js';
import { wizard as wizardEn } from './messages/wizard.en.js';
import { reports as reportsEn } from './messages/reports.en.js';

const CATALOGUES: Record<Locale, Record<string, string>> = {
  sv: { ...commonSv, ...contactsSv, ...activitiesSv, ...settingsSv, ...wizardSv, ...reportsSv },
  en: { ...commonEn, ...contactsEn, ...activitiesEn, ...settingsEn, ...wizardEn, ...reportsEn },
};

/** Placeholders that hold a count of things. */
const COUNTS = new Set(['n', 'm', 'count', 'included', 'excluded', 'updated', 'kept', 'over', 'rest', 'shown', 'x', 'deleted', 'done', 'total']);

/** Counts whose neighbouring words read the same for 0, 1 and 2 (an ordinal, a ratio, a word that does not inflect). */
const INVARIANT: Record<Locale, Record<string, string[]>> = {
  sv: {
    'wizard.sel.row': ['n'], 'report.page': ['n', 'm'], 'wizard.dist.assigned': ['x', 'n'], 'wizard.dist.tooMany': ['over'],
    'wizard.dist.mustReach': ['rest'], 'wizard.check.showing': ['shown'], 'wizard.card.saved': ['kept'],
    'report.contactsCount': ['included'], 'wizard.drafts.atStep': ['n'],
  },
  en: {
    'wizard.sel.row': ['n'], 'report.page': ['n', 'm'], 'wizard.dist.assigned': ['x', 'n'], 'wizard.dist.tooMany': ['over'],
    'wizard.dist.mustReach': ['rest'], 'wizard.check.showing': ['shown'], 'wizard.card.saved': ['kept'],
    'report.contactsCount': ['included', 'excluded'], 'wizard.drafts.atStep': ['n'],
    'list.loaded': ['n'], 'list.loadedMore': ['n'], 'wizard.summary': ['excluded'], 'wizard.adj.marked': ['n'], 'wizard.card.linkedCount': ['n'],
  },
};

const countsIn = (text: string) => new Set([...text.matchAll(/\{(\w+)[},]/g)].map((m) => m[1]!).filter((x) => COUNTS.has(x)));
/** A count written as `{n}` somewhere, not as `#` inside its plural block. */
const bare = (text: string, name: string) => text.includes(`{${name}}`);

describe('count messages in both languages', () => {
  for (const locale of LOCALES) {
    it(`${locale}: every count is in a plural block or listed as not changing the words`, () => {
      for (const [key, text] of Object.entries(CATALOGUES[locale])) {
        for (const name of countsIn(text)) {
          if (INVARIANT[locale][key]?.includes(name)) continue;
          expect(hasPluralFor(text, name) && !bare(text, name), `${locale} ${key}: {${name}} needs a plural block`).toBe(true);
        }
      }
    });

    it(`${locale}: every count message renders completely for 0, 1 and 2`, () => {
      for (const [key, text] of Object.entries(CATALOGUES[locale])) {
        const names = countsIn(text);
        if (names.size === 0) continue;
        for (const n of [0, 1, 2]) {
          const params: Record<string, string | number> = { name: 'Anna', first: 301, last: 302, list: 'x', what: 'y' };
          for (const c of names) params[c] = n;
          const out = fillMessage(locale, text, params);
          expect(out, `${locale} ${key} with ${n}`).not.toMatch(/[{}#]/);
          expect(out, `${locale} ${key} with ${n}`).toContain(String(n));
        }
      }
    });
  }

  it('reads right in Swedish', () => {
    const sv = (k: MessageKey, p: Record<string, string | number>) => translate('sv', k, p);
    expect(sv('wizard.summary', { included: 1, excluded: 1 })).toBe('1 kontakt vald · 1 utesluten');
    expect(sv('wizard.summary', { included: 0, excluded: 2 })).toBe('0 kontakter valda · 2 uteslutna');
    expect(sv('wizard.summary', { included: 1248, excluded: 3 })).toBe('1\u00a0248 kontakter valda · 3 uteslutna');
    expect(sv('wizard.adj.marked', { n: 1 })).toBe('1 markerad');
    expect(sv('wizard.fin.undoConfirm', { n: 1 })).toBe('Ta bort 1 aktivitet');
    expect(sv('wizard.fin.undoText', { n: 1, first: '301', last: '301' })).toBe('1 aktivitet (nummer 301) tas bort. Det går inte att ångra.');
    expect(sv('wizard.fin.undoText', { n: 2, first: '301', last: '302' })).toBe('2 aktiviteter (nummer 301–302) tas bort. Det går inte att ångra.');
    expect(sv('wizard.fin.perContactDist', { n: 2, m: 1 })).toBe('2 aktiviteter skapas, en per kontakt, fördelade på 1 kundansvarig.');
    expect(sv('wizard.sel.count', { n: 1 })).toBe('1 kontakt matchar');
    expect(sv('contacts.count', { n: 1 })).toBe('1 kontakt');
  });

  it('reads right in English', () => {
    const en = (k: MessageKey, p: Record<string, string | number>) => translate('en', k, p);
    expect(en('wizard.summary', { included: 1, excluded: 0 })).toBe('1 contact chosen · 0 excluded');
    expect(en('wizard.fin.undoConfirm', { n: 1 })).toBe('Delete 1 activity');
    expect(en('wizard.fin.undoConfirm', { n: 2 })).toBe('Delete 2 activities');
    expect(en('wizard.fin.done', { count: 1, first: '7', last: '7' })).toBe('1 activity was created, number 7.');
  });
});
