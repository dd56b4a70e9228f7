/**
 * The activity card's "Hitta nästa lediga tid (alla)" / "(bara ansvarig)" (original system:
 * "Auto-select next (all)" / "(first)"): asks POST /api/scheduling/next-free for the earliest
 * interval of the card's length at which the responsible (and, for "all", every linked employee
 * and resource) is free, from the card's start or now, and puts it into start and end. Saving
 * stays the user's choice.
 */
import { useState } from 'react';
import { post } from '../api';
import { useI18n } from '../i18n';
import { fromLocalInput, toLocalInput } from './datetime';
import './next-free.css';

type Answer = { startAt: string | null; endAt: string | null; reason?: 'noFreeTime' | 'longerThanWorkingDay' };

export function NextFreeButtons(props: {
  activityId: number | null;
  startAt: string; endAt: string; standardMinutes: number;
  responsibleId: number | null; employeeIds: number[]; resourceIds: number[];
  onFound: (startLocal: string, endLocal: string) => void;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const find = async (all: boolean) => {
    setMessage(null);
    const start = fromLocalInput(props.startAt);
    const end = fromLocalInput(props.endAt);
    const length = start && end ? Math.round((Date.parse(end) - Date.parse(start)) / 60_000) : 0;
    const durationMinutes = length >= 1 && length <= 1440 ? length : props.standardMinutes;
    const now = Date.now();
    const earliest = new Date(start && Date.parse(start) > now ? Date.parse(start) : now).toISOString();
    const people = all ? [props.responsibleId, ...props.employeeIds] : [props.responsibleId];
    const employeeIds = [...new Set(people.filter((x): x is number => x !== null))];
    if (!employeeIds.length) { setMessage(t('nextFree.noResponsible')); return; }
    setBusy(true);
    try {
      const r = await post<Answer>('/api/scheduling/next-free', {
        employeeIds, resourceIds: all ? props.resourceIds : [], durationMinutes, earliest,
        ...(props.activityId ? { excludeActivityId: props.activityId } : {}),
      });
      if (r.startAt && r.endAt) {
        props.onFound(toLocalInput(r.startAt), toLocalInput(r.endAt));
        setMessage(t('nextFree.found'));
      } else {
        setMessage(t(r.reason === 'longerThanWorkingDay' ? 'nextFree.tooLong' : 'nextFree.none'));
      }
    } catch (err) {
      setMessage((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="span-2 next-free" role="group" aria-label={t('nextFree.group')}>
      <button type="button" className="btn" disabled={busy} onClick={() => find(true)}>{t('nextFree.all')}</button>
      <button type="button" className="btn" disabled={busy} onClick={() => find(false)}>{t('nextFree.responsible')}</button>
      {message && <span className="muted" role="status">{message}</span>}
    </div>
  );
}
