/**
 * A native modal <dialog> asking one question (the wizards' cancel and undo, the activity card's
 * Delete). Escape or the first button says no; focus starts on "no", so Enter never confirms by
 * accident.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';

type Props = {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** The confirm button in the danger colour (deleting, cancelling, undoing). */
  danger?: boolean;
  /** While the answer is being carried out the confirm button is disabled (no second click). */
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** An optional third answer between the two (e.g. "Spara och stäng"). */
  otherLabel?: string;
  onOther?: () => void;
};

export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel, danger = false, busy, onConfirm, onCancel, otherLabel, onOther }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog wz-dialog wz-confirm" aria-labelledby={titleId} onCancel={(e) => { e.preventDefault(); onCancel(); }}>
      <h2 id={titleId}>{title}</h2>
      {children}
      <div className="dialog-buttons wz-dialog-buttons">
        <button type="button" onClick={onCancel} autoFocus>{cancelLabel}</button>
        {otherLabel && onOther && <button type="button" onClick={onOther}>{otherLabel}</button>}
        <button type="button" className={danger ? 'danger btn-danger' : 'primary btn-primary'} disabled={busy} aria-busy={busy || undefined} onClick={onConfirm}>{confirmLabel}</button>
      </div>
    </dialog>
  );
}
