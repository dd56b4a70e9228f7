/** One entry for the shells (HTTP, CLI): pick the renderer, its content type and the file name. */
import type { Writable } from 'node:stream';
import type { ReportModel, ReportRows } from './model.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderPdf } from './pdf.js';
import { paced } from './pace.js';

export type ReportFormat = 'html' | 'pdf' | 'csv';
export const REPORT_FORMATS: readonly ReportFormat[] = ['html', 'pdf', 'csv'];

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
};

export function renderReport(format: ReportFormat, model: ReportModel, rows: ReportRows, out: Writable): Promise<void> {
  const lines = paced(rows);
  const render = format === 'html' ? renderHtml : format === 'pdf' ? renderPdf : renderCsv;
  return render(model, lines, out).finally(() => lines.end());
}

/**
 * `Content-Disposition` with an ASCII fallback and the exact UTF-8 name (RFC 6266/5987), inline
 * for the print view and the PDF, as a download for CSV.
 */
export function contentDisposition(format: ReportFormat, fileName: string): string {
  const full = `${fileName}.${format}`;
  const ascii = full.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(full).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${format === 'csv' ? 'attachment' : 'inline'}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
