/**
 * Step 2: which activities, with the same selection builder as the group wizard over the activity
 * fields and the related contacts, employees and resources. Every complete change is saved to the
 * draft within a fraction of a second, and the draft answers the live count.
 */
import { useEffect } from 'react';
import { useI18n } from '../i18n';
import type { MessageKey } from '../../i18n/index';
import { SelectionBuilder } from '../shared/selection-builder';
import { useLiveSelection } from '../shared/use-live-selection';
import type { Named } from '../shared/types';
import { useBlocker, useChange } from './change-context';

/** The activity level's own words ("Aktivitetsnummer", "Länkad kontakt"); deeper levels use the common ones. */
const ROOT_LABELS = new Set(['number', 'subject', 'startAt', 'endAt', 'typeId', 'statusId', 'priority', 'responsibleId', 'done', 'color',
  'showInTaskList', 'custom1', 'custom2', 'notes', 'batchId', 'createdAt', 'contacts', 'employees', 'resources']);

export function StepSelection() {
  const { t } = useI18n();
  const { draft, update, lookups, beforeLeave, error: saveError } = useChange();
  const { catalogue, items, setItems, loadError, exported, json, send, savedJson, errorsOf } = useLiveSelection({
    fieldsUrl: '/api/selections/fields?root=activities', initial: draft.selection?.match ?? [], update, beforeLeave });

  // The live count is the draft's: each complete change is saved ~200 ms after the last keystroke
  // (the draft's own debounce, so a reload in between still sends it) and answers the counts.
  useEffect(() => { void send(200); }, [json]); // eslint-disable-line react-hooks/exhaustive-deps

  const refOptions = (field: string): Named[] | null => {
    const active = <T extends Named & { inactive?: boolean; active?: boolean }>(rows: T[]) => rows.filter((r) => r.inactive !== true && r.active !== false).map((r) => ({ id: r.id, name: r.name }));
    if (field === 'responsibleId' || field === 'accountManagerId' || field === 'employeeId') return active(lookups.employees);
    if (field === 'typeId') return active(lookups.types);
    if (field === 'statusId') return active(lookups.statuses);
    if (field === 'priority') return active(lookups.priorities);
    if (field === 'resourceId') return active(lookups.resources);
    return null;
  };
  const fieldLabel = (field: string, relation: string | null) => {
    if (relation === null && ROOT_LABELS.has(field)) return t(`changeValues.sel.field.${field}` as MessageKey);
    if (relation === 'employees' && field === 'employeeId') return t('changeValues.sel.field.employeeId');
    if (relation === 'resources' && field === 'resourceId') return t('changeValues.sel.field.resourceId');
    return null;
  };

  const error = saveError?.field?.startsWith('selection') ? saveError : null;
  const { errors, general: generalError } = errorsOf(error);
  const stale = json !== savedJson;

  useBlocker(!catalogue ? t('changeValues.loading') : exported?.incomplete ? t('changeValues.reason.incomplete') : error ? error.message
    : stale ? t('changeValues.sel.counting') : draft.counts.included + draft.counts.excluded === 0 ? t('changeValues.reason.noneMatch') : null);

  if (!catalogue) return loadError ? <p className="wz-error" role="alert">{loadError.message}</p> : <p className="wz-muted">{t('changeValues.loading')}</p>;
  const matching = draft.counts.included + draft.counts.excluded;
  return (
    <div className="wz-selection">
      {items.length === 0 && <p className="wz-muted">{t('changeValues.sel.empty')}</p>}
      <SelectionBuilder items={items} catalogue={catalogue} onChange={setItems} refOptions={refOptions} errors={errors} path="" fieldLabel={fieldLabel} />
      {generalError && <p className="wz-error" role="alert">{generalError}</p>}
      <div className="wz-sel-count">
        <output aria-live="polite" className={stale ? 'stale' : ''} data-testid="selection-count">
          {stale && items.length > 0 ? t('changeValues.sel.counting') : t('changeValues.sel.count', { n: matching })}
        </output>
        {draft.counts.excluded > 0 && <span className="wz-muted">{t('changeValues.sel.unticked', { n: draft.counts.excluded })}</span>}
      </div>
    </div>
  );
}
