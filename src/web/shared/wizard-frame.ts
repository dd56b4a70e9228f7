/**
 * What both wizards' frames do the same way: a step says why Next is not possible yet (one line
 * beside the button), takes Escape before the frame while it has something to clear, and the frame
 * answers Escape and Enter for the whole page. Each wizard's context passes its frame in
 * (`wizard/wizard-context.ts`, `change-values/change-context.ts`).
 */
import { useEffect, useRef } from 'react';

/** The part of a wizard's context these hooks need. */
export type StepFrame = {
  step: number;
  setBlocker: (b: { step: number; reason: string | null }) => void;
  /** Escape handlers of what is open inside the step, innermost last (see useFrameEscapeLayer). */
  escapeLayers: { current: (() => boolean)[] };
};

/** A step's reason why Next is disabled (null = Next is fine). */
export function useStepBlocker({ setBlocker, step }: StepFrame, reason: string | null): void {
  useEffect(() => { setBlocker({ step, reason }); }, [reason, step, setBlocker]);
}

/**
 * Escape clears the innermost thing first: while `active`, `handler` gets Escape before the frame
 * (which would ask to cancel) and returns true when it cleared something (marks, a search…).
 */
export function useFrameEscapeLayer({ escapeLayers }: StepFrame, active: boolean, handler: () => boolean): void {
  const ref = useRef(handler);
  ref.current = handler;
  useEffect(() => {
    if (!active) return;
    const h = () => ref.current();
    escapeLayers.current.push(h);
    return () => { escapeLayers.current = escapeLayers.current.filter((x) => x !== h); };
  }, [active, escapeLayers]);
}

/**
 * The frame's keys while no dialog is open: Escape goes to the innermost layer that clears
 * something, else to `cancel` (which asks first); Enter outside buttons, links, lists and fields
 * that take Enter themselves (`.wz-no-enter`) is `enter` (Next, or Finish at the finish step).
 */
export function useFrameKeys(escapeLayers: StepFrame['escapeLayers'], cancel: () => void, enter: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || document.querySelector('dialog[open]')) return;
      const el = e.target as HTMLElement;
      if (e.key === 'Escape') {
        e.preventDefault();
        // The innermost open thing first (the last layer registered), the draft itself last.
        for (const layer of [...escapeLayers.current].reverse()) if (layer()) return;
        cancel();
        return;
      }
      if (e.key !== 'Enter' || e.shiftKey || e.ctrlKey || e.altKey) return;
      if (el.closest('button, a, textarea, select, summary, [role="listbox"], .wz-no-enter')) return;
      e.preventDefault();
      enter();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [escapeLayers, cancel, enter]);
}
