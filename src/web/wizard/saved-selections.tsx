/** Saved selections: a drop-down that loads one into the builder, and "Save as…" with a name. */
import { useEffect, useState } from 'react';
import { ApiError, get, post } from '../api';
import { useI18n } from '../i18n';
import type { Page, Selection } from './types';

type Saved = { id: number; name: string; selection: Selection };

export function SavedSelections({ current, onLoad }: { current: Selection | null; onLoad: (s: Selection) => void }) {
  const { t } = useI18n();
  const [list, setList] = useState<Saved[]>([]);
  const [chosen, setChosen] = useState('');
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const load = () => get<Page<Saved>>('/api/selections?limit=1000').then((p) => setList(p.items), () => setList([]));
  useEffect(() => { void load(); }, []);

  const save = async () => {
    if (!current || !name.trim()) return;
    try {
      const s = await post<Saved>('/api/selections', { name: name.trim(), selection: current });
      setMessage({ ok: true, text: t('wizard.sel.savedOk', { name: s.name }) });
      setNaming(false); setName(''); setChosen(String(s.id));
      await load();
    } catch (e) {
      setMessage({ ok: false, text: e instanceof ApiError ? e.message : String(e) });
    }
  };

  return (
    <div className="wz-saved">
      <label>
        {t('wizard.sel.saved')}
        <select value={chosen} onChange={(e) => { setChosen(e.target.value); const s = list.find((x) => String(x.id) === e.target.value); if (s) onLoad(s.selection); }}>
          <option value="">{t('wizard.sel.savedNone')}</option>
          {list.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </label>
      {naming ? (
        <span className="wz-save-as wz-no-enter" onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); e.stopPropagation(); void save(); } if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); setNaming(false); } }}>
          <input aria-label={t('wizard.sel.saveName')} placeholder={t('wizard.sel.saveName')} value={name} onChange={(e) => setName(e.target.value)} autoFocus />
          <button type="button" onClick={() => void save()} disabled={!name.trim()}>{t('wizard.sel.saveOk')}</button>
        </span>
      ) : (
        <button type="button" onClick={() => { setNaming(true); setMessage(null); }} disabled={!current}>{t('wizard.sel.saveAs')}</button>
      )}
      {message && <span className={message.ok ? 'wz-ok' : 'wz-error'} role="status">{message.text}</span>}
    </div>
  );
}
