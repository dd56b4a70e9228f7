/**
 * Step 4's optional "Schemalägg": a date range, a length, the most per person and day, a gap and
 * what to do with what does not fit. "Visa fördelningen" saves the schedule part of the draft and
 * shows where it lands (GET …/schedule): per responsible how many on each day, and how many do
 * not fit and why — so the user can widen the range or lower the load before finishing.
 */
import { useEffect, useState } from 'react';
import { get, patch } from '../api';
import { useI18n } from '../i18n';
import { useWizard } from './wizard-context';
import type { Draft } from './types';

type Schedule = { from: string; to: string; durationMinutes: number | null; maxPerDay: number; bufferMinutes: number; unplaced: 'refuse' | 'withoutTime'; keepOrder: boolean };
type Preview = {
  placed: number; unplacedCount: number;
  perResponsible: { employeeId: number; days: { date: string; count: number }[] }[];
  unplaced: { contactId: number; reason: 'noFreeTime' | 'longerThanWorkingDay' | 'noResponsible' }[];
  startAt?: string | null;
};

const isoDay = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const plusDays = (n: number) => { const d = new Date(); d.setDate(d.getDate() + n); return isoDay(d); };

export function SchedulePanel() {
  const { t, locale } = useI18n();
  const { draft, employees, setDraft } = useWizard();
  const saved = (draft as Draft & { schedule?: Schedule | null }).schedule ?? null;
  const [on, setOn] = useState(saved !== null);
  const [s, setS] = useState<Schedule>(saved ?? { from: plusDays(1), to: plusDays(14), durationMinutes: null, maxPerDay: 6, bufferMinutes: 0, unplaced: 'refuse', keepOrder: true });
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<{ field?: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const perContact = draft.mode === 'perContact';
  useEffect(() => { setPreview(null); }, [draft.distribution, draft.responsibleId, draft.counts.included]);

  const save = async (next: Schedule | null) => {
    setBusy(true);
    setError(null);
    try {
      const d = await patch<Draft>(`/api/group-activities/${draft.id}`, { schedule: next });
      setDraft(d);
      if (next) {
        const p = await get<Preview>(`/api/group-activities/${draft.id}/schedule`);
        setPreview(p);
        if (!s.durationMinutes) setS((x) => ({ ...x, durationMinutes: ((d as Draft & { schedule?: Schedule }).schedule?.durationMinutes) ?? null }));
      } else setPreview(null);
    } catch (err) {
      setError({ field: (err as { field?: string }).field, message: (err as Error).message });
    } finally {
      setBusy(false);
    }
  };
  const toggle = (v: boolean) => { setOn(v); if (!v && saved) void save(null); };
  const num = (k: 'durationMinutes' | 'maxPerDay' | 'bufferMinutes', v: string) => setS((x) => ({ ...x, [k]: v === '' ? (k === 'durationMinutes' ? null : 0) : Number(v) }));
  const name = (id: number) => employees.find((e) => e.id === id)?.name ?? `#${id}`;
  const lang = locale === 'en' ? 'en-GB' : 'sv-SE';
  const day = (d: string) => new Date(`${d}T12:00:00`).toLocaleDateString(lang, { weekday: 'short', day: 'numeric', month: 'short' });
  const errorOf = (f: string) => (error?.field === `schedule.${f}` ? error.message : null);
  const reasons = new Map<string, number>();
  for (const u of preview?.unplaced ?? []) reasons.set(u.reason, (reasons.get(u.reason) ?? 0) + 1);

  return (
    <section className="wz-schedule panel" aria-labelledby="wz-schedule-title">
      <h3 id="wz-schedule-title">{t('schedule.title')}</h3>
      <p className="wz-muted">{t('schedule.intro')}</p>
      <label className="check"><input type="checkbox" checked={on} onChange={(e) => toggle(e.target.checked)} /> {t('schedule.enable')}</label>
      {on && (
        <form className="wz-schedule-form" onSubmit={(e) => { e.preventDefault(); void save(s); }} noValidate>
          <label>{t('schedule.from')}<input type="date" value={s.from} aria-invalid={!!errorOf('from')} onChange={(e) => setS({ ...s, from: e.target.value })} /></label>
          <label>{t('schedule.to')}<input type="date" value={s.to} aria-invalid={!!errorOf('to')} onChange={(e) => setS({ ...s, to: e.target.value })} /></label>
          <label>{t('schedule.duration')}<input type="number" min={5} step={5} className="num" value={s.durationMinutes ?? ''} onChange={(e) => num('durationMinutes', e.target.value)} /></label>
          {perContact && <label>{t('schedule.maxPerDay')}<input type="number" min={1} className="num" value={s.maxPerDay} onChange={(e) => num('maxPerDay', e.target.value)} /></label>}
          {perContact && <label>{t('schedule.buffer')}<input type="number" min={0} step={5} className="num" value={s.bufferMinutes} onChange={(e) => num('bufferMinutes', e.target.value)} /></label>}
          {perContact && <label className="check wide"><input type="checkbox" checked={s.keepOrder} onChange={(e) => setS({ ...s, keepOrder: e.target.checked })} /> {t('schedule.keepOrder')}</label>}
          <fieldset className="wide">
            <legend>{t('schedule.unplaced')}</legend>
            <label className="check"><input type="radio" name="unplaced" checked={s.unplaced === 'refuse'} onChange={() => setS({ ...s, unplaced: 'refuse' })} /> {t('schedule.unplaced.refuse')}</label>
            <label className="check"><input type="radio" name="unplaced" checked={s.unplaced === 'withoutTime'} onChange={() => setS({ ...s, unplaced: 'withoutTime' })} /> {t('schedule.unplaced.withoutTime')}</label>
          </fieldset>
          <div className="wide"><button type="submit" className="btn-primary" disabled={busy}>{t('schedule.preview')}</button></div>
        </form>
      )}
      {on && error && <p className="wz-error" role="alert">{error.message}</p>}
      {on && preview && (
        <div className="wz-schedule-result" role="status">
          <p><strong>{t('schedule.placed', { n: preview.placed })}</strong>
            {preview.unplacedCount > 0 ? <> · <strong className="wz-warn">{t('schedule.unplacedCount', { n: preview.unplacedCount })}</strong></> : <> · {t('schedule.allFit')}</>}</p>
          {preview.unplacedCount > 0 && (
            <p className="wz-muted">{[...reasons].map(([r, n]) => `${t(`schedule.reason.${r}` as 'schedule.reason.noFreeTime')} (${n})`).join(', ')}. {t('schedule.hint')}</p>
          )}
          {preview.startAt && <p>{t('schedule.sharedAt', { when: new Date(preview.startAt).toLocaleString(lang, { dateStyle: 'full', timeStyle: 'short' }) })}</p>}
          {perContact && preview.perResponsible.length > 0 && (
            <table className="wz-schedule-days">
              <caption>{t('schedule.perDay')}</caption>
              <thead><tr><th scope="col">{t('schedule.employee')}</th><th scope="col">{t('schedule.date')}</th></tr></thead>
              <tbody>
                {preview.perResponsible.map((r) => (
                  <tr key={r.employeeId}>
                    <th scope="row">{name(r.employeeId)}</th>
                    <td>{r.days.map((d) => <span key={d.date} className="wz-day">{day(d.date)}: {d.count}</span>)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  );
}
