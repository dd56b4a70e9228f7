/**
 * The common calendar: rows of the employees and resources the user chose (kept on the server per
 * user), time across over one day (100 %) or a work week (50 %), the whole day of each, scrolled
 * to 07:00 when it opens. An activity is a block in every row it belongs to (responsible, linked
 * employee, linked resource); two busy blocks that overlap in one row are marked as a conflict. A
 * row's name opens that calendar. A block dragged sideways moves in time (quarter hours); dropped
 * on another row it changes that person or resource (`domain/calendar/reassign.ts`); saved at
 * once with an undo, as in my calendar. Alt+arrows move it by keyboard, Alt+Page Up/Down to the
 * row above or below.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { get, patch } from '../api';
import { useI18n } from '../i18n';
import { useLookups } from '../lookups';
import { PageHead } from '../components/shell';
import { UndoToast } from '../components/undo-toast';
import type { CalendarItemDto, UserSettingsDto } from '../../contract/calendar';
import { conflicts } from '../../domain/calendar/calendar-item';
import { layoutLanes } from '../../domain/calendar/layout';
import { daysOfView, dateKey, isoWeek, parseDateKey, stepView, type LocalDate } from '../../domain/calendar/weeks';
import { dayStart, fmtDay, fmtTime, nextDayStart, today } from './dates';
import { accessibleName, colorStyle, titleOf } from './item-label';
import { useCalendarItems } from './use-calendar-items';
import { useMoveActivity } from './use-move-activity';
import { keyChange, shift, type Change } from './time-grid';
import { reassign } from '../../domain/calendar/reassign';
import { RowsDialog } from './rows-dialog';
import './calendar.css';
import './common-calendar.css';

const FIRST_HOUR = 0;
const LAST_HOUR = 24;
/** where the view opens: the start of an office day */
const SCROLL_TO_HOUR = 7;
const WINDOW_MIN = (LAST_HOUR - FIRST_HOUR) * 60;
const LANE_PX = 26;
const SNAP_MIN = 15;

type Row = { key: string; kind: 'employee' | 'resource'; id: number; name: string; items: CalendarItemDto[] };
type Drag = { item: CalendarItemDto; row: Row; x0: number; y0: number; pxPerMin: number; moved: boolean; minutes: number; target: Row; dy: number };

export function CommonCalendarPage() {
  const { t, locale } = useI18n();
  const lk = useLookups();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [settings, setSettings] = useState<UserSettingsDto | null>(null);
  const [choosing, setChoosing] = useState(false);
  useEffect(() => { get<UserSettingsDto>('/api/me/settings').then(setSettings).catch(() => {}); }, []);

  const zoom = (settings?.commonZoom ?? 'day') as 'day' | 'workWeek';
  const anchor: LocalDate = parseDateKey(params.get('date') ?? '') ?? today();
  const days = useMemo(() => daysOfView(zoom, anchor), [zoom, anchor.y, anchor.m, anchor.d]); // eslint-disable-line react-hooks/exhaustive-deps
  const from = dayStart(days[0]!).toISOString();
  const to = nextDayStart(days[days.length - 1]!).toISOString();
  const employeeIds = settings?.commonEmployeeIds ?? [];
  const resourceIds = settings?.commonResourceIds ?? [];
  const hasRows = employeeIds.length + resourceIds.length > 0;
  const { items, setItems, loading, error } = useCalendarItems(from, to, employeeIds, resourceIds, !!settings && hasRows);
  const move = useMoveActivity(setItems);
  const scrollRef = useRef<HTMLDivElement>(null);
  const drag = useRef<Drag | null>(null);
  const suppressClick = useRef(false);
  const [preview, setPreview] = useState<{ id: number; rowKey: string; dx: number; dy: number; target: string } | null>(null);

  const save = useCallback(async (change: Partial<UserSettingsDto>) => {
    const next = await patch<UserSettingsDto>('/api/me/settings', change);
    setSettings(next);
  }, []);

  const go = (d: LocalDate) => setParams({ date: dateKey(d) });

  const rows: Row[] = useMemo(() => [
    ...employeeIds.map((id) => ({
      key: `e${id}`, kind: 'employee' as const, id, name: lk.employees.find((e) => e.id === id)?.name ?? `#${id}`,
      items: items.filter((i) => !i.allDay && (i.responsibleId === id || i.employeeIds.includes(id))),
    })),
    ...resourceIds.map((id) => ({
      key: `r${id}`, kind: 'resource' as const, id, name: lk.resources.find((r) => r.id === id)?.name ?? `#${id}`,
      items: items.filter((i) => !i.allDay && i.resourceIds.includes(id)),
    })),
  ], [employeeIds, resourceIds, items, lk.employees, lk.resources]);

  /** x of a time in minutes from the left edge of the window (days side by side). */
  const xOf = (iso: string): number => {
    const d = new Date(iso);
    const idx = days.findIndex((day) => d < nextDayStart(day));
    if (idx < 0) return days.length * WINDOW_MIN;
    if (d < dayStart(days[idx]!)) return idx * WINDOW_MIN;
    const m = d.getHours() * 60 + d.getMinutes() - FIRST_HOUR * 60;
    return idx * WINDOW_MIN + Math.max(0, Math.min(WINDOW_MIN, m));
  };
  const total = days.length * WINDOW_MIN;

  // Open at 07:00 of the first day; the rest of the day is a scroll away.
  const scrolledFor = useRef('');
  useLayoutEffect(() => {
    const el = scrollRef.current;
    const line = el?.querySelector<HTMLElement>('.cc-head .cc-timeline');
    const key = `${zoom}:${dateKey(days[0]!)}`;
    if (!el || !line || scrolledFor.current === key) return;
    scrolledFor.current = key;
    // Measured after the frame is laid out: the hour's own column, not a computed share.
    requestAnimationFrame(() => {
      const hour = line.querySelectorAll<HTMLElement>('.cc-hours span')[SCROLL_TO_HOUR - FIRST_HOUR];
      if (hour) el.scrollLeft = hour.getBoundingClientRect().left - line.getBoundingClientRect().left;
    });
  });

  /** The change a drop (or Alt+Page Up/Down) asks for; null when nothing changes. */
  const changeOf = (item: CalendarItemDto, from: Row, to: Row, minutes: number): Change | 'refused' | null => {
    const links = reassign(item, from, to);
    if (links === 'refused') return 'refused';
    if (links === 'same' && minutes === 0) return null;
    return {
      item, kind: 'move', startAt: shift(item.startAt, 0, minutes), endAt: item.endAt ? shift(item.endAt, 0, minutes) : null,
      ...(links === 'same' ? {} : { links: { change: links.change, to: to.name } }),
    };
  };
  const apply = (c: Change | 'refused' | null) => {
    if (c === 'refused') move.setToast({ text: t('common.cannotDrop'), error: true });
    else if (c) void move.save(c);
  };

  const rowAt = (y: number): { row: Row; top: number } | null => {
    for (const el of scrollRef.current?.querySelectorAll<HTMLElement>('.cc-row[data-row]') ?? []) {
      const r = el.getBoundingClientRect();
      if (y >= r.top && y < r.bottom) { const row = rows.find((x) => x.key === el.dataset.row); if (row) return { row, top: r.top }; }
    }
    return null;
  };
  const startDrag = (e: PointerEvent<HTMLElement>, item: CalendarItemDto, row: Row) => {
    if (e.button !== 0 || item.hidden) return;
    const line = e.currentTarget.parentElement!;
    drag.current = { item, row, x0: e.clientX, y0: e.clientY, pxPerMin: line.getBoundingClientRect().width / total, moved: false, minutes: 0, target: row, dy: 0 };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const moveDrag = (e: PointerEvent<HTMLElement>) => {
    const d = drag.current;
    if (!d) return;
    const dx = e.clientX - d.x0;
    if (!d.moved && Math.abs(dx) < 5 && Math.abs(e.clientY - d.y0) < 5) return;
    d.moved = true;
    d.minutes = Math.round(dx / d.pxPerMin / SNAP_MIN) * SNAP_MIN;
    const origin = rowAt(d.y0);
    const over = rowAt(e.clientY);
    d.target = over?.row ?? d.row;
    d.dy = over && origin ? over.top - origin.top : 0;
    setPreview({ id: d.item.id, rowKey: d.row.key, dx: d.minutes * d.pxPerMin, dy: d.dy, target: d.target.key });
  };
  const endDrag = () => {
    const d = drag.current;
    drag.current = null;
    setPreview(null);
    if (!d?.moved) return;
    suppressClick.current = true;
    window.setTimeout(() => { suppressClick.current = false; }, 0);
    apply(changeOf(d.item, d.row, d.target, d.minutes));
  };
  const keyRow = (ev: React.KeyboardEvent, item: CalendarItemDto, row: Row): boolean => {
    if (!ev.altKey || item.hidden || (ev.key !== 'PageUp' && ev.key !== 'PageDown')) return false;
    const same = rows.filter((r) => r.kind === row.kind);
    const to = same[same.findIndex((r) => r.key === row.key) + (ev.key === 'PageUp' ? -1 : 1)];
    if (to) apply(changeOf(item, row, to, 0));
    return true;
  };
  const hours = Array.from({ length: LAST_HOUR - FIRST_HOUR }, (_, h) => FIRST_HOUR + h);
  const week = isoWeek(anchor).week;
  const heading = zoom === 'day' ? `${fmtDay(locale, anchor, 'long')} · ${t('cal.weekShort', { week })}` : `${t('cal.week', { week })} · ${fmtDay(locale, days[0]!)} – ${fmtDay(locale, days[days.length - 1]!)}`;

  return (
    <div className="page page-fill cal-page cc-page">
      <PageHead title={t('common.title')}>
        <button type="button" onClick={() => setChoosing(true)}>{t('common.rows')}</button>
      </PageHead>
      <div className="cal-toolbar" role="toolbar" aria-label={t('common.title')}>
        <div className="cal-nav">
          <button type="button" onClick={() => go(today())}>{t('cal.today')}</button>
          <button type="button" aria-label={t('cal.prev')} title={t('cal.prev')} onClick={() => go(stepView(zoom, anchor, -1))}>‹</button>
          <button type="button" aria-label={t('cal.next')} title={t('cal.next')} onClick={() => go(stepView(zoom, anchor, 1))}>›</button>
          <label className="cal-date">
            <span className="visually-hidden">{t('cal.date')}</span>
            <input type="date" value={dateKey(anchor)} onChange={(e) => { const d = parseDateKey(e.target.value); if (d) go(d); }} />
          </label>
        </div>
        <h2 className="cal-heading" aria-live="polite">{heading}</h2>
        <div className="cal-views" role="group" aria-label={t('common.zoom')}>
          {(['day', 'workWeek'] as const).map((z) => (
            <button key={z} type="button" aria-pressed={z === zoom} className={z === zoom ? 'active' : ''} onClick={() => void save({ commonZoom: z })}>{t(`common.zoom.${z}`)}</button>
          ))}
        </div>
      </div>
      {error && <div className="banner banner-error" role="alert">{error}</div>}
      {settings && !hasRows ? (
        <div className="cc-empty"><p>{t('common.noRows')}</p><button type="button" className="btn-primary" onClick={() => setChoosing(true)}>{t('common.rows')}</button></div>
      ) : (
        <div className={`cal-body cc-body${loading ? ' loading' : ''}`} aria-busy={loading}>
          <div className="cc-scroll" ref={scrollRef}>
            <div className={`cc-grid cc-${zoom}`}>
              <div className="cc-head">
                <div className="cc-rowhead" />
                <div className="cc-timeline">
                  {days.map((day) => (
                    <div key={dateKey(day)} className="cc-dayhead">
                      {zoom === 'workWeek' && <div className="cc-dayname">{fmtDay(locale, day)}</div>}
                      <div className="cc-hours">{hours.map((h) => <span key={h}>{zoom === 'day' ? `${String(h).padStart(2, '0')}:00` : (h % 3 === 0 ? String(h).padStart(2, '0') : '')}</span>)}</div>
                    </div>
                  ))}
                </div>
              </div>
              {rows.map((row) => {
                const placed = layoutLanes(row.items, (i) => {
                  const s = xOf(i.startAt);
                  return { start: s, end: Math.max(i.endAt ? xOf(i.endAt) : s, s + 10) };
                });
                const clash = new Set<number>();
                let pairs = 0;
                const sorted = [...row.items].sort((a, b) => a.startAt.localeCompare(b.startAt));
                for (let a = 0; a < sorted.length; a++) {
                  for (let b = a + 1; b < sorted.length && sorted[b]!.startAt < (sorted[a]!.endAt ?? sorted[a]!.startAt); b++) {
                    if (conflicts(sorted[a]!, sorted[b]!)) { clash.add(sorted[a]!.id); clash.add(sorted[b]!.id); pairs++; }
                  }
                }
                const lanes = Math.max(1, ...placed.map((p) => p.lanes));
                return (
                  <div key={row.key} data-row={row.key} className={`cc-row${preview && preview.target === row.key && preview.rowKey !== row.key ? ' cc-drop' : ''}`} role="group" aria-label={t('common.row', { name: row.name, n: row.items.length })}>
                    <div className="cc-rowhead">
                      {row.kind === 'employee'
                        ? <Link to={`/calendar?employee=${row.id}`} title={t('common.openCalendar', { name: row.name })}>{row.name}</Link>
                        : <span>{row.name}</span>}
                      {row.kind === 'resource' && <span className="muted small">{t('common.resource')}</span>}
                      {pairs > 0 && <span className="badge small cc-clash-count">{pairs === 1 ? t('common.conflicts.one') : t('common.conflicts.many', { n: clash.size })}</span>}
                    </div>
                    <div className="cc-timeline cc-lanes" style={{ height: `${lanes * LANE_PX + 6}px` }}>
                      {days.map((day, i) => <div key={dateKey(day)} className="cc-daybg" style={{ left: `${(i * WINDOW_MIN / total) * 100}%`, width: `${(WINDOW_MIN / total) * 100}%` }} />)}
                      {placed.map(({ item, lane }) => {
                        const s = xOf(item.startAt);
                        const e = Math.max(item.endAt ? xOf(item.endAt) : s, s + 10);
                        const conflict = clash.has(item.id);
                        const dragging = preview?.id === item.id && preview.rowKey === row.key;
                        return (
                          <button
                            key={item.id}
                            type="button"
                            className={`cc-block${conflict ? ' conflict' : ''}${item.hidden ? ' hidden-details' : ''}${item.showTimeAs === 'free' ? ' free' : ''}${dragging ? ' dragging' : ''}`}
                            style={{
                              ...colorStyle(item), left: `${(s / total) * 100}%`, width: `max(6px, calc(${((e - s) / total) * 100}% - 2px))`, top: `${3 + lane * LANE_PX}px`,
                              ...(dragging ? { transform: `translate(${preview.dx}px, ${preview.dy}px)` } : {}),
                            }}
                            aria-label={`${accessibleName(item, locale, t)}${conflict ? `, ${t('common.conflict')}` : ''}`}
                            title={item.hidden ? undefined : accessibleName(item, locale, t)}
                            aria-describedby="cal-keys-hint cc-drag-hint"
                            data-activity-id={item.id}
                            onClick={() => { if (!item.hidden && !suppressClick.current) navigate(`/activities/${item.id}`); }}
                            onKeyDown={(ev) => {
                              if (keyRow(ev, item, row)) { ev.preventDefault(); return; }
                              const c = keyChange(item, ev);
                              if (c) { ev.preventDefault(); void move.save(c); }
                            }}
                            onPointerDown={(ev) => startDrag(ev, item, row)}
                            onPointerMove={moveDrag}
                            onPointerUp={endDrag}
                            onPointerCancel={() => { drag.current = null; setPreview(null); }}
                          >
                            {zoom === 'day' && <span className="cc-time">{fmtTime(locale, item.startAt)}</span>}
                            <span className="cc-title">{titleOf(item, t)}</span>
                          </button>
                        );
                      })}
                    </div>
                  </div>
                );
              })}
            </div>
          </div>
        </div>
      )}
      <p id="cal-keys-hint" className="visually-hidden">{t('cal.keysHint')}</p>
      <p id="cc-drag-hint" className="visually-hidden">{t('common.dragHint')}</p>
      <UndoToast toast={move.toast} onClose={move.closeToast} />
      {choosing && settings && (
        <RowsDialog
          employeeIds={employeeIds}
          resourceIds={resourceIds}
          onSave={(e, r) => save({ commonEmployeeIds: e, commonResourceIds: r })}
          onClose={() => setChoosing(false)}
        />
      )}
    </div>
  );
}
