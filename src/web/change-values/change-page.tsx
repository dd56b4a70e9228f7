/**
 * The change-values wizard's frame at /change-values/:id/:step: title, step bar, the step, and the
 * footer with the live summary and Cancel / Previous / Next / Finish. Enter = Next; Escape clears
 * the innermost thing first (a search), then asks before cancelling. The step is in the URL and
 * the draft on the server, so a reload or Back resumes at the same place. Step 7 (start/end
 * conflict) is walked between the report and Finish, and only when the changes cause conflicts.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, del, get, post } from '../api';
import { useI18n } from '../i18n';
import type { MessageKey } from '../../i18n/index';
import { useLookups } from '../lookups';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { StepBar } from '../shared/step-bar';
import { useDraft } from '../shared/use-draft';
import { useFrameKeys } from '../shared/wizard-frame';
import { ChangeContext, forgetStep, rememberStep, STEP_ORDER, type ChangeCtx } from './change-context';
import type { ChangeDraft, ChangePatch, Conflicts, FinishResult } from './types';
import { StepIntro } from './step-intro';
import { StepSelection } from './step-selection';
import { StepAdjust } from './step-adjust';
import { StepChanges } from './step-changes';
import { StepReport } from './step-report';
import { StepConflicts } from './step-conflicts';
import { StepFinish } from './step-finish';

const STEP_VIEWS: Record<number, () => ReactNode> = {
  1: () => <StepIntro />, 2: () => <StepSelection />, 3: () => <StepAdjust />, 4: () => <StepChanges />,
  5: () => <StepReport />, 6: () => <StepFinish />, 7: () => <StepConflicts />,
};

export function ChangePage({ id, step }: { id: number; step: number }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const state = useDraft<ChangeDraft, ChangePatch>(`/api/activity-changes/${id}`);
  const { draft } = state;
  const lookups = useLookups();
  const [blocker, setBlocker] = useState<{ step: number; reason: string | null }>({ step: 0, reason: null });
  const [finishing, setFinishing] = useState(false);
  const [finishError, setFinishError] = useState<string | null>(null);
  const [confirmCancel, setConfirmCancel] = useState(false);
  /** Whether the changes make some activity end before it starts (null = not asked yet). */
  const [hasConflicts, setHasConflicts] = useState<boolean | null>(null);
  const beforeLeave = useRef<(() => void) | null>(null);
  const escapeLayers = useRef<(() => boolean)[]>([]);

  const open = draft?.status === 'draft';
  const finished = draft?.status === 'finished' || draft?.status === 'undone';
  useEffect(() => { if (open) rememberStep(id, step); else if (draft) forgetStep(id); }, [id, step, open, draft]);
  // A finished change shows its result; the steps before are history.
  useEffect(() => { if (finished && step !== 6) navigate(`/change-values/${id}/6`, { replace: true }); }, [finished, step, id, navigate]);
  useEffect(() => { if (draft?.status === 'cancelled') navigate('/change-values', { replace: true }); }, [draft?.status, navigate]);

  const checkConflicts = useCallback(async () => {
    const c = await get<Conflicts>(`/api/activity-changes/${id}/conflicts?limit=1`);
    setHasConflicts(c.total > 0);
    return c.total > 0;
  }, [id]);
  // Steps 5–7 of an open draft show the conflict step in the bar when there is one.
  const changesKey = JSON.stringify(draft?.changes ?? null);
  useEffect(() => {
    if (open && step >= 5) void checkConflicts().catch(() => undefined);
  }, [open, step >= 5, changesKey, draft?.counts.included, checkConflicts]); // eslint-disable-line react-hooks/exhaustive-deps

  const steps = STEP_ORDER.filter((s) => s !== 7 || hasConflicts || step === 7);
  const goTo = useCallback((s: number) => {
    beforeLeave.current?.();
    state.flush().catch(() => undefined).finally(() => {
      // The second click of a double click asks for the step the first already opened: no second history entry.
      const to = `/change-values/${id}/${s}`;
      navigate(to, { replace: window.location.pathname === to });
    });
  }, [state, navigate, id]);

  const finish = useCallback(async () => {
    if (finishing || !draft || draft.status !== 'draft') return;
    setFinishing(true);
    setFinishError(null);
    try {
      beforeLeave.current?.();
      await state.flush();
      const result = await post<FinishResult>(`/api/activity-changes/${id}/finish`, {});
      state.setDraft({ ...draft, status: 'finished', result });
      await state.refresh();
    } catch (e) {
      // Unresolved conflicts: the conflict step asks first; nothing was written.
      if (e instanceof ApiError && e.status === 409 && e.field === 'conflicts') { setHasConflicts(true); navigate(`/change-values/${id}/7`); return; }
      setFinishError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setFinishing(false);
    }
  }, [finishing, draft, state, id, navigate]);

  const reason = useMemo(() => {
    if (!draft) return t('changeValues.loading');
    if (blocker.step === step && blocker.reason) return blocker.reason;
    // Until a step has reported, the frame decides from the draft alone (no flash of an enabled Next).
    if (blocker.step !== step && (step === 2 || step === 4 || step === 7)) return t('changeValues.loading');
    if (step === 3 && draft.counts.included === 0) return t('changeValues.reason.noneTicked');
    if ((step === 5 || step === 6) && draft.changes.length === 0) return t('changeValues.reason.noChanges');
    if (step >= 4 && step !== 6 && draft.counts.included === 0 && open) return t('changeValues.reason.noneTicked');
    return null;
  }, [draft, blocker, step, open, t]);

  const cancel = useCallback(() => {
    if (!open) { navigate('/activities'); return; }
    setConfirmCancel(true);
  }, [open, navigate]);

  const position = steps.indexOf(step as (typeof STEP_ORDER)[number]);
  const next = useCallback(async () => {
    if (reason || !open || step === 6) return;
    beforeLeave.current?.();
    if (step === 5) {
      // The conflict step comes only when it is needed.
      const conflicts = await state.flush().then(checkConflicts).catch(() => hasConflicts ?? false);
      goTo(conflicts ? 7 : 6);
      return;
    }
    goTo(STEP_ORDER[STEP_ORDER.indexOf(step as (typeof STEP_ORDER)[number]) + 1] ?? 6);
  }, [reason, open, step, state, checkConflicts, hasConflicts, goTo]);
  const previous = () => { if (position > 0) goTo(steps[position - 1]); };

  // Enter is Next, or Finish at the finish step; Escape as the shared frame answers it.
  const enter = useCallback(() => {
    if (step === 6 && open) void finish(); else void next();
  }, [next, finish, step, open]);
  useFrameKeys(escapeLayers, cancel, enter);

  if (state.error && !draft) {
    return <div className="wz-page"><p role="alert" className="wz-error">{state.error.status === 404 ? t('changeValues.notFound') : state.error.message}</p></div>;
  }
  if (!draft) return <div className="wz-page"><p className="wz-muted">{t('changeValues.loading')}</p></div>;

  const ctx: ChangeCtx = { ...state, draft, step, lookups, setBlocker, goTo, beforeLeave, escapeLayers, finishing, finish, finishError };
  const closeLabel = open ? t('changeValues.cancel') : t('changeValues.close');
  const summary = finished && draft.result
    ? t('changeValues.summary.done', { n: draft.result.changed })
    : t('changeValues.summary', { included: draft.counts.included, excluded: draft.counts.excluded });
  return (
    <ChangeContext.Provider value={ctx}>
      <div className="wz-page cv-page">
        <section className="wz-frame" aria-labelledby="cv-title">
          <header className="wz-head">
            <h1 id="cv-title">{t('changeValues.title')}</h1>
            <button type="button" className="wz-x" aria-label={closeLabel} title={closeLabel} onClick={cancel}>×</button>
          </header>
          <StepBar steps={steps} step={step} label={(s) => t(`changeValues.step.${s}` as MessageKey)} onGo={goTo}
            reachable={(s) => (open ? steps.indexOf(s as (typeof STEP_ORDER)[number]) < position : false)}
            done={(s) => finished || steps.indexOf(s as (typeof STEP_ORDER)[number]) < position} />
          <div className="wz-body">
            <h2 className="wz-step-title">{position + 1}. {t(`changeValues.step.${step}` as MessageKey)}</h2>
            {STEP_VIEWS[step]()}
          </div>
          {/* A double-click on Next or Previous moves one step (its second click would land on the next step's button). */}
          <footer className="wz-foot">
            <span className="wz-summary" aria-live="polite" data-testid="cv-summary">
              {summary}
              {state.saving && <span className="wz-muted"> · {t('changeValues.saving')}</span>}
              {state.error && <span className="wz-error" role="alert"> · {state.error.message}</span>}
            </span>
            {reason && open && <span className="wz-reason" id="cv-reason">{reason}</span>}
            <span className="wz-buttons">
              <button type="button" onClick={cancel}>{closeLabel}</button>
              <button type="button" onClick={(e) => { if (e.detail <= 1) previous(); }} disabled={position <= 0 || !open}>{t('changeValues.previous')}</button>
              {step === 6 && open
                ? <button type="button" className="primary" onClick={() => void finish()} disabled={finishing || !!reason || draft.counts.included === 0} aria-busy={finishing}>{t('changeValues.finish')}</button>
                : open && <button type="button" className="primary" onClick={(e) => { if (e.detail <= 1) void next(); }} disabled={!!reason} aria-describedby={reason ? 'cv-reason' : undefined}>{t('changeValues.next')}</button>}
            </span>
          </footer>
        </section>
        <ConfirmDialog open={confirmCancel} title={t('changeValues.cancelTitle')} confirmLabel={t('changeValues.cancelConfirm')} cancelLabel={t('changeValues.cancelKeep')} danger
          onCancel={() => setConfirmCancel(false)}
          onConfirm={() => { setConfirmCancel(false); forgetStep(id); void del(`/api/activity-changes/${id}`).catch(() => undefined).then(() => navigate('/activities')); }}>
          <p>{t('changeValues.cancelText')}</p>
        </ConfirmDialog>
      </div>
    </ChangeContext.Provider>
  );
}
