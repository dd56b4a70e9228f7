/**
 * /group-activities/new/1: step 1 before a draft exists. Choosing the mode and pressing Next
 * creates the draft on the server and continues at step 2 of it.
 */
import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, post } from '../api';
import { useI18n } from '../i18n';
import { ModeCards } from './mode-cards';
import { StepBar } from '../shared/step-bar';
import { groupStepBar } from './wizard-context';
import type { Draft, Mode } from './types';

export function NewDraft() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [mode, setMode] = useState<Mode | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const next = useCallback(async () => {
    if (!mode || busy) return;
    setBusy(true);
    try {
      const d = await post<Draft>('/api/group-activities', { mode });
      navigate(`/group-activities/${d.id}/2`, { replace: true });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
      setBusy(false);
    }
  }, [mode, busy, navigate]);
  const cancel = useCallback(() => navigate('/group-activities'), [navigate]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') { e.preventDefault(); cancel(); }
      if (e.key === 'Enter' && !(e.target as HTMLElement).closest('button, a')) { e.preventDefault(); void next(); }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [next, cancel]);

  const reason = mode ? null : t('wizard.reason.noMode');
  return (
    <div className="wz-page">
      <section className="wz-frame" aria-labelledby="wz-title">
        <header className="wz-head">
          <h1 id="wz-title">{t('wizard.title')}</h1>
          <button type="button" className="wz-x" aria-label={t('wizard.cancel')} onClick={cancel}>×</button>
        </header>
        <StepBar step={1} {...groupStepBar(t, 1, false)} onGo={() => undefined} />
        <div className="wz-body">
          <h2 className="wz-step-title">1. {t('wizard.step.1')}</h2>
          <ModeCards value={mode} onChange={setMode} />
          {error && <p className="wz-error" role="alert">{error}</p>}
        </div>
        <footer className="wz-foot">
          <span className="wz-summary" />
          {reason && <span className="wz-reason" id="wz-reason">{reason}</span>}
          <span className="wz-buttons">
            <button type="button" onClick={cancel}>{t('wizard.cancel')}</button>
            <button type="button" disabled>{t('wizard.previous')}</button>
            <button type="button" className="primary" disabled={!!reason || busy} aria-describedby={reason ? 'wz-reason' : undefined} onClick={() => void next()}>{t('wizard.next')}</button>
          </span>
        </footer>
      </section>
    </div>
  );
}
