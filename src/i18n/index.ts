/**
 * Swedish and English for the web UI, the reports and the CLI. Swedish is the source catalogue;
 * English must have the same keys (checked by the type `Messages`). Each area owns one file per
 * language in messages/ and they are merged here.
 */
import { common as commonSv } from './messages/common.sv.js';
import { common as commonEn } from './messages/common.en.js';
import { contacts as contactsSv } from './messages/contacts.sv.js';
import { contacts as contactsEn } from './messages/contacts.en.js';
import { activities as activitiesSv } from './messages/activities.sv.js';
import { activities as activitiesEn } from './messages/activities.en.js';
import { settings as settingsSv } from './messages/settings.sv.js';
import { settings as settingsEn } from './messages/settings.en.js';
import { wizard as wizardSv } from './messages/wizard.sv.js';
import { wizard as wizardEn } from './messages/wizard.en.js';
import { reports as reportsSv } from './messages/reports.sv.js';
import { reports as reportsEn } from './messages/reports.en.js';
import { account as accountSv } from './messages/account.sv.js';
import { account as accountEn } from './messages/account.en.js';
import { office as officeSv } from './messages/office.sv.js';
import { office as officeEn } from './messages/office.en.js';
import { calendar as calendarSv } from './messages/calendar.sv.js';
import { calendar as calendarEn } from './messages/calendar.en.js';
import { data as dataSv } from './messages/data.sv.js';
import { data as dataEn } from './messages/data.en.js';
import { changeValues as changeValuesSv } from './messages/change-values.sv.js';
import { changeValues as changeValuesEn } from './messages/change-values.en.js';
import { scheduling as schedulingSv } from './messages/scheduling.sv.js';
import { scheduling as schedulingEn } from './messages/scheduling.en.js';

import { selectPlurals } from './plural.js';

export type Locale = 'sv' | 'en';
export const LOCALES: Locale[] = ['sv', 'en'];

const sv = { ...commonSv, ...contactsSv, ...activitiesSv, ...settingsSv, ...wizardSv, ...reportsSv, ...accountSv, ...officeSv, ...calendarSv, ...dataSv, ...changeValuesSv, ...schedulingSv } as const;
export type MessageKey = keyof typeof sv;
export type Messages = Record<MessageKey, string>;
const en: Messages = { ...commonEn, ...contactsEn, ...activitiesEn, ...settingsEn, ...wizardEn, ...reportsEn, ...accountEn, ...officeEn, ...calendarEn, ...dataEn, ...changeValuesEn, ...schedulingEn };

const CATALOGUES: Record<Locale, Messages> = { sv, en };

/**
 * `t('sv', 'wizard.summary', { included: 3 })` — `{name}` placeholders and plural blocks; numbers
 * are formatted for the locale.
 */
export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return fillMessage(locale, CATALOGUES[locale][key] ?? sv[key] ?? key, params);
}

const pluralRules: Partial<Record<Locale, Intl.PluralRules>> = {};
/**
 * A message text with its placeholders filled: plural blocks (`{n, plural, one {…} other {…}}`,
 * see plural.ts) take the form for the count, then `{name}` takes the value.
 */
export function fillMessage(locale: Locale, text: string, params: Record<string, string | number> = {}): string {
  const rules = (pluralRules[locale] ??= new Intl.PluralRules(intlLocale(locale)));
  if (text.includes(', plural,')) text = selectPlurals(text, params, rules, (n) => formatNumber(locale, n));
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) return `{${name}}`;
    return typeof v === 'number' ? formatNumber(locale, v) : v;
  });
}

const intlLocale = (locale: Locale) => (locale === 'sv' ? 'sv-SE' : 'en-GB');

export function formatNumber(locale: Locale, n: number, opts?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocale(locale), opts).format(n);
}

/** Date and time in the user's language and the browser's/server's time zone. */
/**
 * Formatters are kept per locale, style and time zone: making an Intl.DateTimeFormat costs far
 * more than formatting with one, and a report of 100,000 activities formats each start.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, withTime: boolean, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${locale} ${withTime ? 't' : 'd'} ${timeZone ?? ''}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale(locale), withTime ? { dateStyle: 'short', timeStyle: 'short', timeZone } : { dateStyle: 'short', timeZone });
    dateFormats.set(key, f);
  }
  return f;
}

export function formatDateTime(locale: Locale, iso: string | null | undefined, opts: { timeZone?: string } = {}): string {
  if (!iso) return '';
  return dateFormat(locale, true, opts.timeZone).format(new Date(iso));
}

export function formatDate(locale: Locale, iso: string | null | undefined, opts: { timeZone?: string } = {}): string {
  if (!iso) return '';
  return dateFormat(locale, false, opts.timeZone).format(new Date(iso));
}

/** The first language of `preferred` we speak (Nordic ones read Swedish), else `fallback`. */
export function pickLocale(preferred: readonly string[] | string | undefined, fallback: Locale = 'sv'): Locale {
  const list = typeof preferred === 'string' ? preferred.split(',') : preferred ?? [];
  for (const l of list) {
    const code = l.trim().slice(0, 2).toLowerCase();
    if (code === 'sv' || code === 'nb' || code === 'no' || code === 'da' || code === 'fi') return 'sv';
    if (code === 'en') return 'en';
  }
  return fallback;
}
