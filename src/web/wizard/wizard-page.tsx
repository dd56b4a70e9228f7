/**
 * The wizard frame at /group-activities/:id/:step: title, step bar, the step, and the footer with
 * the live summary and Cancel / Previous / Next / Finish (at the card step: Save, which copies the card
 * to all). Enter = Next. Escape clears the innermost thing first (a step's marks, an open dialog),
 * then asks before cancelling: a draft is never cancelled without a confirmation, and closing the
 * card with unsaved changes asks too. The step is in the URL and the draft on the server, so a
 * reload resumes at the same place.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useBlocker, useNavigate, useParams } from 'react-router';
import { ApiError, del, get, post } from '../api';
import { useI18n } from '../i18n';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { StepBar } from '../shared/step-bar';
import { useDraft } from '../shared/use-draft';
import { useFrameKeys } from '../shared/wizard-frame';
import { finishKey, groupStepBar, NO_CARD, rememberStep, STEP, STEPS, WizardContext, type CardState, type WizardCtx } from './wizard-context';
import type { Draft, DraftPatch, Employee, FinishResult, Page } from './types';
import { StepMode } from './step-mode';
import { StepSelection } from './step-selection';
import { StepAdjust } from './step-adjust';
import { StepResponsible } from './step-responsible';
import { StepSchedule } from './step-schedule';
import { StepCheck } from './step-check';
import { StepFinish } from './step-finish';
import { StepCard } from './step-card';
import { NewDraft } from './new-draft';

const STEP_VIEWS: Record<number, () => ReactNode> = {
  [STEP.mode]: () => <StepMode />, [STEP.selection]: () => <StepSelection />, [STEP.adjust]: () => <StepAdjust />,
  [STEP.responsible]: () => <StepResponsible />, [STEP.schedule]: () => <StepSchedule />, [STEP.check]: () => <StepCheck />,
  [STEP.finish]: () => <StepFinish />, [STEP.card]: () => <StepCard />,
};

export function WizardPage() {
  const params = useParams();
  if (params.id === 'new') return <NewDraft />;
  const id = Number(params.id);
  const step = Math.min(STEPS.length, Math.max(1, Number(params.step) || 1));
  return <WizardFrame key={id} id={id} step={step} />;
}

function WizardFrame({ id, step }: { id: number; step: number }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const state = useDraft<Draft, DraftPatch>(`/api/group-activities/${id}`);
  const { draft } = state;
  const [employees, setEmployees] = useState<Employee[]>([]);
  const [blocker, setBlocker] = useState<{ step: number; reason: string | null }>({ step: 0, reason: null });
  const [finishing, setFinishing] = useState(false);
  const [finishError, setFinishError] = useState<string | null>(null);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [pendingLeave, setPendingLeave] = useState<(() => void) | null>(null);
  const [card, setCard] = useState<CardState>(NO_CARD);
  const beforeLeave = useRef<(() => void) | null>(null);
  const escapeLayers = useRef<(() => boolean)[]>([]);
  const saveCard = useRef<(() => Promise<boolean>) | null>(null);

  useEffect(() => {
    get<Page<Employee>>('/api/employees?active=true&limit=1000').then((p) => setEmployees(p.items), () => setEmployees([]));
  }, []);
  useEffect(() => { rememberStep(id, step); }, [id, step]);

  const finished = draft?.status === 'finished';
  const undone = draft?.status === 'undone';
  // A finished group is edited on its card; the steps before Finish are history. An undone one has no card.
  useEffect(() => {
    if ((finished || undone) && step < STEP.finish) navigate(`/group-activities/${id}/${STEP.finish}`, { replace: true });
    if (undone && step === STEP.card) navigate(`/group-activities/${id}/${STEP.finish}`, { replace: true });
  }, [finished, undone, step, id, navigate]);

  // Leaving the card with unsaved changes asks first (save and go, go without saving, or stay).
  // A leave the user has confirmed here passes the route blocker below without asking again.
  const leaveConfirmed = useRef(false);
  useEffect(() => { leaveConfirmed.current = false; }, [step]);
  const leave = useCallback((go: () => void) => {
    if (step === STEP.card && card.dirty) setPendingLeave(() => () => { leaveConfirmed.current = true; go(); }); else go();
  }, [step, card.dirty]);

  // Any other way out — a link in the menu, a crumb, the browser's Back — is held and asks the same.
  const routeBlocker = useBlocker(({ currentLocation, nextLocation }) =>
    step === STEP.card && card.dirty && !leaveConfirmed.current && currentLocation.pathname !== nextLocation.pathname);
  const latestBlocker = useRef(routeBlocker);
  latestBlocker.current = routeBlocker;
  useEffect(() => {
    if (routeBlocker.state === 'blocked') setPendingLeave(() => () => latestBlocker.current.proceed?.());
  }, [routeBlocker.state]);
  const stay = useCallback(() => {
    setPendingLeave(null);
    if (latestBlocker.current.state === 'blocked') latestBlocker.current.reset?.();
  }, []);

  const goTo = useCallback((s: number) => leave(() => {
    beforeLeave.current?.();
    state.flush().catch(() => undefined).finally(() => {
      // The second click of a double click asks for the step the first already opened: no second history entry.
      const to = `/group-activities/${id}/${s}`;
      navigate(to, { replace: window.location.pathname === to });
    });
  }), [leave, state, navigate, id]);

  const finish = useCallback(async () => {
    if (finishing || !draft || draft.status !== 'draft') return;
    setFinishing(true);
    setFinishError(null);
    try {
      beforeLeave.current?.();
      await state.flush();
      const result = await post<FinishResult>(`/api/group-activities/${id}/finish`, {}, { 'idempotency-key': finishKey(id) });
      state.setDraft({ ...draft, status: 'finished', result, batchId: result.batchId });
      await state.refresh();
    } catch (e) {
      setFinishError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setFinishing(false);
    }
  }, [finishing, draft, state, id]);

  const reason = useMemo(() => {
    if (!draft) return t('wizard.loading');
    if (blocker.step === step && blocker.reason) return blocker.reason;
    // Until a step has reported, the frame decides from the draft alone (no flash of an enabled Next).
    if (blocker.step !== step && step === STEP.selection) return t('wizard.loading');
    if (undone) return t('wizard.reason.undone');
    if (step === STEP.responsible && draft.responsibleId == null && !draft.distribution) return t(draft.mode === 'shared' ? 'wizard.reason.noResponsibleShared' : 'wizard.reason.noResponsible');
    if (step >= STEP.selection && step <= STEP.check && draft.counts.included === 0) return t('wizard.reason.noContacts');
    if (step === STEP.finish && !finished) return t('wizard.reason.notFinished');
    return null;
  }, [draft, blocker, step, finished, undone, t]);

  const cancel = useCallback(() => {
    if (finished || undone) { leave(() => navigate('/group-activities')); return; }
    setConfirmCancel(true);
  }, [finished, undone, leave, navigate]);

  const next = useCallback(() => {
    if (reason || step >= STEP.card) return;
    goTo(step + 1);
  }, [reason, step, goTo]);

  // Enter is Next, or Finish at the finish step; Escape as the shared frame answers it.
  const enter = useCallback(() => {
    if (step === STEP.finish && !finished && !undone) void finish(); else next();
  }, [next, finish, step, finished, undone]);
  useFrameKeys(escapeLayers, cancel, enter);

  if (state.error && !draft) {
    return <div className="wz-page"><p role="alert" className="wz-error">{state.error.status === 404 ? t('wizard.notFound') : t('wizard.error', { message: state.error.message })}</p></div>;
  }
  if (!draft) return <div className="wz-page"><p className="wz-muted">{t('wizard.loading')}</p></div>;

  const ctx: WizardCtx = { ...state, draft, step, employees, setBlocker, finishing, finish, finishError, goTo, beforeLeave, escapeLayers, card, setCard, saveCard };
  const closeLabel = finished || undone ? t('wizard.close') : t('wizard.cancel');
  const onFinishStep = step === STEP.finish && !finished;
  return (
    <WizardContext.Provider value={ctx}>
      <div className="wz-page">
        <section className="wz-frame" aria-labelledby="wz-title">
          <header className="wz-head">
            <h1 id="wz-title">{t('wizard.title')}</h1>
            <button type="button" className="wz-x" aria-label={closeLabel} title={closeLabel} onClick={cancel}>×</button>
          </header>
          <StepBar step={step} {...groupStepBar(t, step, finished, undone)} onGo={goTo} />
          <div className="wz-body">
            <h2 className="wz-step-title">{step}. {t(`wizard.step.${step}` as 'wizard.step.1')}</h2>
            {STEP_VIEWS[step]()}
          </div>
          <footer className="wz-foot">
            <span className="wz-summary" aria-live="polite">
              {t('wizard.summary', { included: draft.counts.included, excluded: draft.counts.excluded })}
              {state.saving && <span className="wz-muted"> · {t('wizard.saving')}</span>}
              {state.error && draft && <span className="wz-error" role="alert"> · {state.error.message}</span>}
            </span>
            {step === STEP.card && card.message
              ? <span className={card.message.ok ? 'wz-ok wz-reason' : 'wz-error wz-reason'} role="status">{card.message.text}</span>
              : reason && <span className="wz-reason" id="wz-reason">{reason}</span>}
            <span className="wz-buttons">
              <button type="button" onClick={cancel}>{closeLabel}</button>
              <button type="button" onClick={() => goTo(step - 1)} disabled={step <= 1 || ((finished || undone) && step <= STEP.finish)}>{t('wizard.previous')}</button>
              {onFinishStep && !undone
                ? <button type="button" className="primary" onClick={() => void finish()} disabled={finishing || draft.counts.included === 0} aria-busy={finishing}>{t('wizard.finish')}</button>
                : step < STEP.card
                  ? <button type="button" className="primary" onClick={next} disabled={!!reason} aria-describedby={reason ? 'wz-reason' : undefined}>{t('wizard.next')}</button>
                  : <button type="button" className="primary" onClick={() => void saveCard.current?.()} disabled={card.saving || !finished} aria-busy={card.saving}>{t('wizard.card.saveAll')}</button>}
            </span>
          </footer>
        </section>
        <ConfirmDialog open={confirmCancel} title={t('wizard.cancel.title')} confirmLabel={t('wizard.cancel.confirm')} cancelLabel={t('wizard.cancel.keep')} danger
          onCancel={() => setConfirmCancel(false)}
          onConfirm={() => { setConfirmCancel(false); void del(`/api/group-activities/${id}`).catch(() => undefined).then(() => navigate('/group-activities')); }}>
          <p>{t('wizard.cancel.text')}</p>
        </ConfirmDialog>
        <ConfirmDialog open={pendingLeave != null} title={t('wizard.card.unsavedTitle')} confirmLabel={t('wizard.card.discard')} cancelLabel={t('wizard.card.keepEditing')} danger
          otherLabel={t('wizard.card.saveAndClose')}
          onOther={() => { const go = pendingLeave; setPendingLeave(null); void saveCard.current?.().then((ok) => { if (ok) go?.(); else stay(); }); }}
          onCancel={stay}
          onConfirm={() => { const go = pendingLeave; setPendingLeave(null); setCard(NO_CARD); go?.(); }}>
          <p>{t('wizard.card.unsavedText')}</p>
        </ConfirmDialog>
      </div>
    </WizardContext.Provider>
  );
}

