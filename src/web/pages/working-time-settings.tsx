/**
 * Settings → Arbetstid (administrators): the company's working days and hours, whether the
 * Swedish public holidays and office-closed days apply, and a year's non-working days — each
 * holiday can be opened (a working day after all), and company days off can be added or removed.
 * The holidays themselves are computed by the server for any year.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api, get } from '../api';
import { useI18n } from '../i18n';
import { Banner, SavedNote } from '../components/form';
import { EmployeeHoursPanel } from './employee-hours';
import './next-free.css';
import './working-time.css';

type Hours = { days: number[]; start: string; end: string };
type WorkingTime = { hours: Hours; swedishHolidays: boolean; closedDays: { date: string; name: string }[]; openDays: string[] };
type Day = { date: string; key: string | null; name: string | null; kind: 'public' | 'closed' | 'company' };

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

export function WorkingTimeSettings() {
  const { t, locale } = useI18n();
  const [w, setW] = useState<WorkingTime | null>(null);
  const [year, setYear] = useState(new Date().getFullYear());
  const [days, setDays] = useState<Day[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [newDay, setNewDay] = useState({ date: '', name: '' });
  const lang = locale === 'en' ? 'en-GB' : 'sv-SE';

  const loadDays = useCallback(() => {
    get<{ items: Day[] }>(`/api/scheduling/non-working-days?year=${year}`).then((r) => setDays(r.items), (e) => setError((e as Error).message));
  }, [year]);
  useEffect(() => { get<WorkingTime>('/api/scheduling/working-time').then(setW, (e) => setError((e as Error).message)); }, []);
  useEffect(loadDays, [loadDays]);

  const put = async (next: WorkingTime) => {
    setBusy(true); setError(null); setSaved(false);
    try {
      setW(await api<WorkingTime>('PUT', '/api/scheduling/working-time', next));
      setSaved(true);
      loadDays();
    } catch (e) { setError((e as Error).message); } finally { setBusy(false); }
  };
  if (!w) return <p className="muted">{error ?? t('list.loading')}</p>;
  const weekday = (d: number) => new Date(Date.UTC(2024, 0, d)).toLocaleDateString(lang, { weekday: 'long', timeZone: 'UTC' }); // 1 Jan 2024 was a Monday
  const dayName = (d: Day) => d.name ?? t(`holiday.${d.key}` as 'holiday.newYearsDay');
  const submit = (e: FormEvent) => { e.preventDefault(); void put(w); };
  const opened = w.openDays.filter((d) => d.startsWith(`${year}-`));

  return (
    <section aria-labelledby="wt-title">
      <div className="section-head"><h2 id="wt-title">{t('workingTime.title')}</h2></div>
      <form className="panel item-form" onSubmit={submit} noValidate>
        <Banner text={error} />
        <fieldset className="wt-days">
          <legend>{t('workingTime.days')}</legend>
          {WEEKDAYS.map((d) => (
            <label key={d} className="check">
              <input type="checkbox" checked={w.hours.days.includes(d)}
                onChange={(e) => setW({ ...w, hours: { ...w.hours, days: e.target.checked ? [...w.hours.days, d].sort() : w.hours.days.filter((x) => x !== d) } })} /> {weekday(d)}
            </label>
          ))}
        </fieldset>
        <div className="next-free">
          <label>{t('workingTime.start')} <input type="time" value={w.hours.start} onChange={(e) => setW({ ...w, hours: { ...w.hours, start: e.target.value } })} /></label>
          <label>{t('workingTime.end')} <input type="time" value={w.hours.end} onChange={(e) => setW({ ...w, hours: { ...w.hours, end: e.target.value } })} /></label>
        </div>
        <label className="check"><input type="checkbox" checked={w.swedishHolidays} onChange={(e) => setW({ ...w, swedishHolidays: e.target.checked })} /> {t('workingTime.swedishHolidays')}</label>
        <div className="form-buttons">
          <SavedNote saved={saved} />
          <button type="submit" className="btn-primary" disabled={busy}>{t('action.save')}</button>
        </div>
      </form>

      <div className="panel">
        <div className="next-free">
          <h3>{t('workingTime.closedDays', { year: String(year) })}</h3>
          <button type="button" className="btn" onClick={() => setYear(year - 1)} aria-label={t('workingTime.prevYear')}>‹</button>
          <button type="button" className="btn" onClick={() => setYear(year + 1)} aria-label={t('workingTime.nextYear')}>›</button>
        </div>
        <table className="wt-table">
          <tbody>
            {days.map((d) => (
              <tr key={d.date}>
                <td>{new Date(`${d.date}T12:00:00`).toLocaleDateString(lang, { weekday: 'short', day: 'numeric', month: 'long' })}</td>
                <td>{dayName(d)}</td>
                <td className="muted">{t(`workingTime.kind.${d.kind}`)}</td>
                <td>
                  {d.kind === 'company'
                    ? <button type="button" className="btn" disabled={busy} onClick={() => void put({ ...w, closedDays: w.closedDays.filter((c) => c.date !== d.date) })}>{t('workingTime.remove')}</button>
                    : <button type="button" className="btn" disabled={busy} onClick={() => void put({ ...w, openDays: [...w.openDays, d.date] })}>{t('workingTime.open')}</button>}
                </td>
              </tr>
            ))}
            {opened.map((date) => (
              <tr key={`open-${date}`}>
                <td>{new Date(`${date}T12:00:00`).toLocaleDateString(lang, { weekday: 'short', day: 'numeric', month: 'long' })}</td>
                <td colSpan={2} className="muted">{t('workingTime.openedDay')}</td>
                <td><button type="button" className="btn" disabled={busy} onClick={() => void put({ ...w, openDays: w.openDays.filter((x) => x !== date) })}>{t('workingTime.close')}</button></td>
              </tr>
            ))}
          </tbody>
        </table>
        <form className="next-free" onSubmit={(e) => { e.preventDefault(); if (newDay.date && newDay.name.trim()) void put({ ...w, closedDays: [...w.closedDays, { date: newDay.date, name: newDay.name.trim() }] }).then(() => setNewDay({ date: '', name: '' })); }}>
          <label>{t('workingTime.newDate')} <input type="date" value={newDay.date} onChange={(e) => setNewDay({ ...newDay, date: e.target.value })} /></label>
          <label>{t('workingTime.newName')} <input value={newDay.name} maxLength={100} onChange={(e) => setNewDay({ ...newDay, name: e.target.value })} /></label>
          <button type="submit" className="btn" disabled={busy || !newDay.date || !newDay.name.trim()}>{t('workingTime.add')}</button>
        </form>
      </div>
      <EmployeeHoursPanel weekday={weekday} />
    </section>
  );
}
