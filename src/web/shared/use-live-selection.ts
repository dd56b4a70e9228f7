/**
 * The selection step both wizards share (step 2): the field catalogue read once, the draft's
 * selection as editable rows, the complete selection they export, and its saving: each change when
 * the step says (`send`, from its live-count effect), and whatever is still unsent when the wizard
 * moves on or the step closes. How the count is had is the step's own (a preview with a sample in
 * the group wizard, the draft's counts in change values).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, get } from '../api';
import { useI18n } from '../i18n';
import { exportSelection, importItems, uidForErrorPath, type EditItem } from './selection-model';
import type { CatalogueField, SelItem, Selection } from './types';

type Options<D> = {
  /** The catalogue route (`/api/selections/fields`, with `?root=activities` for activities). */
  fieldsUrl: string;
  /** The draft's selection when the step opens; afterwards the step owns it. */
  initial: SelItem[];
  /** The draft's saver (`useDraft().update`): merges at once, sends after `delay` ms. */
  update: (p: { selection: Selection }, delay: number) => Promise<D | null>;
  /** The frame's hook for a step's unsent change (run before the wizard moves on). */
  beforeLeave: { current: (() => void) | null };
};

export function useLiveSelection<D>({ fieldsUrl, initial, update, beforeLeave }: Options<D>) {
  const { n, locale } = useI18n();
  const [catalogue, setCatalogue] = useState<CatalogueField[] | null>(null);
  const [items, setItems] = useState<EditItem[]>([]);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  /** The selection last given to `update` (as JSON); the draft's own when the step opened. */
  const lastSent = useRef<string | null>(null);
  /** The selection the draft on the server last answered for (as JSON): what its counts are of. */
  const [savedJson, setSavedJson] = useState<string | null>(null);

  useEffect(() => {
    get<{ fields: CatalogueField[] }>(fieldsUrl).then((r) => {
      setCatalogue(r.fields);
      setItems(importItems(initial, r.fields, (v) => n(v)));
      lastSent.current = JSON.stringify(initial);
      setSavedJson(lastSent.current);
    }, (e) => setLoadError(e as ApiError));
    // The draft is read once when the step opens; afterwards this step owns the selection.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const exported = useMemo(() => (catalogue ? exportSelection(items, catalogue, locale === 'sv') : null), [items, catalogue, locale]);
  const selection: Selection | null = exported ? { match: exported.items } : null;
  const json = selection ? JSON.stringify(selection.match) : null;

  /** Saves the current selection unless it was the last one sent; null when nothing was sent. */
  const send = (delay: number): Promise<D | null> | null => {
    if (!selection || json == null || json === lastSent.current) return null;
    lastSent.current = json;
    const sent = json;
    const saved = update({ selection }, delay);
    void saved.then((d) => { if (d) setSavedJson(sent); });
    return saved;
  };

  // Leaving the step within the debounce still saves the last change.
  const latest = useRef({ send });
  latest.current = { send };
  useEffect(() => {
    const save = () => { void latest.current.send(0); };
    beforeLeave.current = save;
    return () => { beforeLeave.current = null; save(); };
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  /** A save's or a count's error beside the row it names, or as one line when it names none. */
  const errorsOf = (error: ApiError | null) => {
    const errors = new Map<number, string>();
    if (error && exported) {
      const u = uidForErrorPath(error.field, exported.paths);
      if (u != null) errors.set(u, error.message);
    }
    const general = error && exported && uidForErrorPath(error.field, exported.paths) == null ? error.message : null;
    return { errors, general };
  };

  return { catalogue, items, setItems, loadError, exported, selection, json, send, savedJson, errorsOf };
}
