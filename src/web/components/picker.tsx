/**
 * Picks linked records (contacts, contact persons, employees, resources): the chosen ones as a
 * list with remove buttons, and a search box whose matches are buttons that add. Every button
 * names the item it acts on, so keyboard and screen-reader users get the same picker.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n';

export type Option = { id: number; label: string; sub?: string };

type Props = {
  label: string;
  name: string;
  selected: Option[];
  onChange: (next: Option[]) => void;
  search: (q: string) => Promise<Option[]>;
  disabled?: boolean;
  hint?: string;
  error?: string;
};

export function Picker({ label, name, selected, onChange, search, disabled, hint, error }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [q, setQ] = useState('');
  const [matches, setMatches] = useState<Option[] | null>(null);
  const [open, setOpen] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!open) return;
    let live = true;
    const timer = setTimeout(() => { search(q).then((r) => { if (live) setMatches(r); }).catch(() => live && setMatches([])); }, 200);
    return () => { live = false; clearTimeout(timer); };
  }, [q, open, search]);

  const chosen = new Set(selected.map((s) => s.id));
  const shown = (matches ?? []).filter((m) => !chosen.has(m.id)).slice(0, 8);

  return (
    <fieldset className={`picker${error ? ' has-error' : ''}`} disabled={disabled}>
      <legend>{label} <span className="count">({selected.length})</span></legend>
      {hint && <p className="hint">{hint}</p>}
      {selected.length ? (
        <ul className="chips" aria-label={`${t('picker.selected')}: ${label}`}>
          {selected.map((s) => (
            <li key={s.id} className="chip">
              <span>{s.label}</span>
              {!disabled && (
                <button type="button" className="chip-x" aria-label={t('picker.removeItem', { name: s.label })}
                  onClick={() => onChange(selected.filter((x) => x.id !== s.id))}>×</button>
              )}
            </li>
          ))}
        </ul>
      ) : <p className="muted small">{t('picker.nothingSelected')}</p>}
      {!disabled && (
        <div className="picker-search" onBlur={(e) => { if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false); }}>
          <label htmlFor={id} className="visually-hidden">{t('picker.search')}: {label}</label>
          <input id={id} ref={inputRef} type="search" data-field={name} placeholder={t('picker.search')} value={q}
            onFocus={() => setOpen(true)} onChange={(e) => { setQ(e.target.value); setOpen(true); }}
            onKeyDown={(e) => { if (e.key === 'Escape') setOpen(false); }} />
          {open && matches && (
            <ul className="picker-matches">
              {shown.length ? shown.map((m) => (
                <li key={m.id}>
                  <button type="button" aria-label={t('picker.addItem', { name: m.label })} onClick={() => { onChange([...selected, m]); setQ(''); inputRef.current?.focus(); }}>
                    <span>{m.label}</span>{m.sub && <span className="muted"> {m.sub}</span>}
                  </button>
                </li>
              )) : <li className="muted small">{t('picker.noMatches')}</li>}
            </ul>
          )}
        </div>
      )}
      {error && <small className="field-error" role="alert">{error}</small>}
    </fieldset>
  );
}
