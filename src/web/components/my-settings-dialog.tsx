/**
 * The user's own settings (GET/PATCH /api/me/settings), opened from the calendar and the task
 * list: how the calendar and the task list open, the type of new activities, and whether others
 * see the details of my activities. Saved when Save is pressed; Escape or Cancel leaves them.
 */
import { useEffect, useRef, useState } from 'react';
import { get, patch } from '../api';
import { useI18n } from '../i18n';
import { useLookups } from '../lookups';
import type { UserSettingsDto } from '../../contract/calendar';

export function MySettingsDialog({ onClose, onSaved }: { onClose: () => void; onSaved?: (s: UserSettingsDto) => void }) {
  const { t } = useI18n();
  const { types } = useLookups();
  const ref = useRef<HTMLDialogElement>(null);
  const [v, setV] = useState<UserSettingsDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    ref.current?.showModal();
    get<UserSettingsDto>('/api/me/settings').then(setV).catch((e) => setError((e as Error).message));
  }, []);
  const save = async () => {
    if (!v) return;
    try {
      const saved = await patch<UserSettingsDto>('/api/me/settings', {
        calendarView: v.calendarView, taskFilter: v.taskFilter, defaultTypeId: v.defaultTypeId, hideDetailsFromOthers: v.hideDetailsFromOthers,
      });
      onSaved?.(saved);
      ref.current?.close();
    } catch (e) { setError((e as Error).message); }
  };
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="my-settings-title" onClose={onClose}>
      <h2 id="my-settings-title">{t('settings.me.title')}</h2>
      {error && <div className="banner banner-error" role="alert">{error}</div>}
      {v && (
        <div className="my-settings">
          <label className="field">
            <span>{t('settings.me.calendarView')}</span>
            <select value={v.calendarView} onChange={(e) => setV({ ...v, calendarView: e.target.value })}>
              {(['day', 'workWeek', 'week', 'month'] as const).map((o) => <option key={o} value={o}>{t(`cal.view.${o}`)}</option>)}
            </select>
          </label>
          <label className="field">
            <span>{t('settings.me.taskFilter')}</span>
            <select value={v.taskFilter} onChange={(e) => setV({ ...v, taskFilter: e.target.value })}>
              {(['open', 'done', 'all'] as const).map((o) => <option key={o} value={o}>{t(`tasks.filter.${o}`)}</option>)}
            </select>
          </label>
          <label className="field">
            <span>{t('settings.me.defaultType')}</span>
            <select value={v.defaultTypeId ?? ''} onChange={(e) => setV({ ...v, defaultTypeId: e.target.value ? Number(e.target.value) : null })}>
              <option value="">{t('settings.me.noType')}</option>
              {types.filter((x) => !x.inactive || x.id === v.defaultTypeId).map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
            </select>
          </label>
          <label className="check">
            <input type="checkbox" checked={v.hideDetailsFromOthers} onChange={(e) => setV({ ...v, hideDetailsFromOthers: e.target.checked })} />
            <span>{t('cal.privacy')}<br /><span className="hint">{t('cal.privacyHint')}</span></span>
          </label>
        </div>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={() => ref.current?.close()}>{t('action.cancel')}</button>
        <button type="button" className="btn-primary" disabled={!v} onClick={() => void save()}>{t('action.save')}</button>
      </div>
    </dialog>
  );
}
