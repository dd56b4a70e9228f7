/**
 * The month view: whole weeks, Monday first, the ISO week number at the start of each row. A day
 * shows its first activities (all-day first) and "+N till" that opens the day; a click in a day's
 * empty space creates an activity that day at 09:00; dragging an activity to another day, or
 * Alt+left/right, moves it there.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { CalendarItemDto } from '../../contract/calendar';
import { dateKey, isoWeek, parseDateKey, sameDate, type LocalDate } from '../../domain/calendar/weeks';
import { useI18n } from '../i18n';
import { atMinutes, dayStart, fmtDay, fmtTime, fmtWeekday, nextDayStart, today } from './dates';
import { accessibleName, colorStyle, titleOf } from './item-label';
import { keyChange, shift, type Change } from './time-grid';

const SHOWN_PER_DAY = 3;

type Props = {
  days: LocalDate[];
  month: number;
  items: CalendarItemDto[];
  onOpen: (item: CalendarItemDto) => void;
  onCreate: (start: Date, allDay: boolean) => void;
  onChange: (c: Change) => void;
  onOpenDay: (day: LocalDate) => void;
};

export function MonthGrid({ days, month, items, onOpen, onCreate, onChange, onOpenDay }: Props) {
  const { t, locale } = useI18n();
  const todayDate = today();
  // Dragging an activity onto another day moves it there, keeping its time of day.
  const drag = useRef<{ item: CalendarItemDto; from: LocalDate; x0: number; y0: number; moved: boolean } | null>(null);
  const suppressClick = useRef(false);
  const startDrag = (e: PointerEvent<HTMLElement>, item: CalendarItemDto, day: LocalDate) => {
    if (e.button !== 0 || item.hidden) return;
    drag.current = { item, from: day, x0: e.clientX, y0: e.clientY, moved: false };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const moveDrag = (e: PointerEvent<HTMLElement>) => {
    const d = drag.current;
    if (d && !d.moved && Math.abs(e.clientX - d.x0) + Math.abs(e.clientY - d.y0) > 6) { d.moved = true; e.currentTarget.classList.add('dragging'); }
  };
  const endDrag = (e: PointerEvent<HTMLElement>) => {
    const d = drag.current;
    drag.current = null;
    e.currentTarget.classList.remove('dragging');
    if (!d?.moved) return;
    suppressClick.current = true;
    window.setTimeout(() => { suppressClick.current = false; }, 0);
    const cell = document.elementsFromPoint(e.clientX, e.clientY).find((el) => el instanceof HTMLElement && el.dataset.date) as HTMLElement | undefined;
    const to = cell ? parseDateKey(cell.dataset.date!) : null;
    if (!to) return;
    const days = Math.round((Date.UTC(to.y, to.m - 1, to.d) - Date.UTC(d.from.y, d.from.m - 1, d.from.d)) / 86_400_000);
    if (days) onChange({ item: d.item, startAt: shift(d.item.startAt, days, 0), endAt: d.item.endAt ? shift(d.item.endAt, days, 0) : null, kind: 'move' });
  };
  const weeks = Array.from({ length: days.length / 7 }, (_, w) => days.slice(w * 7, w * 7 + 7));
  const onKey = (e: KeyboardEvent<HTMLElement>, item: CalendarItemDto) => {
    const c = keyChange(item, e);
    if (!c || c.kind !== 'move') return;
    e.preventDefault();
    onChange(c);
  };
  const itemsOf = (day: LocalDate) => {
    const from = dayStart(day).getTime();
    const to = nextDayStart(day).getTime();
    return items.filter((i) => {
      const s = Date.parse(i.startAt);
      const e = i.endAt ? Date.parse(i.endAt) : s;
      return s < to && (e > from || s >= from);
    }).sort((a, b) => Number(b.allDay) - Number(a.allDay) || a.startAt.localeCompare(b.startAt));
  };
  return (
    <div className="mg" role="table" aria-label={t('cal.view.month')}>
      <div className="mg-row mg-headrow" role="row">
        <div className="mg-week" role="columnheader"><span className="visually-hidden">{t('cal.week', { week: '' }).trim()}</span></div>
        {weeks[0]!.map((d) => <div key={d.d} className="mg-dayname" role="columnheader">{fmtWeekday(locale, d)}</div>)}
      </div>
      {weeks.map((week) => (
        <div key={`${week[0]!.m}-${week[0]!.d}`} className="mg-row" role="row">
          <div className="mg-week" role="rowheader">{isoWeek(week[0]!).week}</div>
          {week.map((day) => {
            const list = itemsOf(day);
            const hiddenCount = Math.max(0, list.length - SHOWN_PER_DAY);
            return (
              <div
                key={`${day.m}-${day.d}`}
                role="cell"
                data-date={dateKey(day)}
                className={`mg-cell${day.m !== month ? ' other-month' : ''}${sameDate(day, todayDate) ? ' today' : ''}`}
                onClick={(e) => { if (e.target === e.currentTarget) onCreate(atMinutes(day, 9 * 60), false); }}
              >
                <button type="button" className="mg-daynum link-btn" aria-label={fmtDay(locale, day, 'long')} onClick={() => onOpenDay(day)}>{day.d}</button>
                {list.slice(0, SHOWN_PER_DAY).map((i) => (
                  <button
                    key={i.id}
                    type="button"
                    className={`mg-item${i.allDay ? ' all-day' : ''}${i.done ? ' done' : ''}`}
                    style={colorStyle(i)}
                    aria-label={accessibleName(i, locale, t)}
                    aria-describedby="cal-keys-hint"
                    data-activity-id={i.id}
                    onClick={() => { if (!suppressClick.current && !i.hidden) onOpen(i); }}
                    onKeyDown={(e) => onKey(e, i)}
                    onPointerDown={(e) => startDrag(e, i, day)}
                    onPointerMove={moveDrag}
                    onPointerUp={endDrag}
                    onPointerCancel={() => { drag.current = null; }}
                  >
                    {!i.allDay && <span className="mg-time">{fmtTime(locale, i.startAt)}</span>}
                    <span className="mg-title">{titleOf(i, t)}</span>
                  </button>
                ))}
                {hiddenCount > 0 && (
                  <button type="button" className="mg-more link-btn" aria-label={t('cal.more', { n: hiddenCount })} onClick={() => onOpenDay(day)}>
                    <span className="mg-more-full" aria-hidden="true">{t('cal.more', { n: hiddenCount })}</span>
                    <span className="mg-more-short" aria-hidden="true">+{hiddenCount}</span>
                  </button>
                )}
              </div>
            );
          })}
        </div>
      ))}
      <p id="cal-keys-hint" className="visually-hidden">{t('cal.keysHint')}</p>
    </div>
  );
}
