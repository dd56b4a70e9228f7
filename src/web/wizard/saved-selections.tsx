/**
 * Saved selections: a drop-down that loads one into the builder (the user's own first, then
 * those others shared), and "Save as…" with a name and "Share with everyone". The owner (or an
 * administrator) can share or stop sharing the chosen one; others see who shared it.
 */
import { useEffect, useState } from 'react';
import { ApiError, get, patch, post } from '../api';
import { useAuth } from '../auth';
import { useI18n } from '../i18n';
import { mayChangeSavedSelection } from '../../domain/selection/ownership';
import type { Page, Selection } from './types';

type Saved = { id: number; name: string; selection: Selection; createdBy: number | null; ownerName: string | null; shared: boolean };

export function SavedSelections({ current, onLoad }: { current: Selection | null; onLoad: (s: Selection) => void }) {
  const { t } = useI18n();
  const { me } = useAuth();
  const [list, setList] = useState<Saved[]>([]);
  const [chosen, setChosen] = useState('');
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [shareNew, setShareNew] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const load = () => get<Page<Saved>>('/api/selections?limit=1000').then((p) => setList(p.items), () => setList([]));
  useEffect(() => { void load(); }, []);

  const viewer = me ? { employeeId: me.id, role: me.role } : undefined;
  const mine = list.filter((s) => s.createdBy === me?.id);
  const othersShared = list.filter((s) => s.createdBy !== me?.id && s.shared);
  const othersPrivate = list.filter((s) => s.createdBy !== me?.id && !s.shared); // administrators only
  const selected = list.find((s) => String(s.id) === chosen);
  const fail = (e: unknown) => setMessage({ ok: false, text: e instanceof ApiError ? e.message : String(e) });

  const save = async () => {
    if (!current || !name.trim()) return;
    try {
      const s = await post<Saved>('/api/selections', { name: name.trim(), selection: current, shared: shareNew });
      setMessage({ ok: true, text: t('wizard.sel.savedOk', { name: s.name }) });
      setNaming(false); setName(''); setShareNew(false); setChosen(String(s.id));
      await load();
    } catch (e) {
      fail(e);
    }
  };

  const toggleShared = async (s: Saved) => {
    try {
      const saved = await patch<Saved>(`/api/selections/${s.id}`, { shared: !s.shared });
      setMessage({ ok: true, text: t(saved.shared ? 'wizard.sel.sharedOn' : 'wizard.sel.sharedOff', { name: saved.name }) });
      await load();
    } catch (e) {
      fail(e);
    }
  };

  const option = (s: Saved, own: boolean) => (
    <option key={s.id} value={s.id}>
      {own ? (s.shared ? t('wizard.sel.sharedTag', { name: s.name }) : s.name) : t('wizard.sel.ownerTag', { name: s.name, owner: s.ownerName ?? '?' })}
    </option>
  );

  return (
    <div className="wz-saved">
      <label>
        {t('wizard.sel.saved')}
        <select value={chosen} onChange={(e) => { setChosen(e.target.value); setMessage(null); const s = list.find((x) => String(x.id) === e.target.value); if (s) onLoad(s.selection); }}>
          <option value="">{t('wizard.sel.savedNone')}</option>
          {mine.length > 0 && <optgroup label={t('wizard.sel.mine')}>{mine.map((s) => option(s, true))}</optgroup>}
          {othersShared.length > 0 && <optgroup label={t('wizard.sel.others')}>{othersShared.map((s) => option(s, false))}</optgroup>}
          {othersPrivate.length > 0 && <optgroup label={t('wizard.sel.othersPrivate')}>{othersPrivate.map((s) => option(s, false))}</optgroup>}
        </select>
      </label>
      {selected && viewer && mayChangeSavedSelection(viewer, selected) && (
        <label className="wz-share">
          <input type="checkbox" checked={selected.shared} onChange={() => void toggleShared(selected)} />
          {t('wizard.sel.shared')}
        </label>
      )}
      {selected && viewer && !mayChangeSavedSelection(viewer, selected) && selected.ownerName && (
        <span className="wz-muted">{t('wizard.sel.sharedBy', { owner: selected.ownerName })}</span>
      )}
      {naming ? (
        <span className="wz-save-as wz-no-enter" onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); e.stopPropagation(); void save(); } if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); setNaming(false); } }}>
          <input aria-label={t('wizard.sel.saveName')} placeholder={t('wizard.sel.saveName')} value={name} onChange={(e) => setName(e.target.value)} autoFocus />
          <label className="wz-share">
            <input type="checkbox" checked={shareNew} onChange={(e) => setShareNew(e.target.checked)} />
            {t('wizard.sel.shareNew')}
          </label>
          <button type="button" onClick={() => void save()} disabled={!name.trim()}>{t('wizard.sel.saveOk')}</button>
        </span>
      ) : (
        <button type="button" onClick={() => { setNaming(true); setMessage(null); }} disabled={!current}>{t('wizard.sel.saveAs')}</button>
      )}
      {message && <span className={message.ok ? 'wz-ok' : 'wz-error'} role="status">{message.text}</span>}
    </div>
  );
}
