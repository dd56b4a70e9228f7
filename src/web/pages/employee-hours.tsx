/**
 * Settings → Arbetstid: one employee's own working hours (part-time, Fridays off, Fridays
 * 08–12) where they differ from the company's, one row per weekday; "Använd företagets" removes
 * the override. Saved as common hours plus the weekdays whose hours differ (`dayHours`).
 */
import { useEffect, useState } from 'react';
import { api, get } from '../api';
import { useI18n } from '../i18n';
import { useLookups } from '../lookups';
import { Banner, SavedNote } from '../components/form';

type DayHours = { day: number; start: string; end: string };
type Hours = { days: number[]; start: string; end: string; dayHours?: DayHours[] };
type EmployeeHours = { employeeId: number; own: Hours | null; effective: Hours };
type Row = { day: number; on: boolean; start: string; end: string };

const WEEK = [1, 2, 3, 4, 5, 6, 7];

/** One row per weekday, each with its hours (its own, else the common ones). */
function rowsOf(h: Hours): Row[] {
  return WEEK.map((day) => {
    const own = h.dayHours?.find((x) => x.day === day);
    return { day, on: h.days.includes(day), start: own?.start ?? h.start, end: own?.end ?? h.end };
  });
}

/** The rows as stored: the most common range of the working days, the others as their own. */
function hoursOf(rows: Row[]): Hours {
  const on = rows.filter((r) => r.on);
  const count = new Map<string, number>();
  for (const r of on) count.set(`${r.start}-${r.end}`, (count.get(`${r.start}-${r.end}`) ?? 0) + 1);
  const common = [...count].sort((a, b) => b[1] - a[1])[0]?.[0] ?? `${rows[0]!.start}-${rows[0]!.end}`;
  const [start, end] = common.split('-') as [string, string];
  const dayHours = on.filter((r) => r.start !== start || r.end !== end).map((r) => ({ day: r.day, start: r.start, end: r.end }));
  return { days: on.map((r) => r.day), start, end, ...(dayHours.length ? { dayHours } : {}) };
}

export function EmployeeHoursPanel({ weekday }: { weekday: (d: number) => string }) {
  const { t } = useI18n();
  const lk = useLookups();
  const [employeeId, setEmployeeId] = useState<number | null>(null);
  const [h, setH] = useState<EmployeeHours | null>(null);
  const [draft, setDraft] = useState<Row[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    setSaved(false);
    if (employeeId === null) { setH(null); setDraft(null); return; }
    get<EmployeeHours>(`/api/scheduling/employees/${employeeId}/hours`).then((r) => { setH(r); setDraft(rowsOf(r.effective)); }, (e) => setError((e as Error).message));
  }, [employeeId]);
  const put = async (hours: Hours | null) => {
    setError(null);
    try {
      const r = await api<EmployeeHours>('PUT', `/api/scheduling/employees/${employeeId}/hours`, { hours });
      setH(r); setDraft(rowsOf(r.effective)); setSaved(true);
    } catch (e) { setError((e as Error).message); }
  };
  return (
    <div className="panel">
      <h3>{t('workingTime.own')}</h3>
      <Banner text={error} />
      <label>{t('workingTime.employee')}{' '}
        <select value={employeeId ?? ''} onChange={(e) => setEmployeeId(e.target.value ? Number(e.target.value) : null)}>
          <option value="">{t('list.none')}</option>
          {lk.employees.filter((e) => e.active).map((e) => <option key={e.id} value={e.id}>{e.name}</option>)}
        </select>
      </label>
      {h && draft && (
        <form onSubmit={(e) => { e.preventDefault(); void put(hoursOf(draft)); }} noValidate>
          <p className="muted">{h.own ? t('workingTime.ownSet') : t('workingTime.ownNone')}</p>
          <table className="wt-week">
            <caption className="visually-hidden">{t('workingTime.days')}</caption>
            <thead><tr><th scope="col">{t('workingTime.days')}</th><th scope="col">{t('workingTime.from')}</th><th scope="col">{t('workingTime.until')}</th></tr></thead>
            <tbody>
              {draft.map((r, i) => {
                const set = (x: Partial<Row>) => { setSaved(false); setDraft(draft.map((y, j) => (j === i ? { ...y, ...x } : y))); };
                return (
                  <tr key={r.day}>
                    <td><label className="check"><input type="checkbox" checked={r.on} onChange={(e) => set({ on: e.target.checked })} /> {weekday(r.day)}</label></td>
                    <td><input type="time" aria-label={`${weekday(r.day)} ${t('workingTime.from')}`} value={r.start} disabled={!r.on} onChange={(e) => set({ start: e.target.value })} /></td>
                    <td><input type="time" aria-label={`${weekday(r.day)} ${t('workingTime.until')}`} value={r.end} disabled={!r.on} onChange={(e) => set({ end: e.target.value })} /></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div className="form-buttons">
            <SavedNote saved={saved} />
            {h.own && <button type="button" className="btn" onClick={() => void put(null)}>{t('workingTime.useCompany')}</button>}
            <button type="submit" className="btn-primary">{t('action.save')}</button>
          </div>
        </form>
      )}
    </div>
  );
}
