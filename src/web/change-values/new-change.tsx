/**
 * /change-values: step 1 before a draft exists. Next creates the draft on the server and continues
 * at its step 2; the user's open drafts are offered to continue where they left off.
 */
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError, get, post } from '../api';
import { useI18n } from '../i18n';
import type { MessageKey } from '../../i18n/index';
import { StepBar } from '../shared/step-bar';
import { rememberedStep, STEP_ORDER } from './change-context';
import { StepIntro } from './step-intro';
import type { ChangeDraft, ChangeField } from './types';

type OpenDraft = { id: number; fields: ChangeField[]; createdAt: string; updatedAt: string };

export function NewChange() {
  const { t, dt } = useI18n();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<OpenDraft[]>([]);

  useEffect(() => { get<{ items: OpenDraft[] }>('/api/activity-changes').then((r) => setOpen(r.items), () => setOpen([])); }, []);

  const next = useCallback(async () => {
    if (busy) return;
    setBusy(true);
    try {
      const d = await post<ChangeDraft>('/api/activity-changes', {});
      navigate(`/change-values/${d.id}/2`, { replace: true });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
      setBusy(false);
    }
  }, [busy, navigate]);
  const cancel = useCallback(() => navigate('/activities'), [navigate]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || document.querySelector('dialog[open]')) return;
      if (e.key === 'Escape') { e.preventDefault(); cancel(); }
      if (e.key === 'Enter' && !(e.target as HTMLElement).closest('button, a')) { e.preventDefault(); void next(); }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [next, cancel]);

  return (
    <div className="wz-page cv-page">
      <section className="wz-frame" aria-labelledby="cv-title">
        <header className="wz-head">
          <h1 id="cv-title">{t('changeValues.title')}</h1>
          <button type="button" className="wz-x" aria-label={t('changeValues.cancel')} title={t('changeValues.cancel')} onClick={cancel}>×</button>
        </header>
        <StepBar steps={STEP_ORDER.filter((s) => s !== 7)} step={1} label={(s) => t(`changeValues.step.${s}` as MessageKey)} reachable={() => false} done={() => false} onGo={() => undefined} />
        <div className="wz-body">
          <h2 className="wz-step-title">1. {t('changeValues.step.1')}</h2>
          <StepIntro />
          {open.length > 0 && (
            <section className="cv-resume" aria-labelledby="cv-resume-title">
              <h3 id="cv-resume-title">{t('changeValues.resume')}</h3>
              <ul>
                {open.map((d) => (
                  <li key={d.id}>
                    <Link to={`/change-values/${d.id}/${rememberedStep(d.id)}`}>{t('changeValues.resumeItem', { id: String(d.id) })}</Link>
                    {' – '}<span className="wz-muted">
                      {d.fields.length ? d.fields.map((f) => t(`changeValues.field.${f}` as MessageKey)).join(', ') : t('changeValues.resumeNoFields')}
                      {' · '}{t('changeValues.resumeTouched', { when: dt(d.updatedAt) })}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {error && <p className="wz-error" role="alert">{error}</p>}
        </div>
        <footer className="wz-foot">
          <span className="wz-summary" />
          <span className="wz-buttons">
            <button type="button" onClick={cancel}>{t('changeValues.cancel')}</button>
            <button type="button" disabled>{t('changeValues.previous')}</button>
            <button type="button" className="primary" disabled={busy} aria-busy={busy} onClick={() => void next()}>{t('changeValues.next')}</button>
          </span>
        </footer>
      </section>
    </div>
  );
}
