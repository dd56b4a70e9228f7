/**
 * Settings → Arbetstid: one employee's own working hours (part-time, Fridays off) where they
 * differ from the company's; "Använd företagets" removes the override.
 */
import { useEffect, useState } from 'react';
import { api, get } from '../api';
import { useI18n } from '../i18n';
import { useLookups } from '../lookups';
import { Banner, SavedNote } from '../components/form';

type Hours = { days: number[]; start: string; end: string };
type EmployeeHours = { employeeId: number; own: Hours | null; effective: Hours };

export function EmployeeHoursPanel({ weekday }: { weekday: (d: number) => string }) {
  const { t } = useI18n();
  const lk = useLookups();
  const [employeeId, setEmployeeId] = useState<number | null>(null);
  const [h, setH] = useState<EmployeeHours | null>(null);
  const [draft, setDraft] = useState<Hours | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    setSaved(false);
    if (employeeId === null) { setH(null); setDraft(null); return; }
    get<EmployeeHours>(`/api/scheduling/employees/${employeeId}/hours`).then((r) => { setH(r); setDraft(r.effective); }, (e) => setError((e as Error).message));
  }, [employeeId]);
  const put = async (hours: Hours | null) => {
    setError(null);
    try {
      const r = await api<EmployeeHours>('PUT', `/api/scheduling/employees/${employeeId}/hours`, { hours });
      setH(r); setDraft(r.effective); setSaved(true);
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
        <form onSubmit={(e) => { e.preventDefault(); void put(draft); }} noValidate>
          <p className="muted">{h.own ? t('workingTime.ownSet') : t('workingTime.ownNone')}</p>
          <fieldset className="wt-days">
            <legend>{t('workingTime.days')}</legend>
            {[1, 2, 3, 4, 5, 6, 7].map((d) => (
              <label key={d} className="check">
                <input type="checkbox" checked={draft.days.includes(d)}
                  onChange={(e) => setDraft({ ...draft, days: e.target.checked ? [...draft.days, d].sort() : draft.days.filter((x) => x !== d) })} /> {weekday(d)}
              </label>
            ))}
          </fieldset>
          <div className="next-free">
            <label>{t('workingTime.start')} <input type="time" value={draft.start} onChange={(e) => setDraft({ ...draft, start: e.target.value })} /></label>
            <label>{t('workingTime.end')} <input type="time" value={draft.end} onChange={(e) => setDraft({ ...draft, end: e.target.value })} /></label>
          </div>
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
