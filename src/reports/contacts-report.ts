/**
 * The check report before creation (wizard step 6): header facts and the included contacts, each
 * with its active contact persons beneath; with a per-contact distribution also who each contact's
 * activity will go to. Pure: the data comes in, a ReportModel and report lines go out.
 */
import { formatDateTime, formatNumber, translate, type Locale, type MessageKey } from '../i18n/index.js';
import type { ReportContact } from '../app/ports/report-data.js';
import type { ReportColumn, ReportModel, ReportRows } from './model.js';
import { expandLines } from './expand-lines.js';
import { UNCOUNTED } from './model.js';

export type ContactsReportHeader = {
  locale: Locale;
  timeZone?: string;
  companyName: string;
  groupId: number;
  mode: 'shared' | 'perContact';
  printedBy: string;
  printedAt: string;
  selectionText: string;
  /** the one responsible's name, or null when a distribution decides */
  responsibleName: string | null;
  /** number of employees in the distribution (per-contact mode), else null */
  distributedOver: number | null;
  /** null for the rows alone (a CSV): no count facts, no line counts */
  counts: { included: number; excluded: number; persons: number } | null;
  /** the draft has a schedule: a column with each contact's planned time */
  scheduled?: boolean;
};

export function contactsReportModel(h: ContactsReportHeader): ReportModel {
  const t = (k: MessageKey, p: Record<string, string | number> = {}) => translate(h.locale, k, p);
  const distributed = h.distributedOver !== null;
  const groupColumns: ReportColumn[] = [
    { key: 'number', label: t('report.col.number'), width: 40, format: 'id', strong: true },
    { key: 'name', label: t('report.col.name'), width: distributed ? 125 : 150, strong: true },
    { key: 'address', label: t('report.col.address'), width: distributed ? 92 : 110 },
    { key: 'city', label: t('report.col.city'), width: distributed ? 64 : 75 },
    { key: 'phone', label: t('report.col.phone'), width: 72 },
    { key: 'accountManager', label: t('report.col.accountManager'), width: distributed ? 60 : 70 },
    ...(distributed ? [{ key: 'responsible', label: t('report.col.responsibleToBe'), width: 62 }] : []),
  ];
  if (h.scheduled) {
    // The planned time takes its room from the address and the name.
    for (const c of groupColumns) if (c.key === 'address' || c.key === 'name') c.width -= 35;
    groupColumns.push({ key: 'planned', label: t('report.col.planned'), width: 70 });
  }
  const detailColumns: ReportColumn[] = [
    { key: 'personName', label: t('report.col.personName'), width: 118 },
    { key: 'title', label: t('report.col.title'), width: 90 },
    { key: 'personPhone', label: t('report.col.personPhone'), width: 70 },
    { key: 'mobile', label: t('report.col.mobile'), width: 70 },
    { key: 'email', label: t('report.col.email'), width: 130 },
  ];
  const when = formatDateTime(h.locale, h.printedAt, { timeZone: h.timeZone });
  return {
    locale: h.locale,
    title: t('report.contacts.title'),
    companyName: h.companyName,
    facts: [
      { label: t('report.fact.printedBy'), value: `${h.printedBy}, ${when}` },
      { label: t('report.fact.mode'), value: t(h.mode === 'shared' ? 'report.mode.shared' : 'report.mode.perContact') },
      { label: t('report.fact.selection'), value: h.selectionText },
      { label: t('report.fact.responsible'), value: distributed ? t('report.distributed', { n: h.distributedOver! }) : h.responsibleName ?? t('report.none') },
      ...(h.counts ? [
        { label: t('report.fact.contacts'), value: t('report.contactsCount', { included: h.counts.included, excluded: h.counts.excluded }) },
        { label: t('report.fact.persons'), value: formatNumber(h.locale, h.counts.persons) },
      ] : []),
    ],
    groupColumns,
    detailColumns,
    lineCount: h.counts ? { groups: h.counts.included, details: h.counts.persons } : UNCOUNTED,
    printedLine: t('report.printedBy', { when, who: h.printedBy }),
    fileName: t('report.fileName.contacts', { id: String(h.groupId) }),
    labels: { page: t('report.page', { n: '{n}', m: '{m}' }), continued: t('report.continued', { name: '{name}' }), empty: t('report.empty') },
  };
}

export const personName = (first: string | null, last: string | null) => (first && last ? `${first} ${last}` : first || last || '');

/** One group line per contact, one detail line per contact person. */
export function contactLines(contacts: AsyncIterable<ReportContact>, plannedOf?: (contactId: number) => string): ReportRows {
  return expandLines(contacts, (c, push) => {
    const address = c.postalAddress && c.postalCode ? `${c.postalAddress}, ${c.postalCode}` : c.postalAddress || c.postalCode || '';
    // One literal shape for every contact (no spread): the renderers read cells by column key.
    push({
      level: 'group',
      cells: {
        number: c.number, name: c.name, address, city: c.city, phone: c.phone, accountManager: c.accountManagerName,
        responsible: c.responsibleName, planned: plannedOf ? plannedOf(c.contactId) : undefined,
      },
    });
    for (const p of c.persons) {
      push({
        level: 'detail',
        cells: { personName: personName(p.firstName, p.lastName), title: p.title, personPhone: p.personPhone, mobile: p.mobile, email: p.email },
      });
    }
  });
}
