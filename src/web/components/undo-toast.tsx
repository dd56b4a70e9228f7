/**
 * A short message at the bottom of the screen after a change saved at once (a calendar move, tasks
 * ticked done), with an Undo button. Announced politely to screen readers; Escape closes it.
 */
import { useEffect } from 'react';
import { useI18n } from '../i18n';

export type Toast = { text: string; undo?: () => void; error?: boolean };

export function UndoToast({ toast, onClose }: { toast: Toast | null; onClose: () => void }) {
  const { t } = useI18n();
  useEffect(() => {
    if (!toast) return;
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') onClose(); };
    window.addEventListener('keydown', onKey);
    const timer = window.setTimeout(onClose, toast.undo ? 12_000 : 6_000);
    return () => { window.removeEventListener('keydown', onKey); window.clearTimeout(timer); };
  }, [toast, onClose]);
  return (
    <div className={`undo-toast${toast ? ' shown' : ''}${toast?.error ? ' error' : ''}`} role="status" aria-live="polite">
      {toast && (
        <>
          <span>{toast.text}</span>
          {toast.undo && <button type="button" className="btn-small" onClick={() => { toast.undo!(); onClose(); }}>{t('cal.undo')}</button>}
          <button type="button" className="btn-quiet btn-small" aria-label={t('action.close')} onClick={onClose}>×</button>
        </>
      )}
    </div>
  );
}
