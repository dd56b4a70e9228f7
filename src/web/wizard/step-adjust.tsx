/**
 * Step 3: the two-list adjuster. Excluded contacts on the left, included on the right; › and ‹
 * move the marked rows, » and « move all (all that match the search, never just the loaded page),
 * double-click moves one. Every move goes to the server at once. Escape clears the marks.
 */
import { useCallback, useState } from 'react';
import { ApiError, post } from '../api';
import { useI18n } from '../i18n';
import { ContactListbox } from './contact-listbox';
import { useEscapeLayer, useWizard } from './wizard-context';
import { markCount, type ContactRow, type Marks } from './types';

type Side = 'included' | 'excluded';

export function StepAdjust() {
  const { t } = useI18n();
  const { draft, refresh } = useWizard();
  const [version, setVersion] = useState(0);
  const [markedIn, setMarkedIn] = useState<Marks>(new Set());
  const [markedEx, setMarkedEx] = useState<Marks>(new Set());
  const [qIn, setQIn] = useState('');
  const [qEx, setQEx] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Escape clears the marks first; only then does it ask to cancel the draft.
  const anyMarked = markedIn === 'all' || markedEx === 'all' || markedIn.size > 0 || markedEx.size > 0;
  useEscapeLayer(anyMarked, () => { setMarkedIn(new Set()); setMarkedEx(new Set()); return true; });

  const move = useCallback(async (body: { to: Side; contactIds?: number[]; all?: boolean; q?: string }) => {
    setBusy(true);
    setError(null);
    try {
      await post(`/api/group-activities/${draft.id}/moves`, body);
      if (body.to === 'excluded') setMarkedIn(new Set()); else setMarkedEx(new Set());
      setVersion((v) => v + 1);
      await refresh();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }, [draft.id, refresh]);

  const moveOne = (to: Side) => (row: ContactRow) => void move({ to, contactIds: [row.id] });
  const all = (to: Side, q: string) => void move(q ? { to, all: true, q } : { to, all: true });
  const moveMarked = (to: Side, marks: Marks, q: string) => (marks === 'all' ? all(to, q) : void move({ to, contactIds: [...marks] }));

  return (
    <div className="wz-adjust">
      <p className="wz-muted wz-adjust-hint">{t('wizard.adj.hint')}</p>
      <div className="wz-adjust-grid" aria-busy={busy}>
        <ContactListbox draftId={draft.id} side="excluded" label={t('wizard.adj.excluded')} version={version} sideTotal={draft.counts.excluded}
          marked={markedEx} onMark={setMarkedEx} onMoveOne={moveOne('included')} onQuery={setQEx} />
        <div className="wz-adjust-buttons">
          <button type="button" aria-label={t('wizard.adj.toIncluded')} title={t('wizard.adj.toIncluded')} disabled={busy || markCount(markedEx, draft.counts.excluded) === 0}
            onClick={() => moveMarked('included', markedEx, qEx)}>›</button>
          <button type="button" aria-label={t('wizard.adj.allToIncluded')} title={t('wizard.adj.allToIncluded')} disabled={busy || draft.counts.excluded === 0}
            onClick={() => all('included', qEx)}>»</button>
          <span className="wz-gap" />
          <button type="button" aria-label={t('wizard.adj.toExcluded')} title={t('wizard.adj.toExcluded')} disabled={busy || markCount(markedIn, draft.counts.included) === 0}
            onClick={() => moveMarked('excluded', markedIn, qIn)}>‹</button>
          <button type="button" aria-label={t('wizard.adj.allToExcluded')} title={t('wizard.adj.allToExcluded')} disabled={busy || draft.counts.included === 0}
            onClick={() => all('excluded', qIn)}>«</button>
        </div>
        <ContactListbox draftId={draft.id} side="included" label={t('wizard.adj.included')} version={version} sideTotal={draft.counts.included}
          marked={markedIn} onMark={setMarkedIn} onMoveOne={moveOne('excluded')} onQuery={setQIn} />
      </div>
      {error && <p className="wz-error" role="alert">{error}</p>}
    </div>
  );
}
