/**
 * The activities export's columns and rows: one row per activity as the activity list shows it,
 * start and end as date-times in the company's time zone, the linked contacts' numbers and names.
 */
import type { Locale, MessageKey } from '../i18n/index.js';
import { translate } from '../i18n/index.js';
import type { ActivityExportRow } from '../app/exports/export-activities.js';
import type { ColumnType, ExportCell, ExportColumn } from './write-table.js';

type Column = { key: string; type: ColumnType; width: number; cell: (a: ActivityExportRow) => ExportCell };

const COLUMNS: Column[] = [
  { key: 'number', type: 'integer', width: 8, cell: (a) => a.number },
  { key: 'subject', type: 'text', width: 34, cell: (a) => a.subject },
  { key: 'start', type: 'datetime', width: 17, cell: (a) => a.startAt },
  { key: 'end', type: 'datetime', width: 17, cell: (a) => a.endAt },
  { key: 'allDay', type: 'boolean', width: 8, cell: (a) => a.allDay },
  { key: 'type', type: 'text', width: 16, cell: (a) => a.typeName ?? null },
  { key: 'status', type: 'text', width: 14, cell: (a) => a.statusName ?? null },
  { key: 'responsible', type: 'text', width: 18, cell: (a) => a.responsibleName ?? null },
  { key: 'done', type: 'boolean', width: 7, cell: (a) => a.done },
  { key: 'doneAt', type: 'datetime', width: 17, cell: (a) => a.doneAt },
  { key: 'contactNumbers', type: 'text', width: 12, cell: (a) => (a.contacts ?? []).map((c) => c.number).join(', ') },
  { key: 'contacts', type: 'text', width: 34, cell: (a) => (a.contacts ?? []).map((c) => c.name).join('; ') },
  { key: 'notes', type: 'text', width: 30, cell: (a) => a.notes },
  { key: 'batch', type: 'integer', width: 10, cell: (a) => a.batchId },
];

export function activityExportColumns(locale: Locale): ExportColumn[] {
  return COLUMNS.map((c) => ({ header: translate(locale, `data.export.activity.${c.key}` as MessageKey), type: c.type, width: c.width }));
}

export async function* activityExportCells(rows: AsyncIterable<ActivityExportRow>): AsyncGenerator<ExportCell[]> {
  for await (const a of rows) yield COLUMNS.map((c) => c.cell(a));
}
