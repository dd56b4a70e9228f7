/**
 * The report buttons both wizards show: the printable page, the PDF and the CSV of one report,
 * in the user's language and time zone (the server defaults to Swedish time).
 */
import { useI18n } from '../i18n';

export type ReportFormat = 'html' | 'pdf' | 'csv';

/** `path` with the report's own parameters, the format, the language and the browser's time zone. */
export function reportUrl(path: string, params: Record<string, string>, format: ReportFormat, lang: string): string {
  const p = new URLSearchParams({ ...params, format, lang });
  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (tz) p.set('tz', tz);
  return `${path}?${p}`;
}

export function ReportLinks({ path, params }: { path: string; params: Record<string, string> }) {
  const { t, locale } = useI18n();
  const href = (f: ReportFormat) => reportUrl(path, params, f, locale);
  return (
    <span className="wz-report-links">
      <a className="button" href={href('html')} target="_blank" rel="noopener">{t('wizard.check.print')}</a>
      <a className="button" href={href('pdf')} target="_blank" rel="noopener">{t('wizard.check.pdf')}</a>
      <a className="button" href={href('csv')} download>{t('wizard.check.csv')}</a>
    </span>
  );
}
