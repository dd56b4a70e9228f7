/**
 * Step 5, "Schemaläggning" (optional): a date range, a length, the most per person and day, a gap
 * and what to do with what does not fit. Every change is saved in the draft's schedule part (so a
 * reload shows it again) and the preview (GET …/schedule) follows: per responsible how many land
 * on each day, and which contacts do not fit and why — so the user can widen the range or lower
 * the load before the check report and Finish. Leaving it off creates the activities as before.
 */
import { useEffect, useRef, useState } from 'react';
import { ApiError, get } from '../api';
import { useI18n } from '../i18n';
import { useBlocker, useWizard } from './wizard-context';
import type { Schedule } from './types';

type Reason = 'noFreeTime' | 'longerThanWorkingDay' | 'noResponsible';
type Preview = {
  placed: number; unplacedCount: number;
  perResponsible: { employeeId: number; days: { date: string; count: number }[] }[];
  unplaced: { contactId: number; reason: Reason; name: string | null; number: number | null }[];
  startAt?: string | null;
};

const isoDay = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const plusDays = (n: number) => { const d = new Date(); d.setDate(d.getDate() + n); return isoDay(d); };
const initial = (): Schedule => ({ from: plusDays(1), to: plusDays(14), durationMinutes: null, maxPerDay: 6, bufferMinutes: 0, unplaced: 'refuse', keepOrder: true });

export function StepSchedule() {
  const { t, locale } = useI18n();
  const { draft, employees, update, error: saveError, beforeLeave } = useWizard();
  const saved = draft.schedule ?? null;
  const [on, setOn] = useState(saved !== null);
  const [s, setS] = useState<Schedule>(saved ?? initial());
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const perContact = draft.mode === 'perContact';
  const first = useRef(true);
  const seq = useRef(0);
  // What the server has, so leaving the step (Next, Back, the step bar) sends a change still
  // waiting for its pause at once.
  const sent = useRef(JSON.stringify(saved));
  const latest = useRef({ on, s });
  latest.current = { on, s };
  useEffect(() => {
    beforeLeave.current = () => {
      const want = latest.current.on ? latest.current.s : null;
      if (JSON.stringify(want) !== sent.current) { sent.current = JSON.stringify(want); void update({ schedule: want }, 0); }
    };
    return () => { beforeLeave.current = null; };
  }, [beforeLeave, update]);

  // Save and preview after each change (a short pause while typing); at once when the step opens.
  useEffect(() => {
    const delay = first.current ? 0 : 500;
    first.current = false;
    const mine = ++seq.current;
    const timer = setTimeout(() => {
      if (!on) {
        setPreview(null);
        if (sent.current !== 'null') { sent.current = 'null'; void update({ schedule: null }, 0); }
        return;
      }
      setBusy(true);
      sent.current = JSON.stringify(s);
      void update({ schedule: s }, 0).then(async (d) => {
        if (!d || mine !== seq.current) return;
        if (s.durationMinutes == null && d.schedule?.durationMinutes) setS((x) => ({ ...x, durationMinutes: d.schedule!.durationMinutes }));
        try {
          const p = await get<Preview>(`/api/group-activities/${draft.id}/schedule`);
          if (mine === seq.current) { setPreview(p); setPreviewError(null); }
        } catch (e) {
          if (mine === seq.current) { setPreview(null); setPreviewError(e instanceof ApiError ? e.message : String(e)); }
        }
      }).finally(() => { if (mine === seq.current) setBusy(false); });
    }, delay);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [on, s]);

  const fieldError = saveError?.field?.startsWith('schedule') ? saveError : null;
  useBlocker(on && fieldError ? fieldError.message : null);

  const num = (k: 'durationMinutes' | 'maxPerDay' | 'bufferMinutes', v: string) => setS((x) => ({ ...x, [k]: v === '' ? (k === 'durationMinutes' ? null : 0) : Number(v) }));
  const name = (id: number) => employees.find((e) => e.id === id)?.name ?? `#${id}`;
  const lang = locale === 'en' ? 'en-GB' : 'sv-SE';
  const day = (d: string) => new Date(`${d}T12:00:00`).toLocaleDateString(lang, { weekday: 'short', day: 'numeric', month: 'short' });
  const invalid = (f: string) => fieldError?.field === `schedule.${f}`;
  const reasons = new Map<string, number>();
  for (const u of preview?.unplaced ?? []) reasons.set(u.reason, (reasons.get(u.reason) ?? 0) + 1);

  return (
    <div className="wz-schedule">
      <p className="wz-muted">{t('schedule.intro')}</p>
      <label className="check"><input type="checkbox" checked={on} onChange={(e) => setOn(e.target.checked)} /> {t('schedule.enable')}</label>
      {on && (
        <form className="wz-schedule-form" onSubmit={(e) => e.preventDefault()} noValidate>
          <label>{t('schedule.from')}<input type="date" value={s.from} aria-invalid={invalid('from')} onChange={(e) => setS({ ...s, from: e.target.value })} /></label>
          <label>{t('schedule.to')}<input type="date" value={s.to} aria-invalid={invalid('to')} onChange={(e) => setS({ ...s, to: e.target.value })} /></label>
          <label>{t('schedule.duration')}<input type="number" min={5} step={5} className="num" value={s.durationMinutes ?? ''} aria-invalid={invalid('durationMinutes')} onChange={(e) => num('durationMinutes', e.target.value)} /></label>
          {perContact && <label>{t('schedule.maxPerDay')}<input type="number" min={1} className="num" value={s.maxPerDay} aria-invalid={invalid('maxPerDay')} onChange={(e) => num('maxPerDay', e.target.value)} /></label>}
          {perContact && <label>{t('schedule.buffer')}<input type="number" min={0} step={5} className="num" value={s.bufferMinutes} aria-invalid={invalid('bufferMinutes')} onChange={(e) => num('bufferMinutes', e.target.value)} /></label>}
          {perContact && <label className="check wide"><input type="checkbox" checked={s.keepOrder} onChange={(e) => setS({ ...s, keepOrder: e.target.checked })} /> {t('schedule.keepOrder')}</label>}
          <fieldset className="wide">
            <legend>{t('schedule.unplaced')}</legend>
            <label className="check"><input type="radio" name="unplaced" checked={s.unplaced === 'refuse'} onChange={() => setS({ ...s, unplaced: 'refuse' })} /> {t('schedule.unplaced.refuse')}</label>
            <label className="check"><input type="radio" name="unplaced" checked={s.unplaced === 'withoutTime'} onChange={() => setS({ ...s, unplaced: 'withoutTime' })} /> {t('schedule.unplaced.withoutTime')}</label>
          </fieldset>
        </form>
      )}
      {on && fieldError && <p className="wz-error" role="alert">{fieldError.message}</p>}
      {on && previewError && <p className="wz-error" role="alert">{previewError}</p>}
      {on && busy && !preview && <p className="wz-muted">{t('wizard.loading')}</p>}
      {on && preview && (
        <div className="wz-schedule-result" role="status" aria-busy={busy}>
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
          {perContact && preview.unplaced.length > 0 && (
            <details className="wz-unplaced" open={preview.unplaced.length <= 20}>
              <summary>{t('schedule.unplacedList', { n: preview.unplacedCount })}</summary>
              <table className="wz-schedule-unplaced">
                <thead><tr><th scope="col">{t('schedule.contact')}</th><th scope="col">{t('schedule.reason')}</th></tr></thead>
                <tbody>
                  {preview.unplaced.map((u) => (
                    <tr key={u.contactId}>
                      <td>{u.number != null ? `${u.number} ` : ''}{u.name ?? `#${u.contactId}`}</td>
                      <td>{t(`schedule.reason.${u.reason}` as 'schedule.reason.noFreeTime')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {preview.unplacedCount > preview.unplaced.length && <p className="wz-muted">{t('schedule.unplacedMore', { n: preview.unplacedCount - preview.unplaced.length })}</p>}
            </details>
          )}
        </div>
      )}
    </div>
  );
}
