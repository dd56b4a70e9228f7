/**
 * The activity card's own actions beside Save: Duplicate (a copy under a new number), New
 * follow-up (a new card for the same contacts and persons, type and responsible) and Delete
 * (asks first; a done activity of a finished group activity needs a second, explicit yes, as
 * the API refuses it without force). The card is saved first, so no typed change is lost.
 * Also the neutral link to the group activity the activity came from.
 */
import { useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError, del, post } from '../api';
import { useI18n } from '../i18n';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { deleteNeedsForce } from '../../domain/activity-card-actions';

type CardActivity = { id: number; number: number; done: boolean; batchId: number | null; groupActivityId?: number | null };

type Props = {
  activity: CardActivity;
  /** Saves the card; false when the save failed (its errors are shown on the card). */
  save: () => Promise<boolean>;
  busy: boolean;
  onError: (message: string) => void;
};

export function ActivityCardActions({ activity, save, busy, onError }: Props) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const [working, setWorking] = useState(false);
  const needsForce = deleteNeedsForce(activity);
  // A double click must not make two copies or two follow-ups: one action at a time.
  const running = useRef(false);
  const once = (fn: () => Promise<void>) => async () => {
    if (running.current) return;
    running.current = true;
    try { await fn(); } finally { running.current = false; }
  };

  const duplicate = async () => {
    if (!(await save())) return;
    setWorking(true);
    try {
      const copy = await post<{ id: number; number: number }>(`/api/activities/${activity.id}/duplicate`);
      navigate(`/activities/${copy.id}`, { state: { note: t('card.duplicated', { number: String(copy.number) }) } });
    } catch (e) { onError((e as Error).message); } finally { setWorking(false); }
  };

  const followUp = async () => {
    if (!(await save())) return;
    navigate(`/activities/new?followUp=${activity.id}`);
  };

  const remove = async () => {
    setWorking(true);
    try {
      await del(`/api/activities/${activity.id}${needsForce ? '?force=true' : ''}`);
      setAsking(false);
      navigate('/activities', { state: { note: t('card.deleted', { number: String(activity.number) }), leavesEditsBehind: true } });
    } catch (e) {
      setAsking(false);
      onError(e instanceof ApiError ? e.message : String(e));
    } finally { setWorking(false); }
  };

  return (
    <>
      <button type="button" onClick={() => void once(followUp)()} disabled={busy || working}>{t('card.followUp')}</button>
      <button type="button" onClick={() => void once(duplicate)()} disabled={busy || working}>{t('card.duplicate')}</button>
      <button type="button" className="btn-danger-quiet" onClick={() => setAsking(true)} disabled={busy || working}>{t('card.delete')}</button>
      <ConfirmDialog open={asking} title={t('card.deleteTitle', { number: String(activity.number) })}
        confirmLabel={needsForce ? t('card.deleteForce') : t('card.deleteConfirm')} cancelLabel={t('action.cancel')} busy={working} danger
        onConfirm={() => void once(remove)()} onCancel={() => setAsking(false)}>
        <p>{needsForce ? t('card.deleteDoneGroup') : t('card.deleteText')}</p>
      </ConfirmDialog>
    </>
  );
}

/** "Part of group activity N", a quiet link to that group activity in the wizard. */
export function GroupActivityLink({ activity }: { activity: CardActivity }) {
  const { t } = useI18n();
  if (activity.batchId == null) return null;
  const id = activity.groupActivityId;
  const text = t('card.groupLink', { id: String(id ?? activity.batchId) });
  return id != null ? <Link className="tag-link" to={`/group-activities/${id}`}>{text}</Link> : <span className="tag-link">{text}</span>;
}
