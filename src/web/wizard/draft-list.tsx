/**
 * /group-activities: the open drafts ("Fortsätt där du slutade", each resuming at the step the
 * user left), "Ny gruppaktivitet", and the finished group activities, each leading to its
 * activity card (to change and copy again) and its list of activities; undone ones are marked.
 */
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { get } from '../api';
import { useI18n } from '../i18n';
import { rememberedStep, STEP } from './wizard-context';
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
  const [done, setDone] = useState<Draft[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    get<Page<Draft>>('/api/group-activities?status=draft&limit=100').then((p) => setDrafts(p.items), (e) => { setError(String(e.message)); setDrafts([]); });
    Promise.all(['finished', 'undone'].map((st) => get<Page<Draft>>(`/api/group-activities?status=${st}&limit=50`).then((p) => p.items)))
      .then((lists) => setDone(lists.flat().sort((a, b) => b.id - a.id)), () => setDone([]));
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
          <h2>{t('wizard.drafts.done')}</h2>
          {done == null ? <p className="wz-muted">{t('wizard.loading')}</p> : done.length === 0 ? <p className="wz-muted">{t('wizard.drafts.noneDone')}</p> : (
            <ul className="wz-draft-list wz-done-list">
              {done.map((x) => (
                <li key={x.id} className={x.status === 'undone' ? 'undone' : undefined}>
                  <div className="wz-done-item">
                    <strong>{x.mode === 'shared' ? t('wizard.mode.shared') : t('wizard.mode.perContact')} #{x.id}</strong>
                    {x.result && <span>{t('wizard.drafts.numbers', { n: x.result.activityCount, first: String(x.result.firstNumber ?? ''), last: String(x.result.lastNumber ?? '') })}</span>}
                    {x.status === 'undone' && <span className="wz-tag">{t('wizard.drafts.undone')}</span>}
                    {x.updatedAt && <span className="wz-muted">{t(x.status === 'undone' ? 'wizard.drafts.undoneAt' : 'wizard.drafts.finishedAt', { at: d(x.updatedAt) })}</span>}
                    <span className="wz-done-links">
                      {x.status === 'finished' && <Link to={`/group-activities/${x.id}/${STEP.card}`}>{t('wizard.drafts.openCard')}</Link>}
                      <Link to={`/group-activities/${x.id}/${STEP.finish}`}>{t(x.status === 'undone' ? 'wizard.drafts.openUndone' : 'wizard.drafts.openResult')}</Link>
                    </span>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </div>
      </section>
    </div>
  );
}
