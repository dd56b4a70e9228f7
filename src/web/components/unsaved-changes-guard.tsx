/**
 * Holds a navigation away from a form with unsaved edits — a link, the menu, the browser's Back —
 * and asks first: stay (the default, so Enter or Escape never throws work away) or leave without
 * saving. Closing the tab or reloading gets the browser's own question. `isDirty` is read at the
 * moment of the navigation, so a save that navigates right after it succeeds passes; a navigation
 * whose state says `leavesEditsBehind` (the card's Delete, which asked already) passes too.
 */
import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { useI18n } from '../i18n';
import { ConfirmDialog } from '../shared/confirm-dialog';

export function UnsavedChangesGuard({ isDirty }: { isDirty: () => boolean }) {
  const { t } = useI18n();
  const blocker = useBlocker(({ currentLocation, nextLocation }) =>
    isDirty() && !(nextLocation.state as { leavesEditsBehind?: boolean } | null)?.leavesEditsBehind
    && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search));
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => { if (isDirty()) { e.preventDefault(); e.returnValue = ''; } };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);
  return (
    <ConfirmDialog open={blocker.state === 'blocked'} title={t('form.unsaved.title')} danger
      confirmLabel={t('form.unsaved.leave')} cancelLabel={t('form.unsaved.stay')}
      onCancel={() => blocker.reset?.()} onConfirm={() => blocker.proceed?.()}>
      <p>{t('form.unsaved.text')}</p>
    </ConfirmDialog>
  );
}
