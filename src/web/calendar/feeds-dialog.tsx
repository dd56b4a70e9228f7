/**
 * The user's private subscription addresses (POST/GET/DELETE /api/calendar/feeds): create one
 * (its address is shown once, ready to copy), see when each was last read, revoke one.
 */
import { useEffect, useRef, useState } from 'react';
import { del, get, post } from '../api';
import { useI18n } from '../i18n';

type Feed = { id: number; name: string | null; createdAt: string; lastUsedAt: string | null };

export function FeedsDialog({ onClose }: { onClose: () => void }) {
  const { t, dt } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const [feeds, setFeeds] = useState<Feed[]>([]);
  const [name, setName] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = () => get<{ items: Feed[] }>('/api/calendar/feeds').then((r) => setFeeds(r.items)).catch((e) => setError((e as Error).message));
  useEffect(() => {
    ref.current?.showModal();
    void load();
  }, []);

  const create = async () => {
    try {
      const f = await post<Feed & { url: string }>('/api/calendar/feeds', { name: name.trim() || null });
      setCreated(f.url);
      setName('');
      await load();
    } catch (e) { setError((e as Error).message); }
  };
  const revoke = async (id: number) => {
    try { await del(`/api/calendar/feeds/${id}`); await load(); } catch (e) { setError((e as Error).message); }
  };

  return (
    <dialog ref={ref} className="dialog cal-feeds" aria-labelledby="cal-feeds-title" onClose={onClose}>
      <h2 id="cal-feeds-title">{t('cal.feeds.title')}</h2>
      <p className="hint">{t('cal.feeds.intro')}</p>
      {error && <div className="banner banner-error" role="alert">{error}</div>}
      <div className="cal-feeds-new">
        <label className="visually-hidden" htmlFor="cal-feed-name">{t('cal.feeds.name')}</label>
        <input id="cal-feed-name" placeholder={t('cal.feeds.name')} value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
        <button type="button" className="btn-primary" onClick={() => void create()}>{t('cal.feeds.create')}</button>
      </div>
      {created && (
        <div className="banner banner-ok" role="status">
          <p className="small">{t('cal.feeds.created')}</p>
          <input readOnly value={created} aria-label={t('cal.feeds.created')} onFocus={(e) => e.currentTarget.select()} />
        </div>
      )}
      {feeds.length === 0 ? <p className="muted">{t('cal.feeds.none')}</p> : (
        <ul className="cal-feed-list">
          {feeds.map((f) => (
            <li key={f.id}>
              <span>{f.name ?? `#${f.id}`}</span>
              <span className="muted small">{f.lastUsedAt ? t('cal.feeds.lastUsed', { when: dt(f.lastUsedAt) }) : t('cal.feeds.neverUsed')}</span>
              <button type="button" className="btn-small" onClick={() => void revoke(f.id)}>{t('cal.feeds.revoke')}</button>
            </li>
          ))}
        </ul>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={() => ref.current?.close()}>{t('action.close')}</button>
      </div>
    </dialog>
  );
}
