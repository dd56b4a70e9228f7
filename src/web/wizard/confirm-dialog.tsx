/** A native modal <dialog> asking one question; Escape or the second button says no. */
import { useEffect, useRef, type ReactNode } from 'react';

type Props = {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** An optional third answer between the two (e.g. "Spara och stäng"). */
  otherLabel?: string;
  onOther?: () => void;
};

export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel, danger, onConfirm, onCancel, otherLabel, onOther }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className="wz-dialog wz-confirm" aria-labelledby="wz-confirm-title" onCancel={(e) => { e.preventDefault(); onCancel(); }}>
      <h2 id="wz-confirm-title">{title}</h2>
      {children}
      <div className="wz-dialog-buttons">
        <button type="button" onClick={onCancel} autoFocus>{cancelLabel}</button>
        {otherLabel && onOther && <button type="button" onClick={onOther}>{otherLabel}</button>}
        <button type="button" className={danger ? 'danger' : 'primary'} onClick={onConfirm}>{confirmLabel}</button>
      </div>
    </dialog>
  );
}
