/**
 * Step 1 of an existing draft: the mode can still change. If the server does not take a mode
 * change on the draft, a new draft with the same choices replaces it.
 */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, del, patch, post } from '../api';
import { useI18n } from '../i18n';
import { ModeCards } from './mode-cards';
import { useWizard } from './wizard-context';
import type { Draft, Mode } from './types';

export function StepMode() {
  const { t } = useI18n();
  const { draft, setDraft, flush } = useWizard();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);

  const change = async (mode: Mode) => {
    if (mode === draft.mode) return;
    setError(null);
    try {
      await flush().catch(() => null);
      try {
        setDraft(await patch<Draft>(`/api/group-activities/${draft.id}`, { mode }));
      } catch (e) {
        if (!(e instanceof ApiError) || e.status !== 400) throw e;
        const d = await post<Draft>('/api/group-activities', { mode });
        const carry: Record<string, unknown> = {};
        if (draft.selection) carry.selection = draft.selection;
        if (draft.responsibleId != null) carry.responsibleId = draft.responsibleId;
        if (draft.template) carry.template = draft.template;
        if (Object.keys(carry).length) await patch(`/api/group-activities/${d.id}`, carry);
        await del(`/api/group-activities/${draft.id}`).catch(() => undefined);
        navigate(`/group-activities/${d.id}/1`, { replace: true });
      }
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };
  return (
    <>
      <ModeCards value={draft.mode} onChange={(m) => void change(m)} />
      {error && <p className="wz-error" role="alert">{error}</p>}
    </>
  );
}
