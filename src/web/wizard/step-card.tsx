/**
 * Step 8: the activity card of the whole group. The footer's primary button (or Enter) saves it:
 * the changed fields are copied to every activity of the batch and the footer says how many were
 * updated and kept; leaving with unsaved changes asks first (the frame), and so does closing the
 * tab. The card's defaults are the single card's (type and start fill the end, the task-list flag,
 * the alarm and the colour). In per-contact mode the links are edited on each activity afterwards,
 * so they are shown read-only with the reason. Server errors appear beside their field and nothing
 * typed is lost.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { ApiError, get, patch } from '../api';
import { useI18n } from '../i18n';
import type { MessageKey } from '../../i18n/index';
import { changedFields, valuesOf, type ActivityLike, type CardValues } from './card-fields';
import { useWizard } from './wizard-context';
import { useLookups } from '../lookups';
import { applyCardDefaults } from '../components/card-defaults';
import type { Named, Page } from './types';

export function StepCard() {
  const { t } = useI18n();
  const { draft, employees, setCard, saveCard } = useWizard();
  const lk = useLookups();
  const [duration, setDuration] = useState(60);
  const [first, setFirst] = useState<ActivityLike | null>(null);
  const [before, setBefore] = useState<CardValues | null>(null);
  const [values, setValues] = useState<CardValues | null>(null);
  const [lookups, setLookups] = useState<Record<string, Named[]>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessageState] = useState<{ ok: boolean; text: string } | null>(null);
  const [overwrite, setOverwrite] = useState(false);
  const [saving, setSaving] = useState(false);
  const finished = draft.status === 'finished' && draft.result;
  const perContact = draft.mode === 'perContact';

  useEffect(() => { get<{ standardDurationMinutes: number }>('/api/settings').then((x) => setDuration(x.standardDurationMinutes), () => undefined); }, []);
  useEffect(() => {
    const list = (p: string) => get<Page<Named>>(p).then((x) => x.items, () => [] as Named[]);
    Promise.all([list('/api/activity-types?limit=1000'), list('/api/statuses?limit=1000'), list('/api/priorities?limit=1000'), list('/api/resources?limit=1000')])
      .then(([typeId, statusId, priority, resources]) => setLookups({ typeId, statusId, priority, resources }));
    if (!draft.result) return;
    get<Page<ActivityLike>>(`/api/activities?batchId=${draft.result.batchId}&sort=number&limit=1`).then((p) => {
      const a = p.items[0] ?? null;
      setFirst(a);
      const v = valuesOf(a);
      setBefore(v); setValues(v);
    }, () => { const v = valuesOf(null); setBefore(v); setValues(v); });
  }, [draft.result]);

  // The frame's footer shows whether the card is saved and saves it.
  const dirty = !!values && !!before && Object.keys(changedFields(before, values, !perContact)).length > 0;
  useEffect(() => { setCard({ dirty, saving, message }); }, [dirty, saving, message, setCard]);
  useEffect(() => () => setCard({ dirty: false, saving: false, message: null }), [setCard]);
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => { e.preventDefault(); e.returnValue = ''; };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  const setMessage = setMessageState;

  const save = useCallback(async (): Promise<boolean> => {
    if (!values || !before) return false;
    const body = changedFields(before, values, !perContact);
    setErrors({}); setMessage(null);
    if (Object.keys(body).length === 0) { setMessage({ ok: true, text: t('wizard.card.nothing') }); return true; }
    setSaving(true);
    try {
      const r = await patch<{ updated: number; kept: number }>(`/api/group-activities/${draft.id}/card`, overwrite ? { ...body, overwriteEdited: true } : body);
      setBefore(values);
      setMessage({ ok: true, text: r.kept > 0 ? t('wizard.card.saved', { updated: r.updated, kept: r.kept }) : t('wizard.card.savedNoKept', { updated: r.updated }) });
      return true;
    } catch (e) {
      const err = e as ApiError;
      const field = err.field?.replace(/^(card|template)\./, '').split(/[.[]/)[0];
      if (field && field in values) { setErrors({ [field]: localise(field, err.message) }); setMessage({ ok: false, text: t('wizard.card.fixErrors') }); }
      else setMessage({ ok: false, text: t('wizard.card.error', { message: err.message }) });
      return false;
    } finally { setSaving(false); }
  }, [values, before, perContact, overwrite, draft.id, t, setMessage]);
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(() => { saveCard.current = () => saveRef.current(); return () => { saveCard.current = null; }; }, [saveCard]);

  if (!finished) return <p className="wz-muted">{t('wizard.card.notCreated')}</p>;
  if (!values || !before) return <p className="wz-muted">{t('wizard.loading')}</p>;

  const set = <K extends keyof CardValues>(k: K, v: CardValues[K]) => { setValues({ ...values, [k]: v }); setMessage(null); };
  // Type and start bring the single card's defaults (the server applies the same rule).
  const typeOf = (id: number) => lk.types.find((x) => x.id === id);
  const setWithDefaults = (k: 'typeId' | 'startAt', v: string) => { setValues(applyCardDefaults(values, { [k]: v }, typeOf, duration)); setMessage(null); };

  // The server's messages come in the user's language; a bad alarm gets a plainer one than the schema's.
  const localise = (f: string, message: string) => {
    if (f === 'alarmMinutes' && /number|integer|int|>=|too small/i.test(message)) return t('wizard.err.notNumber');
    return message;
  };
  const L = (k: string) => t(`wizard.card.${k}` as MessageKey);
  const field = (k: keyof CardValues, control: (id: string, err?: string) => ReactNode, wide: boolean | 'full' = false) => {
    const id = `wz-card-${k}`;
    const err = errors[k];
    return (
      <div className={`wz-card-field${wide === 'full' ? ' full' : wide ? ' wide' : ''}${err ? ' has-error' : ''}`}>
        <label htmlFor={id}>{L(k)}</label>
        {control(id, err)}
        {err && <span className="wz-field-error" id={`${id}-err`} role="alert">{err}</span>}
      </div>
    );
  };
  const errProps = (id: string, err?: string) => ({ id, 'aria-invalid': err ? true : undefined, 'aria-describedby': err ? `${id}-err` : undefined });
  const text = (k: 'subject' | 'custom1' | 'custom2' | 'color', wide = false) => field(k, (id, err) => <input type="text" {...errProps(id, err)} value={values[k]} onChange={(e) => set(k, e.target.value)} />, wide);
  const select = (k: 'typeId' | 'statusId' | 'priority') => field(k, (id, err) => (
    <select {...errProps(id, err)} value={values[k]} onChange={(e) => (k === 'typeId' ? setWithDefaults(k, e.target.value) : set(k, e.target.value))}>
      <option value="">{t('list.none')}</option>
      {(lookups[k] ?? []).map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
    </select>
  ));
  const check = (k: 'allDay' | 'showInTaskList') => (
    <label className="wz-check-line"><input type="checkbox" checked={values[k]} onChange={(e) => set(k, e.target.checked)} />{L(k)}</label>
  );
  const names = (ids: number[], all: Named[]) => ids.map((i) => all.find((x) => x.id === i)?.name ?? `#${i}`).join(', ') || t('list.none');
  const multi = (k: 'employeeIds' | 'resourceIds', all: Named[], labelKey: string) => (
    <fieldset className={`wz-card-links${errors[k] ? ' has-error' : ''}`}>
      <legend>{L(labelKey)}</legend>
      {perContact ? <span className="wz-muted">{names(first?.[k] ?? [], all)}</span> : (
        <div className="wz-check-list">
          {all.map((o) => (
            <label key={o.id} className="wz-check-line"><input type="checkbox" checked={values[k].includes(o.id)}
              onChange={(e) => set(k, (e.target.checked ? [...values[k], o.id] : values[k].filter((x) => x !== o.id)).sort((a, b) => a - b))} />{o.name}</label>
          ))}
        </div>
      )}
      {errors[k] && <span className="wz-field-error" role="alert">{errors[k]}</span>}
    </fieldset>
  );

  return (
    <form className="wz-card wz-no-enter" aria-label={t('wizard.step.8')} onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <p className="wz-muted">{t('wizard.card.intro')}</p>
      <div className="wz-card-grid">
        {text('subject', true)}
        {select('typeId')}
        {select('statusId')}
        {field('startAt', (id, err) => <input type="datetime-local" {...errProps(id, err)} value={values.startAt} onChange={(e) => setWithDefaults('startAt', e.target.value)} />)}
        {field('endAt', (id, err) => <input type="datetime-local" {...errProps(id, err)} value={values.endAt} onChange={(e) => set('endAt', e.target.value)} />)}
        {field('alarmMinutes', (id, err) => <input type="text" inputMode="numeric" {...errProps(id, err)} value={values.alarmMinutes} onChange={(e) => set('alarmMinutes', e.target.value)} />)}
        {select('priority')}
        {text('color')}
        {text('custom1')}
        {text('custom2')}
        <div className="wz-card-field wz-card-checks">{check('allDay')}{check('showInTaskList')}</div>
        {field('notes', (id, err) => <textarea rows={2} {...errProps(id, err)} value={values.notes} onChange={(e) => set('notes', e.target.value)} />, 'full')}
      </div>
      <section className="wz-card-linkbox" aria-label={t('wizard.card.readOnly')}>
        {perContact && <p className="wz-readonly-note">{t('wizard.card.readOnly')}</p>}
        <div className="wz-card-linkgrid">
          <fieldset className="wz-card-links"><legend>{L('contacts')}</legend><span className="wz-muted">{perContact ? t('wizard.card.onePer') : t('wizard.card.linkedCount', { n: first?.contactIds.length ?? 0 })}</span></fieldset>
          <fieldset className="wz-card-links"><legend>{L('contactPersons')}</legend><span className="wz-muted">{t('wizard.card.linkedCount', { n: first?.contactPersonIds.length ?? 0 })}</span></fieldset>
          {multi('employeeIds', employees.map((e) => ({ id: e.id, name: e.name })), 'employees')}
          {multi('resourceIds', lookups.resources ?? [], 'resources')}
        </div>
      </section>
      <div className="wz-card-save">
        <label className="wz-check-line"><input type="checkbox" checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} />{t('wizard.card.overwrite')}</label>
        {dirty && <span className="wz-muted">{t('wizard.card.unsaved')}</span>}
        {/* Enter in a field saves, like the footer's button. */}
        <button type="submit" style={{ display: 'none' }} tabIndex={-1} aria-hidden="true" />
      </div>
    </form>
  );
}
