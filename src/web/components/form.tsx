/**
 * Form state and labelled fields. A server error naming a field is shown beside that field and
 * focuses it; the values the user typed stay untouched whatever the server answers.
 */
import { useCallback, useId, useRef, useState, type ReactNode } from 'react';
import { ApiError } from '../api';
import { useI18n } from '../i18n';

export type Errors = Record<string, string>;

/** `contactIds[2]` or `body.name` → the form key the error belongs to. */
export function fieldKey(path: string | undefined): string | undefined {
  if (!path) return undefined;
  const p = path.replace(/^body\./, '');
  return p.split(/[.[]/)[0];
}

export function useForm<T extends Record<string, unknown>>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  // Set once the user edits; a late load of the record must not overwrite what they typed.
  const edited = useRef(false);
  // Edits not yet saved. A ref, read when a navigation is about to happen: a save that navigates
  // right after `ok()` must not be held by the unsaved-changes guard of the render before.
  const unsaved = useRef(false);
  const isDirty = useCallback(() => unsaved.current, []);
  const set = useCallback(<K extends keyof T>(key: K, value: T[K]) => {
    edited.current = true;
    unsaved.current = true;
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => { if (!e[key as string]) return e; const { [key as string]: _, ...rest } = e; return rest; });
    setSaved(false);
  }, []);
  /** Puts a failed save's message beside its field (or in the banner) and focuses that field. */
  const fail = useCallback((err: unknown, formId?: string) => {
    setSaved(false);
    if (err instanceof ApiError) {
      const key = fieldKey(err.field);
      if (key) {
        setErrors({ [key]: err.message });
        setBanner(null);
        requestAnimationFrame(() => {
          const scope = formId ? document.getElementById(formId) : document;
          (scope?.querySelector(`[data-field="${key}"]`) as HTMLElement | null)?.focus();
        });
        return;
      }
      setBanner(err.message);
    } else setBanner(String((err as Error)?.message ?? err));
  }, []);
  const ok = useCallback(() => { unsaved.current = false; setErrors({}); setBanner(null); setSaved(true); }, []);
  /** Fills the form from a loaded record unless the user has started editing it. */
  const load = useCallback((next: T) => { if (!edited.current) setValues(next); }, []);
  /** Replaces the values after a save: the record and the form agree again. */
  const reset = useCallback((next: T) => { edited.current = false; unsaved.current = false; setValues(next); }, []);
  return { values, setValues, set, load, reset, errors, setErrors, banner, setBanner, fail, ok, saved, isDirty };
}

type FieldProps = {
  label: string;
  error?: string;
  hint?: string;
  className?: string;
  children: (p: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
};

export function Field({ label, error, hint, className, children }: FieldProps) {
  const id = useId();
  const describedBy = [error ? `${id}-err` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {hint && <small id={`${id}-hint`} className="hint">{hint}</small>}
      {error && <small id={`${id}-err`} className="field-error" role="alert">{error}</small>}
    </div>
  );
}

export function CheckField({ label, checked, onChange, name, disabled }: { label: string; checked: boolean; onChange: (v: boolean) => void; name?: string; disabled?: boolean }) {
  return (
    <label className="check">
      <input type="checkbox" data-field={name} checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}

export function Banner({ text, kind = 'error' }: { text: string | null; kind?: 'error' | 'ok' }) {
  if (!text) return null;
  return <div className={`banner banner-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>{text}</div>;
}

/** "Saved." after a successful save, announced politely. */
export function SavedNote({ saved }: { saved: boolean }) {
  const { t } = useI18n();
  return <span className="saved-note" role="status">{saved ? t('form.saved') : ''}</span>;
}

/** Empty input → null; otherwise the trimmed text. */
export const textOrNull = (s: string) => (s.trim() === '' ? null : s.trim());
/** Number typed in either language (decimal comma or point, spaces as thousands) → number or null. */
export function parseNumber(s: string): number | null {
  const clean = s.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (clean === '') return null;
  const n = Number(clean);
  return Number.isFinite(n) ? n : NaN;
}
