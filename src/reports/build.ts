/** From the use cases' report data to a model plus its lines (shared by the HTTP route and the CLI). */
import { translate, formatDate, formatDateTime, type Locale } from '../i18n/index.js';
import type { ContactsReportData } from '../app/reports/get-contacts-report-data.js';
import type { ActivitiesReportData } from '../app/reports/get-activities-report-data.js';
import type { ReportModel, ReportRows } from './model.js';
import type { ReportFormat } from './render.js';
import { contactLines, contactsReportModel } from './contacts-report.js';
import { activitiesReportModel, activityLines } from './activities-report.js';
import { describeSelection } from './describe-selection.js';

export type BuiltReport = { model: ReportModel; rows: ReportRows };
export const DEFAULT_TIME_ZONE = 'Europe/Stockholm';

/**
 * Whether a format shows the report's counts (facts, page numbers, totals). A CSV shows none of
 * them, so its data is read without counting first and its first row goes out at once.
 */
export const showsCounts = (format: ReportFormat): boolean => format !== 'csv';

export function buildContactsReport(d: ContactsReportData, locale: Locale, timeZone = DEFAULT_TIME_ZONE): BuiltReport {
  const model = contactsReportModel({
    locale, timeZone, companyName: d.companyName, groupId: d.groupId, mode: d.mode, printedBy: d.printedBy,
    printedAt: d.printedAt, selectionText: describeSelection(d.selection, locale, d.names),
    responsibleName: d.responsibleName, distributedOver: d.distributedOver, counts: d.counts, scheduled: d.plannedStarts !== null,
  });
  const planned = d.plannedStarts;
  const when = planned ? (contactId: number) => {
    const at = planned.get(contactId);
    return at ? formatDateTime(locale, at, { timeZone }) : translate(locale, 'report.notPlaced');
  } : undefined;
  return { model, rows: contactLines(d.rows, when) };
}

export function buildActivitiesReport(d: ActivitiesReportData, locale: Locale, timeZone = DEFAULT_TIME_ZONE): BuiltReport {
  const f = d.filter;
  const t = (k: Parameters<typeof translate>[1], v: string | number) => translate(locale, k, { v: String(v) });
  const parts: string[] = [];
  if (!d.group) {
    if (f.startFrom) parts.push(t('report.filter.from', formatDate(locale, f.startFrom, { timeZone: 'UTC' })));
    if (f.startTo) parts.push(t('report.filter.to', formatDate(locale, f.startToExclusive ? new Date(Date.parse(f.startTo) - 1).toISOString() : f.startTo, { timeZone: 'UTC' })));
    if (f.batchId !== undefined) parts.push(t('report.filter.batch', f.batchId));
    if (f.responsibleId !== undefined) parts.push(t('report.filter.responsible', f.responsibleId === 'none' ? translate(locale, 'report.noResponsible') : d.names.employees.get(f.responsibleId) ?? `#${f.responsibleId}`));
    if (f.typeId !== undefined) parts.push(t('report.filter.type', f.typeId === 'none' ? translate(locale, 'report.none') : d.names.activity_types.get(f.typeId) ?? `#${f.typeId}`));
    if (f.statusId !== undefined) parts.push(t('report.filter.status', d.names.statuses.get(f.statusId) ?? `#${f.statusId}`));
    if (f.contactId !== undefined) parts.push(t('report.filter.contact', f.contactId));
    if (f.done !== undefined) parts.push(t('report.filter.done', translate(locale, f.done ? 'report.yes' : 'report.no')));
    if (f.q) parts.push(t('report.filter.q', f.q));
  }
  const model = activitiesReportModel({
    locale, timeZone, companyName: d.companyName, printedBy: d.printedBy, printedAt: d.printedAt,
    group: d.group ? { ...d.group, selectionText: describeSelection(d.group.selection, locale, d.names) } : undefined,
    filterText: parts.join(', '),
    counts: d.counts,
  });
  return { model, rows: activityLines(locale, timeZone)(d.rows) };
}
