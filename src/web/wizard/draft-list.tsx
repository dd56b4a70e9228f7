/**
 * /group-activities: the open drafts ("Fortsätt där du slutade", each resuming at the step the
 * user left) and "Ny gruppaktivitet".
 */
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { get } from '../api';
import { useI18n } from '../i18n';
import { rememberedStep } from './wizard-context';
import type { Draft, Page } from './types';

function resumeStep(d: Draft): number {
  const s = rememberedStep(d.id);
  if (s) return s;
  if (d.responsibleId != null || d.distribution) return 5;
  if (d.selection && d.selection.match.length) return 3;
  return 2;
}

export function DraftList() {
  const { t, d } = useI18n();
  const [drafts, setDrafts] = useState<Draft[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    get<Page<Draft>>('/api/group-activities?status=draft&limit=100').then((p) => setDrafts(p.items), (e) => { setError(String(e.message)); setDrafts([]); });
  }, []);
  return (
    <div className="wz-page">
      <section className="wz-frame wz-drafts">
        <header className="wz-head"><h1>{t('wizard.drafts.title')}</h1></header>
        <div className="wz-body">
          <p><Link className="button primary" to="/group-activities/new/1">{t('wizard.drafts.new')}</Link></p>
          <h2>{t('wizard.drafts.resume')}</h2>
          {error && <p className="wz-error" role="alert">{error}</p>}
          {drafts == null ? <p className="wz-muted">{t('wizard.loading')}</p> : drafts.length === 0 ? <p className="wz-muted">{t('wizard.drafts.none')}</p> : (
            <ul className="wz-draft-list">
              {drafts.map((x) => {
                const step = resumeStep(x);
                return (
                  <li key={x.id}>
                    <Link to={`/group-activities/${x.id}/${step}`}>
                      <strong>{x.mode === 'shared' ? t('wizard.mode.shared') : t('wizard.mode.perContact')} #{x.id}</strong>
                      <span>{t('wizard.summary', { included: x.counts?.included ?? 0, excluded: x.counts?.excluded ?? 0 })}</span>
                      <span className="wz-muted">{t('wizard.drafts.atStep', { n: String(step), name: t(`wizard.step.${step}` as 'wizard.step.1') })}</span>
                      {x.createdAt && <span className="wz-muted">{t('wizard.drafts.created', { at: d(x.createdAt) })}</span>}
                      <span className="wz-go">{t('wizard.drafts.continue')} ›</span>
                    </Link>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      </section>
    </div>
  );
}
