/**
 * A new card opened from the calendar or the task list: `?startAt=&allDay=1&responsibleId=&typeId=`
 * (a clicked slot, me as responsible, my default type) and `?task=1` (from the task list). The end
 * follows the start by the type's default duration, else the company's standard duration; an
 * all-day activity ends at the next midnight.
 */
import type { Dispatch, SetStateAction } from 'react';
import { get } from '../api';
import { toLocalInput } from './datetime';

type Prefillable = { startAt: string; endAt: string; allDay: boolean; responsibleId: string; typeId: string; showInTaskList: boolean };

export function prefillFromCalendar<V extends Prefillable>(params: URLSearchParams, setValues: Dispatch<SetStateAction<V>>): void {
  const startAt = params.get('startAt');
  const responsibleId = params.get('responsibleId');
  const typeId = params.get('typeId');
  const allDay = params.get('allDay') === '1';
  const task = params.get('task') === '1';
  const start = startAt ? new Date(startAt) : null;
  if (start && Number.isNaN(start.getTime())) return;
  setValues((v) => ({
    ...v,
    ...(responsibleId && /^\d+$/.test(responsibleId) ? { responsibleId } : {}),
    ...(typeId && /^\d+$/.test(typeId) ? { typeId } : {}),
    ...(task ? { showInTaskList: true } : {}),
    ...(start ? { startAt: toLocalInput(start.toISOString()), allDay } : {}),
  }));
  if (!start) return;
  const endOf = (minutes: number) => {
    if (!allDay) return new Date(start.getTime() + minutes * 60_000);
    const e = new Date(start);
    e.setDate(e.getDate() + 1);
    return e;
  };
  const typeDuration = typeId && /^\d+$/.test(typeId)
    ? get<{ defaultDurationMinutes: number | null }>(`/api/activity-types/${typeId}`).then((x) => x.defaultDurationMinutes, () => null)
    : Promise.resolve(null);
  Promise.all([get<{ standardDurationMinutes: number }>('/api/settings'), typeDuration])
    .then(([s, own]) => setValues((v) => ({ ...v, endAt: v.endAt || toLocalInput(endOf(own ?? s.standardDurationMinutes).toISOString()) })))
    .catch(() => setValues((v) => ({ ...v, endAt: v.endAt || toLocalInput(endOf(60).toISOString()) })));
}
