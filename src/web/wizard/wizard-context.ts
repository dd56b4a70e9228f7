/**
 * What every step gets from the frame: the draft and its saver, the lookups they share, and a way
 * to say why Next is not possible yet (one line beside the button).
 */
import { createContext, useContext } from 'react';
import type { DraftState } from '../shared/use-draft';
import { useFrameEscapeLayer, useStepBlocker } from '../shared/wizard-frame';
import type { Draft, DraftPatch, Employee } from './types';
import type { MessageKey } from '../../i18n/index';

export type WizardCtx = DraftState<Draft, DraftPatch> & {
  draft: Draft;
  step: number;
  employees: Employee[];
  setBlocker: (b: { step: number; reason: string | null }) => void;
  finishing: boolean;
  finish: () => Promise<void>;
  finishError: string | null;
  goTo: (step: number) => void;
  /** A step's unsaved change, sent before the wizard moves on (set by the step, run by the frame). */
  beforeLeave: { current: (() => void) | null };
  /** Escape handlers of what is open inside the step, innermost last (see useEscapeLayer). */
  escapeLayers: { current: (() => boolean)[] };
  /** Step 7: the card's state, which the footer's Save and Close act on. */
  card: CardState;
  setCard: (c: CardState) => void;
  /** Step 7: saves the card and copies it to all (true when saved or nothing to save). */
  saveCard: { current: (() => Promise<boolean>) | null };
};

export type CardState = { dirty: boolean; saving: boolean; message: { ok: boolean; text: string } | null };
export const NO_CARD: CardState = { dirty: false, saving: false, message: null };

export const WizardContext = createContext<WizardCtx | null>(null);

export function useWizard(): WizardCtx {
  const v = useContext(WizardContext);
  if (!v) throw new Error('useWizard outside the wizard frame');
  return v;
}

/** A step's reason why Next is disabled (null = Next is fine). */
export const useBlocker = (reason: string | null): void => useStepBlocker(useWizard(), reason);

/** While `active`, Escape goes to `handler` before the frame (which would ask to cancel). */
export const useEscapeLayer = (active: boolean, handler: () => boolean): void => useFrameEscapeLayer(useWizard(), active, handler);

export const STEPS = [1, 2, 3, 4, 5, 6, 7, 8] as const;
/** The steps by name, so the frame and the bar say which step they mean. */
export const STEP = { mode: 1, selection: 2, adjust: 3, responsible: 4, schedule: 5, check: 6, finish: 7, card: 8 } as const;

/** The step bar's rule: a finished group goes between its result and its card; an undone one has only its result. */
export function groupStepBar(t: (k: MessageKey) => string, step: number, finished: boolean, undone = false) {
  return {
    steps: STEPS,
    label: (s: number) => t(`wizard.step.${s}` as MessageKey),
    reachable: (s: number) => (finished ? s >= STEP.finish : undone ? s === STEP.finish : s < step),
    done: (s: number) => s < step || ((finished || undone) && s <= STEP.finish),
  };
}

const LAST_STEP_KEY = (id: number) => `kontakta.wizard.${id}.step`;
export const rememberStep = (id: number, step: number) => { try { localStorage.setItem(LAST_STEP_KEY(id), String(step)); } catch { /* private mode */ } };
export const rememberedStep = (id: number): number | null => {
  const v = Number(localStorage.getItem(LAST_STEP_KEY(id)));
  return v >= 1 && v <= STEPS.length ? v : null;
};

/** One Idempotency-Key per draft, kept across reloads, so a retried Finish never creates twice. */
export function finishKey(id: number): string {
  const k = `kontakta.wizard.${id}.finishKey`;
  let v = localStorage.getItem(k);
  if (!v) {
    // randomUUID needs a secure context; getRandomValues works everywhere.
    v = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
    localStorage.setItem(k, v);
  }
  return v;
}
