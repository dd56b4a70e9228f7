/**
 * The change-values reports (wizard steps 5 and 6): per activity its number, subject, start and
 * responsible, then one column per chosen field with the OLD values (before) or the NEW ones
 * (after). Values arrive as stored text; `names` turns ids into names. Pure.
 */
import { formatDateTime, formatNumber, translate, type Locale, type MessageKey } from '../i18n/index.js';
import type { ChangeReportRow } from '../app/ports/activity-changes.js';
import type { ReportColumn, ReportLine, ReportModel } from './model.js';

export type ChangeReportHeader = {
  locale: Locale; timeZone: string; companyName: string; printedBy: string; printedAt: string;
  changeId: number; kind: 'before' | 'after'; fields: string[]; count: number;
};

export type NameLookup = (field: string, id: number) => string | undefined;

const WIDTH = 493;
const fieldLabel = (locale: Locale, f: string) => translate(locale, `changeValues.field.${f}` as MessageKey);

export function changeReportModel(h: ChangeReportHeader): ReportModel {
  const t = (k: MessageKey, p: Record<string, string | number> = {}) => translate(h.locale, k, p);
  const when = formatDateTime(h.locale, h.printedAt, { timeZone: h.timeZone });
  const fixed: ReportColumn[] = [
    { key: 'number', label: t('report.col.activityNumber'), width: 44, format: 'id', strong: true },
    { key: 'subject', label: t('report.col.subject'), width: 130, strong: true },
    { key: 'start', label: t('report.col.start'), width: 80 },
    { key: 'responsible', label: t('report.col.responsible'), width: 90 },
  ];
  const rest = WIDTH - fixed.reduce((s, c) => s + c.width, 0);
  const each = Math.max(40, Math.floor(rest / Math.max(1, h.fields.length)));
  const columns = [...fixed, ...h.fields.map((f): ReportColumn => ({ key: `v_${f}`, label: fieldLabel(h.locale, f), width: each }))];
  return {
    locale: h.locale,
    title: t(h.kind === 'before' ? 'changeValues.report.before' : 'changeValues.report.after'),
    companyName: h.companyName,
    facts: [
      { label: t('report.fact.printedBy'), value: `${h.printedBy}, ${when}` },
      { label: t('changeValues.report.fact.change'), value: String(h.changeId) },
      { label: t('changeValues.report.fact.fields'), value: h.fields.map((f) => fieldLabel(h.locale, f)).join(', ') },
      { label: t('changeValues.report.fact.activities'), value: t('changeValues.report.count', { n: h.count }) },
    ],
    groupColumns: columns,
    detailColumns: [],
    lineCount: { groups: h.count, details: 0 },
    printedLine: t('report.printedBy', { when, who: h.printedBy }),
    fileName: t(h.kind === 'before' ? 'changeValues.report.fileName.before' : 'changeValues.report.fileName.after', { id: String(h.changeId) }),
    labels: { page: t('report.page', { n: '{n}', m: '{m}' }), continued: t('report.continued', { name: '{name}' }), empty: t('report.empty') },
  };
}

/** A stored value in words: names for ids, Ja/Nej for flags, local date and time for times. */
export function valueText(locale: Locale, timeZone: string, names: NameLookup, field: string, v: string | null): string | null {
  if (v === null) return null;
  if (field === 'done' || field === 'showInTaskList') return translate(locale, v === '1' ? 'changeValues.yes' : 'changeValues.no');
  if (field === 'startAt' || field === 'endAt') return formatDateTime(locale, v, { timeZone });
  if (['typeId', 'statusId', 'priority', 'responsibleId', 'employeeIds', 'resourceIds'].includes(field)) {
    return names(field, Number(v)) ?? formatNumber(locale, Number(v));
  }
  return v;
}

export function changeReportLines(h: ChangeReportHeader, names: NameLookup) {
  return async function* (rows: AsyncIterable<ChangeReportRow>): AsyncGenerator<ReportLine> {
    for await (const r of rows) {
      const cells: ReportLine['cells'] = {
        number: r.number, subject: r.subject, start: formatDateTime(h.locale, r.startAt, { timeZone: h.timeZone }), responsible: r.responsibleName,
      };
      for (const f of h.fields) cells[`v_${f}`] = valueText(h.locale, h.timeZone, names, f, r.values[f] ?? null);
      yield { level: 'group', cells };
    }
  };
}
