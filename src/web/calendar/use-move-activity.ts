/**
 * Saves a calendar move or resize at once (PATCH /api/activities/:id) and offers Undo, which puts
 * the old times back — and, for a block dropped on another row of the common calendar, the old
 * responsible, linked employees or resources. The view shows the new times before the server answers and puts the old
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
import type { Change, LinkChange } from './time-grid';

export function useMoveActivity(setItems: Dispatch<SetStateAction<CalendarItemDto[]>>) {
  const { t, locale } = useI18n();
  const [toast, setToast] = useState<Toast | null>(null);
  const put = useCallback((id: number, startAt: string, endAt: string | null, updatedAt?: string, links?: LinkChange) => {
    setItems((list) => list.map((i) => (i.id === id ? { ...i, startAt, endAt, ...(links ?? {}), ...(updatedAt ? { updatedAt } : {}) } : i)));
  }, [setItems]);

  const save = useCallback(async (c: Change) => {
    const oldLinks: LinkChange | undefined = c.links
      ? Object.fromEntries(Object.keys(c.links.change).map((k) => [k, c.item[k as keyof LinkChange]])) as LinkChange
      : undefined;
    const old = { startAt: c.item.startAt, endAt: c.item.endAt, ...(oldLinks ?? {}) };
    put(c.item.id, c.startAt, c.endAt, undefined, c.links?.change);
    try {
      const a = await patch<ActivityDto>(`/api/activities/${c.item.id}`, { startAt: c.startAt, endAt: c.endAt, ...(c.links?.change ?? {}) });
      put(a.id, a.startAt ?? c.startAt, a.endAt, a.updatedAt);
      const name = titleOf(c.item, t);
      const when = fmtWhen(locale, a.startAt ?? c.startAt);
      setToast({
        text: c.links ? t('cal.movedTo', { name, who: c.links.to, when })
          : c.kind === 'move' ? t('cal.moved', { name, when }) : t('cal.resized', { name, when: fmtWhen(locale, a.endAt ?? c.startAt) }),
        undo: () => {
          put(c.item.id, old.startAt, old.endAt, undefined, oldLinks);
          patch<ActivityDto>(`/api/activities/${c.item.id}`, old)
            .then((b) => { put(b.id, b.startAt ?? old.startAt, b.endAt, b.updatedAt); setToast({ text: t('cal.undone') }); })
            .catch((e) => setToast({ text: t('cal.saveFailed', { message: (e as Error).message }), error: true }));
        },
      });
    } catch (e) {
      put(c.item.id, old.startAt, old.endAt, undefined, oldLinks);
      setToast({ text: t('cal.saveFailed', { message: (e as Error).message }), error: true });
    }
  }, [put, t, locale]);

  const close = useCallback(() => setToast(null), []);
  return { save, toast, setToast, closeToast: close };
}
