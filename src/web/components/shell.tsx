/**
 * The frame around every page: a banner with the brand, the main navigation (Activities has its
 * sub-menu with "Create group activities" and "Change values"), the language switch and the user with log-out.
 */
import { NavLink, Outlet, useLocation } from 'react-router';
import type { ReactNode } from "react";
import { useAuth } from '../auth';
import { useI18n } from '../i18n';
import type { Locale } from '../../i18n/index';

export function Shell() {
  const { t, locale, setLocale } = useI18n();
  const { me, logout } = useAuth();
  const loc = useLocation();
  const inActivities = loc.pathname.startsWith('/activities') || loc.pathname.startsWith('/group-activities') || loc.pathname.startsWith('/change-values')
    || loc.pathname.startsWith('/calendar') || loc.pathname.startsWith('/tasks') || loc.pathname.startsWith('/common-calendar');
  return (
    <div className="app">
      <a href="#main" className="skip-link">{t('nav.skip')}</a>
      <header className="topbar">
        <span className="brand">{t('app.name')}</span>
        <nav aria-label={t('nav.main')} className="mainnav">
          <ul>
            <li><NavLink to="/contacts">{t('nav.contacts')}</NavLink></li>
            <li><NavLink to="/import">{t('data.nav.import')}</NavLink></li>
            <li className="has-sub">
              <NavLink to="/activities" className={() => (inActivities ? 'active' : '')}>{t('nav.activities')}</NavLink>
              <ul className="submenu">
                <li><NavLink to="/activities" end>{t('nav.activityList')}</NavLink></li>
                <li><NavLink to="/calendar">{t('nav.calendar')}</NavLink></li>
                <li><NavLink to="/tasks">{t('nav.tasks')}</NavLink></li>
                <li><NavLink to="/common-calendar">{t('nav.commonCalendar')}</NavLink></li>
                <li><NavLink to="/group-activities">{t('nav.groupActivity')}</NavLink></li>
                <li><NavLink to="/change-values">{t('nav.changeValues')}</NavLink></li>
              </ul>
            </li>
            {me?.role === 'admin' && <li><NavLink to="/settings">{t('nav.settings')}</NavLink></li>}
          </ul>
        </nav>
        <div className="topbar-right">
          <label className="lang">
            <span className="visually-hidden">{t('language')}</span>
            <select value={locale} onChange={(e) => setLocale(e.target.value as Locale)} aria-label={t('language')}>
              <option value="sv">Svenska</option>
              <option value="en">English</option>
            </select>
          </label>
          <NavLink to="/account" className="user" title={me?.email ?? undefined} aria-label={t('account.link', { name: me?.name ?? '' })}>{me?.name}</NavLink>
          <button type="button" className="btn-quiet" onClick={() => void logout()}>{t('action.logout')}</button>
        </div>
      </header>
      {inActivities && (
        <nav aria-label={t('nav.activities')} className="subnav">
          <NavLink to="/activities" end>{t('nav.activityList')}</NavLink>
          <NavLink to="/calendar">{t('nav.calendar')}</NavLink>
          <NavLink to="/tasks">{t('nav.tasks')}</NavLink>
          <NavLink to="/common-calendar">{t('nav.commonCalendar')}</NavLink>
          <NavLink to="/group-activities">{t('nav.groupActivity')}</NavLink>
          <NavLink to="/change-values">{t('nav.changeValues')}</NavLink>
        </nav>
      )}
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}

/** A page's title row: heading on the left, actions on the right. */
export function PageHead({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="page-head">
      <h1>{title}</h1>
      <div className="page-actions">{children}</div>
    </div>
  );
}
