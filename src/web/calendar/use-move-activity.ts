/**
 * Saves a calendar move or resize at once (PATCH /api/activities/:id) and offers Undo, which puts
 * the old times back. The view shows the new times before the server answers and puts the old
 * ones back if it refuses. Shared by my calendar and the common calendar.
 */
import { useCallback, useState, type Dispatch, type SetStateAction } from 'react';
import { patch } from '../api';
import type { ActivityDto } from '../../contract/activity';
import type { CalendarItemDto } from '../../contract/calendar';
import type { Toast } from '../components/undo-toast';
import { useI18n } from '../i18n';
import { fmtWhen } from './dates';
import { titleOf } from './item-label';
import type { Change } from './time-grid';

export function useMoveActivity(setItems: Dispatch<SetStateAction<CalendarItemDto[]>>) {
  const { t, locale } = useI18n();
  const [toast, setToast] = useState<Toast | null>(null);
  const put = useCallback((id: number, startAt: string, endAt: string | null, updatedAt?: string) => {
    setItems((list) => list.map((i) => (i.id === id ? { ...i, startAt, endAt, ...(updatedAt ? { updatedAt } : {}) } : i)));
  }, [setItems]);

  const save = useCallback(async (c: Change) => {
    const old = { startAt: c.item.startAt, endAt: c.item.endAt };
    put(c.item.id, c.startAt, c.endAt);
    try {
      const a = await patch<ActivityDto>(`/api/activities/${c.item.id}`, { startAt: c.startAt, endAt: c.endAt });
      put(a.id, a.startAt ?? c.startAt, a.endAt, a.updatedAt);
      const name = titleOf(c.item, t);
      setToast({
        text: c.kind === 'move' ? t('cal.moved', { name, when: fmtWhen(locale, a.startAt ?? c.startAt) }) : t('cal.resized', { name, when: fmtWhen(locale, a.endAt ?? c.startAt) }),
        undo: () => {
          put(c.item.id, old.startAt, old.endAt);
          patch<ActivityDto>(`/api/activities/${c.item.id}`, old)
            .then((b) => { put(b.id, b.startAt ?? old.startAt, b.endAt, b.updatedAt); setToast({ text: t('cal.undone') }); })
            .catch((e) => setToast({ text: t('cal.saveFailed', { message: (e as Error).message }), error: true }));
        },
      });
    } catch (e) {
      put(c.item.id, old.startAt, old.endAt);
      setToast({ text: t('cal.saveFailed', { message: (e as Error).message }), error: true });
    }
  }, [put, t, locale]);

  const close = useCallback(() => setToast(null), []);
  return { save, toast, setToast, closeToast: close };
}
