/**
 * The activity report after finish (wizard step 7, the batch afterwards) and of the activity list
 * with its filters: per activity its number, responsible, type, subject and start, beneath it the
 * linked contacts with their phone and their linked contact persons (else the primary person) with
 * phone and mobile, so a per-contact group's report is a call list; totals per responsible. Pure.
 */
import { formatDate, formatDateTime, formatNumber, translate, type Locale, type MessageKey } from '../i18n/index.js';
import type { ReportActivityRow } from '../app/ports/report-data.js';
import type { ReportColumn, ReportFact, ReportModel, ReportRows } from './model.js';
import { expandLines } from './expand-lines.js';
import { UNCOUNTED } from './model.js';
import { personName } from './contacts-report.js';

export type ActivitiesReportHeader = {
  locale: Locale;
  timeZone?: string;
  companyName: string;
  printedBy: string;
  printedAt: string;
  /** set for a group's report; absent for the activity list */
  group?: {
    id: number;
    mode: 'shared' | 'perContact';
    selectionText: string;
    batchId: number | null;
    firstNumber: number | null;
    lastNumber: number | null;
    counts: { included: number; excluded: number };
  };
  /** the list filters in words (activity list only) */
  filterText?: string;
  /** null for the rows alone (a CSV): no count facts, line counts or totals */
  counts: { activities: number; details: number; perResponsible: { name: string | null; count: number }[] } | null;
};

export function activitiesReportModel(h: ActivitiesReportHeader): ReportModel {
  const t = (k: MessageKey, p: Record<string, string | number> = {}) => translate(h.locale, k, p);
  const when = formatDateTime(h.locale, h.printedAt, { timeZone: h.timeZone });
  const facts: ReportFact[] = [{ label: t('report.fact.printedBy'), value: `${h.printedBy}, ${when}` }];
  const g = h.group;
  if (g) {
    facts.push(
      { label: t('report.fact.mode'), value: t(g.mode === 'shared' ? 'report.mode.shared' : 'report.mode.perContact') },
      { label: t('report.fact.selection'), value: g.selectionText },
      { label: t('report.fact.contacts'), value: t('report.contactsCount', { included: g.counts.included, excluded: g.counts.excluded }) },
      { label: t('report.fact.batch'), value: String(g.id) },
      { label: t('report.fact.numbers'), value: g.firstNumber === null ? t('report.none') : g.firstNumber === g.lastNumber ? String(g.firstNumber) : `${g.firstNumber}–${g.lastNumber}` },
    );
  } else {
    facts.push({ label: t('report.fact.filters'), value: h.filterText || t('report.none') });
  }
  if (h.counts) facts.push({ label: t('report.fact.activities'), value: formatNumber(h.locale, h.counts.activities) });

  const groupColumns: ReportColumn[] = [
    { key: 'number', label: t('report.col.activityNumber'), width: 44, format: 'id', strong: true },
    { key: 'responsible', label: t('report.col.responsible'), width: 95 },
    { key: 'type', label: t('report.col.type'), width: 80 },
    { key: 'subject', label: t('report.col.subject'), width: 195, strong: true },
    { key: 'start', label: t('report.col.start'), width: 80 },
  ];
  const detailColumns: ReportColumn[] = [
    // Weights in points of the detail line's 493 pt: a phone number ("070-111 22 33") needs 66.
    { key: 'contactNumber', label: t('report.col.contactNumber'), width: 43, format: 'id' },
    { key: 'contact', label: t('report.col.contact'), width: 96 },
    { key: 'contactPhone', label: t('report.col.phone'), width: 66 },
    { key: 'personName', label: t('report.col.personName'), width: 80 },
    { key: 'personPhone', label: t('report.col.personDirect'), width: 66 },
    { key: 'mobile', label: t('report.col.mobile'), width: 66 },
    { key: 'email', label: t('report.col.email'), width: 76 },
  ];
  return {
    locale: h.locale,
    title: t(g ? 'report.activities.title' : 'report.activityList.title'),
    companyName: h.companyName,
    facts,
    groupColumns,
    detailColumns,
    lineCount: h.counts ? { groups: h.counts.activities, details: h.counts.details } : UNCOUNTED,
    totals: h.counts ? {
      title: t('report.totals.title'),
      labelHeading: t('report.col.responsible'),
      countHeading: t('report.totals.count'),
      rows: h.counts.perResponsible.map((r) => ({ label: r.name ?? t('report.noResponsible'), count: r.count })),
      totalLabel: t('report.totals.all'),
    } : undefined,
    printedLine: t('report.printedBy', { when, who: h.printedBy }),
    fileName: g ? t('report.fileName.activities', { id: String(g.id) }) : t('report.fileName.activityList'),
    labels: { page: t('report.page', { n: '{n}', m: '{m}' }), continued: t('report.continued', { name: '{name}' }), empty: t('report.empty') },
  };
}

const REPEATED_CONTACT: readonly string[] = ['contactNumber', 'contact', 'contactPhone'];

/** One group line per activity, one detail line per linked contact (and person of it). */
export function activityLines(locale: Locale, timeZone?: string) {
  return (rows: AsyncIterable<ReportActivityRow>): ReportRows => {
    let current: number | null = null;
    let lastContact: number | null = null;
    // A group's activities mostly share one start: its text is formatted once, not per activity.
    let lastStart: string | null = null;
    let lastAllDay = false;
    let startText = '';
    return expandLines(rows, (r, push) => {
      if (r.number !== current) {
        current = r.number;
        lastContact = null;
        if (r.startAt !== lastStart || r.allDay !== lastAllDay) {
          lastStart = r.startAt;
          lastAllDay = r.allDay;
          startText = r.allDay ? formatDate(locale, r.startAt, { timeZone }) : formatDateTime(locale, r.startAt, { timeZone });
        }
        push({
          level: 'group',
          cells: { number: r.number, responsible: r.responsibleName, type: r.typeName, subject: r.subject, start: startText },
        });
      }
      if (r.contactId !== null) {
        push({
          level: 'detail',
          cells: {
            contactNumber: r.contactNumber, contact: r.contactName, contactPhone: r.contactPhone,
            personName: personName(r.firstName, r.lastName), personPhone: r.personPhone, mobile: r.mobile, email: r.email,
          },
          repeated: r.contactId === lastContact ? REPEATED_CONTACT : undefined,
        });
        lastContact = r.contactId;
      }
    });
  };
}
