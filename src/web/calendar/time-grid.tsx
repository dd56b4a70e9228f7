/**
 * Day, work-week and week views: a column per day with 24 hours, an all-day band on top, and
 * overlapping activities side by side (domain/calendar/layout.ts). An activity is a button named
 * for screen readers; a click opens its card, dragging moves it (also to another day), dragging
 * its lower edge changes its end, Alt+arrow keys do the same from the keyboard. A click in an
 * empty time creates an activity there. Positions are wall-clock minutes, so 09:00 stays on the
 * 09:00 line on the days the clocks change.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { CalendarItemDto } from '../../contract/calendar';
import { layoutLanes } from '../../domain/calendar/layout';
import { isoWeek, sameDate, type LocalDate } from '../../domain/calendar/weeks';
import { useI18n } from '../i18n';
import { dayStart, fmtDay, nextDayStart, today, wallMinutes, atMinutes } from './dates';
import { accessibleName, colorStyle, timesOf, titleOf } from './item-label';

export const HOUR_PX = 48;
const PX_PER_MIN = HOUR_PX / 60;
const SNAP = 15;
/** the shortest block drawn, so a 5-minute call can still be read and clicked */
const MIN_BLOCK_MIN = 24;

/** People and resources a move changes (the common calendar: dropped on another row). */
export type LinkChange = Partial<Pick<CalendarItemDto, 'responsibleId' | 'employeeIds' | 'resourceIds'>>;

export type Change = {
  item: CalendarItemDto; startAt: string; endAt: string | null; kind: 'move' | 'resize';
  /** set when the activity moves to another row; `to` names that row in the undo message */
  links?: { change: LinkChange; to: string };
};

type Props = {
  days: LocalDate[];
  items: CalendarItemDto[];
  onOpen: (item: CalendarItemDto) => void;
  onCreate: (start: Date, allDay: boolean) => void;
  onChange: (c: Change) => void;
  /** opens one day (where a crowded hour shows every activity) */
  onOpenDay: (day: LocalDate) => void;
};

/** The narrowest a side-by-side block may get before the rest of an hour folds into "+N". */
const MIN_LANE_PX = 58;

/** `iso` moved by whole days (wall clock kept) and minutes. */
export function shift(iso: string, days: number, minutes: number): string {
  const d = new Date(iso);
  d.setDate(d.getDate() + days);
  d.setMinutes(d.getMinutes() + minutes);
  return d.toISOString();
}

/** The change an arrow key asks for, or null. Alt moves; Alt+Shift changes the end. */
export function keyChange(item: CalendarItemDto, e: { key: string; altKey: boolean; shiftKey: boolean }): Change | null {
  if (!e.altKey || item.hidden) return null;
  const step = e.key === 'ArrowUp' ? -SNAP : e.key === 'ArrowDown' ? SNAP : 0;
  const days = e.key === 'ArrowLeft' ? -1 : e.key === 'ArrowRight' ? 1 : 0;
  if (!step && !days) return null;
  if (e.shiftKey) {
    if (!step || item.allDay) return null;
    const end = shift(item.endAt ?? item.startAt, 0, step);
    if (Date.parse(end) - Date.parse(item.startAt) < SNAP * 60_000) return null;
    return { item, startAt: item.startAt, endAt: end, kind: 'resize' };
  }
  const minutes = item.allDay ? 0 : step;
  if (item.allDay && !days) return null;
  return { item, startAt: shift(item.startAt, days, minutes), endAt: item.endAt ? shift(item.endAt, days, minutes) : null, kind: 'move' };
}

type DragState = {
  item: CalendarItemDto; mode: 'move' | 'resize'; x0: number; y0: number; colWidth: number; moved: boolean;
  startAt: string; endAt: string | null;
};

export function TimeGrid({ days, items, onOpen, onCreate, onChange, onOpenDay }: Props) {
  const { t, locale } = useI18n();
  const bodyRef = useRef<HTMLDivElement>(null);
  const drag = useRef<DragState | null>(null);
  const suppressClick = useRef(false);
  const [preview, setPreview] = useState<{ id: number; startAt: string; endAt: string | null } | null>(null);
  const [now, setNow] = useState(() => new Date());
  const [colWidth, setColWidth] = useState(200);

  useEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const measure = () => { const c = body.querySelector('.tg-col'); if (c) setColWidth(c.getBoundingClientRect().width); };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(body);
    return () => ro.disconnect();
  }, [days.length]);

  useEffect(() => {
    // Open at 07:00, where the working day starts, rather than at midnight.
    if (bodyRef.current) bodyRef.current.scrollTop = 7 * HOUR_PX - 4;
    const timer = window.setInterval(() => setNow(new Date()), 60_000);
    return () => window.clearInterval(timer);
  }, []);

  const shown = useMemo(() => items.map((i) => (preview && preview.id === i.id ? { ...i, startAt: preview.startAt, endAt: preview.endAt } : i)), [items, preview]);
  const allDay = shown.filter((i) => i.allDay);
  const timed = shown.filter((i) => !i.allDay);

  const columns = useMemo(() => days.map((day) => {
    const from = dayStart(day).getTime();
    const to = nextDayStart(day).getTime();
    const segs = timed.flatMap((i) => {
      const s = Date.parse(i.startAt);
      const e = i.endAt ? Date.parse(i.endAt) : s;
      if (!(s < to && (e > from || s >= from))) return [];
      const top = s <= from ? 0 : wallMinutes(new Date(s));
      const bottom = e >= to ? 1440 : Math.max(wallMinutes(new Date(e)), top);
      return [{ item: i, top, bottom, continuesBefore: s < from, continuesAfter: e > to }];
    });
    const placed = layoutLanes(segs, (x) => ({ start: x.top, end: Math.max(x.bottom, x.top + MIN_BLOCK_MIN) }));
    const dayAllDay = allDay.filter((i) => {
      const s = Date.parse(i.startAt);
      const e = i.endAt ? Date.parse(i.endAt) : s;
      return s < to && (e > from || s >= from);
    });
    // Several days side by side: when a crowd would make blocks too narrow to read, the lanes
    // that do not fit fold into one "+N" per hour that opens the day. One day scrolls sideways.
    const maxLanes = Math.max(...placed.map((p) => p.lanes), 1);
    const cap = days.length > 1 ? Math.max(2, Math.floor(colWidth / MIN_LANE_PX)) : Infinity;
    const folded = maxLanes > cap;
    const visible = folded ? placed.filter((p) => p.lane < cap - 1) : placed;
    const overflow = new Map<number, number>();
    if (folded) for (const p of placed) if (p.lane >= cap - 1) overflow.set(Math.floor(p.item.top / 60), (overflow.get(Math.floor(p.item.top / 60)) ?? 0) + 1);
    return { day, placed: visible, dayAllDay, cap: folded ? cap : null, overflow, maxLanes };
  }), [days, timed, allDay, colWidth]);

  const startDrag = (e: PointerEvent<HTMLElement>, item: CalendarItemDto, mode: 'move' | 'resize') => {
    if (e.button !== 0 || item.hidden) return;
    const col = bodyRef.current?.querySelector('.tg-col');
    drag.current = {
      item, mode, x0: e.clientX, y0: e.clientY, colWidth: col?.getBoundingClientRect().width ?? 100, moved: false,
      startAt: item.startAt, endAt: item.endAt,
    };
    e.currentTarget.setPointerCapture(e.pointerId);
    e.stopPropagation();
  };

  const moveDrag = (e: PointerEvent<HTMLElement>) => {
    const d = drag.current;
    if (!d) return;
    const dx = e.clientX - d.x0;
    const dy = e.clientY - d.y0;
    if (!d.moved && Math.abs(dx) < 5 && Math.abs(dy) < 5) return;
    d.moved = true;
    const minutes = Math.round(dy / PX_PER_MIN / SNAP) * SNAP;
    if (d.mode === 'move') {
      const dayDelta = days.length > 1 ? Math.round(dx / d.colWidth) : 0;
      d.startAt = shift(d.item.startAt, dayDelta, minutes);
      d.endAt = d.item.endAt ? shift(d.item.endAt, dayDelta, minutes) : null;
    } else {
      const end = shift(d.item.endAt ?? d.item.startAt, 0, minutes);
      const min = Date.parse(d.item.startAt) + SNAP * 60_000;
      d.endAt = Date.parse(end) < min ? new Date(min).toISOString() : end;
    }
    setPreview({ id: d.item.id, startAt: d.startAt, endAt: d.endAt });
  };

  const endDrag = () => {
    const d = drag.current;
    drag.current = null;
    if (!d) return;
    if (d.moved) {
      suppressClick.current = true;
      window.setTimeout(() => { suppressClick.current = false; }, 0);
      if (d.startAt !== d.item.startAt || d.endAt !== d.item.endAt) onChange({ item: d.item, startAt: d.startAt, endAt: d.endAt, kind: d.mode });
    }
    setPreview(null);
  };

  const onKey = (e: KeyboardEvent<HTMLElement>, item: CalendarItemDto) => {
    const c = keyChange(item, e);
    if (!c) return;
    e.preventDefault();
    onChange(c);
  };

  const slotClick = (e: React.MouseEvent<HTMLDivElement>, day: LocalDate) => {
    if (e.target !== e.currentTarget) return;
    const y = e.clientY - e.currentTarget.getBoundingClientRect().top;
    const minutes = Math.max(0, Math.min(1410, Math.floor(y / PX_PER_MIN / 30) * 30));
    onCreate(atMinutes(day, minutes), false);
  };

  const week = isoWeek(days[0]!).week;
  const cols = `56px repeat(${days.length}, minmax(${days.length > 1 ? 96 : 160}px, 1fr))`;
  const todayDate = today();
  const block = (i: CalendarItemDto, extra: string, style: Record<string, string>, withHandle: boolean) => (
    <div key={i.id} className={`tg-event${extra}${i.batchId !== null && !i.hidden ? ' group' : ''}${i.done ? ' done' : ''}${i.hidden ? ' hidden-details' : ''}${preview?.id === i.id ? ' dragging' : ''}`} style={{ ...colorStyle(i), ...style }}>
      <button
        type="button"
        className="tg-event-body"
        aria-label={accessibleName(i, locale, t)}
        aria-describedby="cal-keys-hint"
        data-activity-id={i.id}
        onClick={() => { if (!suppressClick.current && !i.hidden) onOpen(i); }}
        onKeyDown={(e) => onKey(e, i)}
        onPointerDown={(e) => startDrag(e, i, 'move')}
        onPointerMove={moveDrag}
        onPointerUp={endDrag}
        onPointerCancel={() => { drag.current = null; setPreview(null); }}
      >
        <span className="tg-time">{timesOf(i, locale, t)}</span>
        <span className="tg-title">{titleOf(i, t)}</span>
        {!i.hidden && i.contacts.length > 0 && <span className="tg-contact">{i.contacts.map((c) => c.name).join(', ')}</span>}
      </button>
      {withHandle && !i.hidden && (
        <span
          className="tg-resize"
          aria-hidden="true"
          data-resize-for={i.id}
          onPointerDown={(e) => startDrag(e, i, 'resize')}
          onPointerMove={moveDrag}
          onPointerUp={endDrag}
        />
      )}
    </div>
  );

  return (
    <div className="tg" role="group" aria-label={t('cal.week', { week })}>
      <div className="tg-head" style={{ gridTemplateColumns: cols }}>
        <div className="tg-corner" title={t('cal.week', { week })}>{t('cal.weekShort', { week })}</div>
        {days.map((day) => (
          <div key={`${day.m}-${day.d}`} className={`tg-dayhead${sameDate(day, todayDate) ? ' today' : ''}`}>{fmtDay(locale, day)}</div>
        ))}
        <div className="tg-corner tg-allday-label">{t('cal.allDay')}</div>
        {columns.map(({ day, dayAllDay }) => (
          <div
            key={`ad-${day.m}-${day.d}`}
            className="tg-allday"
            onClick={(e) => { if (e.target === e.currentTarget) onCreate(dayStart(day), true); }}
          >
            {dayAllDay.map((i) => (
              <button
                key={i.id}
                type="button"
                className={`tg-chip${i.done ? ' done' : ''}`}
                style={colorStyle(i)}
                aria-label={accessibleName(i, locale, t)}
                aria-describedby="cal-keys-hint"
                data-activity-id={i.id}
                onClick={() => { if (!i.hidden) onOpen(i); }}
                onKeyDown={(e) => onKey(e, i)}
              >{titleOf(i, t)}</button>
            ))}
          </div>
        ))}
      </div>
      <div className="tg-body" ref={bodyRef}>
        <div className="tg-grid" style={{ gridTemplateColumns: cols, height: `${24 * HOUR_PX}px` }}>
          <div className="tg-hours" aria-hidden="true">
            {Array.from({ length: 24 }, (_, h) => <div key={h} className="tg-hour" style={{ top: `${h * HOUR_PX}px` }}>{h === 0 ? '' : `${String(h).padStart(2, '0')}:00`}</div>)}
          </div>
          {columns.map(({ day, placed, cap, overflow, maxLanes }) => (
            <div
              key={`c-${day.m}-${day.d}`}
              className={`tg-col${sameDate(day, todayDate) ? ' today' : ''}`}
              style={days.length === 1 ? { minWidth: `${maxLanes * MIN_LANE_PX}px` } : undefined}
              onClick={(e) => slotClick(e, day)}
              aria-label={t('cal.events', { day: fmtDay(locale, day, 'long') })}
              role="group"
            >
              {sameDate(day, todayDate) && <div className="tg-now" style={{ top: `${wallMinutes(now) * PX_PER_MIN}px` }} aria-hidden="true" />}
              {placed.map(({ item: s, lane, lanes: clusterLanes }) => {
                const lanes = cap ? Math.min(clusterLanes, cap) : clusterLanes;
                const height = Math.max(s.bottom - s.top, MIN_BLOCK_MIN) * PX_PER_MIN;
                return block(s.item, `${s.continuesBefore ? ' cont-before' : ''}${s.continuesAfter ? ' cont-after' : ''}${height < 34 ? ' short' : ''}`, {
                  top: `${s.top * PX_PER_MIN}px`, height: `${height}px`,
                  left: `calc(${(lane / lanes) * 100}% + 1px)`, width: `calc(${100 / lanes}% - 3px)`,
                }, !s.continuesAfter);
              })}
              {cap && [...overflow].map(([hour, n]) => (
                <button
                  key={`more-${hour}`}
                  type="button"
                  className="tg-more"
                  style={{ top: `${hour * HOUR_PX + 2}px`, left: `calc(${((cap - 1) / cap) * 100}% + 1px)`, width: `calc(${100 / cap}% - 3px)` }}
                  aria-label={t('cal.moreAt', { n, hour: `${String(hour).padStart(2, '0')}:00`, day: fmtDay(locale, day, 'long') })}
                  onClick={() => onOpenDay(day)}
                >{t('cal.more', { n })}</button>
              ))}
            </div>
          ))}
        </div>
      </div>
      <p id="cal-keys-hint" className="visually-hidden">{t('cal.keysHint')}</p>
    </div>
  );
}
