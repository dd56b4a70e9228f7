/** Chooses the employees and resources shown as rows of the common calendar (saved per user). */
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n';
import { useLookups } from '../lookups';

type Props = { employeeIds: number[]; resourceIds: number[]; onSave: (e: number[], r: number[]) => Promise<void>; onClose: () => void };

export function RowsDialog({ employeeIds, resourceIds, onSave, onClose }: Props) {
  const { t } = useI18n();
  const lk = useLookups();
  const ref = useRef<HTMLDialogElement>(null);
  const [emp, setEmp] = useState(new Set(employeeIds));
  const [res, setRes] = useState(new Set(resourceIds));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { ref.current?.showModal(); }, []);
  const flip = (set: Set<number>, id: number) => { const n = new Set(set); if (n.has(id)) n.delete(id); else n.add(id); return n; };
  const submit = async () => {
    try {
      // Rows keep the order of the registers (names), whatever order they were ticked in.
      await onSave(lk.employees.filter((e) => emp.has(e.id)).map((e) => e.id), lk.resources.filter((r) => res.has(r.id)).map((r) => r.id));
      ref.current?.close();
    } catch (e) { setError((e as Error).message); }
  };
  return (
    <dialog ref={ref} className="dialog cc-rows" aria-labelledby="cc-rows-title" onClose={onClose}>
      <h2 id="cc-rows-title">{t('common.rowsTitle')}</h2>
      {error && <div className="banner banner-error" role="alert">{error}</div>}
      <div className="cc-rows-cols">
        <fieldset>
          <legend>{t('common.employees')}</legend>
          {lk.employees.filter((e) => e.active || emp.has(e.id)).map((e) => (
            <label key={e.id} className="check"><input type="checkbox" checked={emp.has(e.id)} onChange={() => setEmp((s) => flip(s, e.id))} /> {e.name}</label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('common.resources')}</legend>
          {lk.resources.filter((r) => !r.inactive || res.has(r.id)).map((r) => (
            <label key={r.id} className="check"><input type="checkbox" checked={res.has(r.id)} onChange={() => setRes((s) => flip(s, r.id))} /> {r.name}</label>
          ))}
        </fieldset>
      </div>
      <div className="dialog-buttons">
        <button type="button" onClick={() => ref.current?.close()}>{t('action.cancel')}</button>
        <button type="button" className="btn-primary" onClick={() => void submit()}>{t('action.save')}</button>
      </div>
    </dialog>
  );
}
