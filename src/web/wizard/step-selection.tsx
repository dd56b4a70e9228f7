/**
 * Step 2: the selection builder with saved selections and a live count. Every complete change is
 * previewed (count + sample) and saved to the draft within a fraction of a second.
 */
import { useEffect, useRef, useState } from 'react';
import { ApiError, get, post } from '../api';
import { useI18n } from '../i18n';
import { useBlocker, useWizard } from './wizard-context';
import { SelectionBuilder } from '../shared/selection-builder';
import { importItems } from '../shared/selection-model';
import { useLiveSelection } from '../shared/use-live-selection';
import { SavedSelections } from './saved-selections';
import type { Named, Page } from './types';

type Preview = { count: number; sample: { id: number; number: number; name: string; city: string | null }[] };

const listOf = (path: string) => get<Page<Named>>(path).then((p) => p.items, () => [] as Named[]);

export function StepSelection() {
  const { t, n } = useI18n();
  const { draft, update, employees, beforeLeave } = useWizard();
  const { catalogue, items, setItems, loadError, exported, selection, json, send, errorsOf } = useLiveSelection({
    fieldsUrl: '/api/selections/fields', initial: draft.selection?.match ?? [], update, beforeLeave });
  const [lookups, setLookups] = useState<Record<string, Named[]>>({});
  const [preview, setPreview] = useState<Preview | null>(null);
  const [counting, setCounting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [showSample, setShowSample] = useState(false);
  const seq = useRef(0);

  useEffect(() => {
    Promise.all([listOf('/api/activity-types?limit=1000'), listOf('/api/statuses?limit=1000'), listOf('/api/priorities?limit=1000')])
      .then(([types, statuses, priorities]) => setLookups({ typeId: types, statusId: statuses, priorityId: priorities }));
  }, []);

  // Live count: at once for the first view, then ~200 ms after the last change.
  useEffect(() => {
    if (!selection || json == null) return;
    const my = ++seq.current;
    setCounting(true);
    const timer = setTimeout(() => {
      void send(0);
      // No criteria selects nothing (the engine's rule), so there is nothing to ask.
      if (selection.match.length === 0) { setPreview({ count: 0, sample: [] }); setError(null); setCounting(false); return; }
      post<Preview>('/api/selections/preview', { selection, sampleSize: 10 }).then((p) => {
        if (my !== seq.current) return;
        setPreview(p); setError(null); setCounting(false);
      }, (e) => { if (my === seq.current) { setError(e as ApiError); setCounting(false); } });
    }, preview ? 200 : 0);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [json]);

  const refOptions = (field: string): Named[] | null => {
    if (field === 'accountManagerId' || field === 'responsibleId') return employees.map((e) => ({ id: e.id, name: e.name }));
    return lookups[field] ?? null;
  };

  const { errors, general: generalError } = errorsOf(error);

  useBlocker(!catalogue ? t('wizard.loading') : exported?.incomplete ? t('wizard.reason.incomplete') : error ? error.message : null);

  if (!catalogue) return loadError ? <p className="wz-error" role="alert">{loadError.message}</p> : <p className="wz-muted">{t('wizard.loading')}</p>;
  return (
    <div className="wz-selection">
      <SavedSelections current={selection} onLoad={(s) => setItems(importItems(s.match, catalogue, (v) => n(v)))} />
      {items.length === 0 && <p className="wz-muted">{t('wizard.sel.empty')}</p>}
      <SelectionBuilder items={items} catalogue={catalogue} onChange={setItems} refOptions={refOptions} errors={errors} path="" />
      {generalError && <p className="wz-error" role="alert">{generalError}</p>}
      <div className="wz-sel-count">
        <output aria-live="polite" className={counting ? 'stale' : ''} data-testid="selection-count">
          {preview ? t('wizard.sel.count', { n: preview.count }) : t('wizard.sel.counting')}
        </output>
        {preview && preview.sample.length > 0 && (
          <button type="button" className="wz-link" onClick={() => setShowSample((s) => !s)} aria-expanded={showSample}>
            {showSample ? t('wizard.sel.hideSample') : t('wizard.sel.showSample')}
          </button>
        )}
      </div>
      {showSample && preview && (
        <table className="wz-table wz-sample">
          <thead><tr><th>{t('wizard.adj.col.number')}</th><th>{t('wizard.adj.col.name')}</th><th>{t('wizard.adj.col.city')}</th></tr></thead>
          <tbody>{preview.sample.map((r) => <tr key={r.id}><td className="num">{r.number}</td><td>{r.name}</td><td>{r.city}</td></tr>)}</tbody>
        </table>
      )}
      {draft.counts.excluded > 0 && <p className="wz-muted">{t('wizard.summary', { included: draft.counts.included, excluded: draft.counts.excluded })}</p>}
    </div>
  );
}
