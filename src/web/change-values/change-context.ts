/**
 * What every step of the change-values wizard gets from its frame: the server draft and its saver,
 * the registers the steps name things by, and a way to say why Next is not possible yet.
 */
import { createContext, useContext } from 'react';
import type { DraftState } from '../shared/use-draft';
import { useFrameEscapeLayer, useStepBlocker } from '../shared/wizard-frame';
import type { Lookups } from '../lookups';
import type { ChangeDraft, ChangePatch } from './types';

export type ChangeCtx = DraftState<ChangeDraft, ChangePatch> & {
  draft: ChangeDraft;
  step: number;
  lookups: Lookups;
  setBlocker: (b: { step: number; reason: string | null }) => void;
  goTo: (step: number) => void;
  /** A step's unsaved edit, sent before the wizard moves on (set by the step, run by the frame). */
  beforeLeave: { current: (() => void) | null };
  /** Escape handlers of what is open inside the step, innermost last. */
  escapeLayers: { current: (() => boolean)[] };
  finishing: boolean;
  finish: () => Promise<void>;
  finishError: string | null;
};

export const ChangeContext = createContext<ChangeCtx | null>(null);

export function useChange(): ChangeCtx {
  const v = useContext(ChangeContext);
  if (!v) throw new Error('useChange outside the change-values frame');
  return v;
}

/** A step's reason why Next is disabled (null = Next is fine). */
export const useBlocker = (reason: string | null): void => useStepBlocker(useChange(), reason);

/** While `active`, Escape goes to `handler` before the frame (which would ask to cancel). */
export const useEscapeLayer = (active: boolean, handler: () => boolean): void => useFrameEscapeLayer(useChange(), active, handler);

/**
 * The steps in the order they are walked. Step 7 (start/end conflict) sits between the report and
 * Finish and is shown only when the changes make some activity end before it starts.
 */
export const STEP_ORDER = [1, 2, 3, 4, 5, 7, 6] as const;

/** The step a draft was last shown at, so "continue where you left off" opens it there. */
const stepKey = (id: number) => `kontakta.changeValues.${id}.step`;
export const rememberStep = (id: number, step: number) => { try { localStorage.setItem(stepKey(id), String(step)); } catch { /* private mode */ } };
export const forgetStep = (id: number) => { try { localStorage.removeItem(stepKey(id)); } catch { /* private mode */ } };
export function rememberedStep(id: number): number {
  try {
    const v = Number(localStorage.getItem(stepKey(id)));
    return v >= 2 && v <= 7 ? v : 2;
  } catch { return 2; }
}
