/**
 * My calendar (or another employee's, from the common calendar): day, work week, week and month,
 * today / previous / next and a date picker, ISO week numbers, Monday first, 24-hour times. The
 * view and date live in the URL (Back and reload keep them); the view opens as the user setting
 * says. A click in an empty time opens a new card there with me as responsible.
 */
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { get, qs } from '../api';
import { useAuth } from '../auth';
import { useI18n } from '../i18n';
import { useLookups, nameOf } from '../lookups';
import { PageHead } from '../components/shell';
import { UndoToast } from '../components/undo-toast';
import type { UserSettingsDto } from '../../contract/calendar';
import { daysOfView, isoWeek, parseDateKey, dateKey, stepView, type LocalDate } from '../../domain/calendar/weeks';
import { dayStart, fmtDay, fmtMonth, nextDayStart, today, type View } from './dates';
import { TimeGrid } from './time-grid';
import { MonthGrid } from './month-grid';
import { useCalendarItems } from './use-calendar-items';
import { useMoveActivity } from './use-move-activity';
import { FeedsDialog } from './feeds-dialog';
import { MySettingsDialog } from '../components/my-settings-dialog';
import './calendar.css';

const VIEWS: View[] = ['day', 'workWeek', 'week', 'month'];

export function CalendarPage() {
  const { t, locale } = useI18n();
  const { me } = useAuth();
  const lk = useLookups();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [settings, setSettings] = useState<UserSettingsDto | null>(null);
  const [feedsOpen, setFeedsOpen] = useState(false);
  const [mineOpen, setMineOpen] = useState(false);

  const [settingsRead, setSettingsRead] = useState(false);
  useEffect(() => {
    get<UserSettingsDto>('/api/me/settings').then(setSettings).catch(() => {}).finally(() => setSettingsRead(true));
  }, []);

  const narrow = typeof window !== 'undefined' && window.innerWidth < 700;
  const viewParam = params.get('view') as View | null;
  const view: View = viewParam && VIEWS.includes(viewParam) ? viewParam : (narrow ? 'day' : (settings?.calendarView as View | undefined) ?? 'workWeek');
  const anchor: LocalDate = parseDateKey(params.get('date') ?? '') ?? today();
  const employeeParam = Number(params.get('employee'));
  const employeeId = Number.isInteger(employeeParam) && employeeParam > 0 ? employeeParam : null;
  const ownCalendar = !employeeId || employeeId === me?.id;

  const days = useMemo(() => daysOfView(view, anchor), [view, anchor.y, anchor.m, anchor.d]); // eslint-disable-line react-hooks/exhaustive-deps
  const from = dayStart(days[0]!).toISOString();
  const to = nextDayStart(days[days.length - 1]!).toISOString();
  const { items, setItems, loading, error } = useCalendarItems(from, to, ownCalendar ? [] : [employeeId!], [], !!me && (!!viewParam || narrow || settingsRead));
  const move = useMoveActivity(setItems);

  const go = (next: { view?: View; date?: LocalDate }) => {
    const p = new URLSearchParams(params);
    p.set('view', next.view ?? view);
    p.set('date', dateKey(next.date ?? anchor));
    setParams(p);
  };

  const create = (start: Date, allDay: boolean) => {
    navigate(`/activities/new${qs({
      startAt: start.toISOString(), allDay: allDay ? '1' : undefined,
      responsibleId: employeeId ?? me?.id, typeId: settings?.defaultTypeId ?? undefined, back: window.location.pathname + window.location.search,
    })}`);
  };

  const week = isoWeek(anchor).week;
  const heading = view === 'month' ? fmtMonth(locale, anchor)
    : view === 'day' ? `${fmtDay(locale, anchor, 'long')} · ${t('cal.weekShort', { week })}`
    : `${t('cal.week', { week })} · ${fmtDay(locale, days[0]!)} – ${fmtDay(locale, days[days.length - 1]!)}`;
  const title = ownCalendar ? t('cal.title') : t('cal.titleOf', { name: nameOf(lk.employees, employeeId) });

  return (
    <div className="page page-fill cal-page">
      <PageHead title={title}>
        {ownCalendar && <button type="button" onClick={() => setMineOpen(true)}>{t('settings.me.title')}</button>}
        {ownCalendar && <button type="button" onClick={() => setFeedsOpen(true)}>{t('cal.feeds')}</button>}
        <Link className="btn btn-primary" to={`/activities/new${qs({ responsibleId: employeeId ?? me?.id, typeId: settings?.defaultTypeId ?? undefined })}`}>{t('activities.new')}</Link>
      </PageHead>
      <div className="cal-toolbar" role="toolbar" aria-label={t('cal.view')}>
        <div className="cal-nav">
          <button type="button" onClick={() => go({ date: today() })}>{t('cal.today')}</button>
          <button type="button" aria-label={t('cal.prev')} title={t('cal.prev')} onClick={() => go({ date: stepView(view, anchor, -1) })}>‹</button>
          <button type="button" aria-label={t('cal.next')} title={t('cal.next')} onClick={() => go({ date: stepView(view, anchor, 1) })}>›</button>
          <label className="cal-date">
            <span className="visually-hidden">{t('cal.date')}</span>
            <input type="date" value={dateKey(anchor)} onChange={(e) => { const d = parseDateKey(e.target.value); if (d) go({ date: d }); }} />
          </label>
        </div>
        <h2 className="cal-heading" aria-live="polite">{heading}</h2>
        <div className="cal-views" role="group" aria-label={t('cal.view')}>
          {VIEWS.map((v) => (
            <button key={v} type="button" aria-pressed={v === view} className={v === view ? 'active' : ''} onClick={() => go({ view: v })}>{t(`cal.view.${v}`)}</button>
          ))}
        </div>
      </div>
      {error && <div className="banner banner-error" role="alert">{error}</div>}
      <div className={`cal-body${loading ? ' loading' : ''}`} aria-busy={loading}>
        {view === 'month'
          ? <MonthGrid days={days} month={anchor.m} items={items} onOpen={(i) => navigate(`/activities/${i.id}`)} onCreate={create} onChange={move.save} onOpenDay={(d) => go({ view: 'day', date: d })} />
          : <TimeGrid days={days} items={items} onOpen={(i) => navigate(`/activities/${i.id}`)} onCreate={create} onChange={move.save} onOpenDay={(d) => go({ view: 'day', date: d })} />}
      </div>
      <p className="hint cal-hint">{loading ? t('cal.loading') : items.length === 0 ? `${t('cal.empty')} ${t('cal.newHere')}` : t('cal.newHere')}</p>
      <UndoToast toast={move.toast} onClose={move.closeToast} />
      {feedsOpen && <FeedsDialog onClose={() => setFeedsOpen(false)} />}
      {mineOpen && <MySettingsDialog onClose={() => setMineOpen(false)} onSaved={setSettings} />}
    </div>
  );
}
