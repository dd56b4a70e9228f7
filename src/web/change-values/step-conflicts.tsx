/**
 * The start/end conflict step, shown only when the chosen times make some activities end before
 * they start: those activities with their old and new times, and the choice to move the other time
 * along (keeping each one's duration) or to leave them out. Nothing is written until Finish.
 */
import { useEffect, useState } from 'react';
import { ApiError, get } from '../api';
import { useI18n } from '../i18n';
import { useBlocker, useChange } from './change-context';
import type { ConflictChoice, Conflicts } from './types';

export function StepConflicts() {
  const { t, dt } = useI18n();
  const { draft, update } = useChange();
  const [data, setData] = useState<Conflicts | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    get<Conflicts>(`/api/activity-changes/${draft.id}/conflicts?limit=200`).then(setData, (e) => setError(e instanceof ApiError ? e.message : String(e)));
  }, [draft.id, JSON.stringify(draft.changes)]); // eslint-disable-line react-hooks/exhaustive-deps

  const choice = draft.conflicts;
  useBlocker(!data ? t('changeValues.loading') : data.total > 0 && !choice ? t('changeValues.reason.chooseConflict') : null);
  const choose = (c: ConflictChoice) => void update({ conflicts: c }, 0);

  if (error) return <p className="wz-error" role="alert">{error}</p>;
  if (!data) return <p className="wz-muted">{t('changeValues.loading')}</p>;
  if (data.total === 0) return <p>{t('changeValues.conf.none')}</p>;
  return (
    <div className="cv-conflicts">
      <p>{t('changeValues.conf.intro', { n: data.total })}</p>
      <fieldset className="cv-choice">
        <legend>{t('changeValues.conf.question')}</legend>
        <label className={`wz-mode-card${choice === 'shift' ? ' chosen' : ''}`}>
          <input type="radio" name="cv-conflict" checked={choice === 'shift'} onChange={() => choose('shift')} />
          <span className="wz-mode-title">{t('changeValues.conf.shift')}</span>
          <span className="wz-mode-hint">{t('changeValues.conf.shiftHint')}</span>
        </label>
        <label className={`wz-mode-card${choice === 'skip' ? ' chosen' : ''}`}>
          <input type="radio" name="cv-conflict" checked={choice === 'skip'} onChange={() => choose('skip')} />
          <span className="wz-mode-title">{t('changeValues.conf.skip', { n: data.total })}</span>
          <span className="wz-mode-hint">{t('changeValues.conf.skipHint')}</span>
        </label>
      </fieldset>
      <div className="wz-scroll">
        <table className="wz-table" data-testid="conflicts">
          <thead><tr><th className="num">{t('changeValues.col.number')}</th><th>{t('changeValues.col.subject')}</th><th>{t('changeValues.col.start')}</th><th>{t('changeValues.col.end')}</th><th>{t('changeValues.conf.newStart')}</th><th>{t('changeValues.conf.newEnd')}</th></tr></thead>
          <tbody>
            {data.items.map((r) => (
              <tr key={r.id}><td className="num">{r.number}</td><td>{r.subject}</td><td>{dt(r.startAt)}</td><td>{dt(r.endAt)}</td><td>{dt(r.newStartAt)}</td><td className="wz-error">{dt(r.newEndAt)}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
      {data.total > data.items.length && <p className="wz-muted">{t('changeValues.rep.showing', { shown: data.items.length, n: data.total })}</p>}
    </div>
  );
}
