/**
 * The activity card (create and edit) with every field of the original's activity window and its
 * links to contacts, contact persons, employees and resources, each picked with a search. The
 * card's defaults (components/card-defaults.ts) fill the end and the type's flags.
 */
import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { prefillFromCalendar } from './activity-prefill';
import { get, patch, post, qs, type Page } from '../api';
import { useI18n } from '../i18n';
import { useLookups, type TypeRow } from '../lookups';
import { PageHead } from '../components/shell';
import { UnsavedChangesGuard } from '../components/unsaved-changes-guard';
import { Banner, CheckField, Field, SavedNote, textOrNull, useForm } from '../components/form';
import { Picker, type Option } from '../components/picker';
import { personName, type ContactRow, type PersonRow } from './contact-types';
import { fromLocalInput, toLocalInput } from './datetime';
import { applyCardDefaults } from '../components/card-defaults';
import { ActivityCardActions, GroupActivityLink } from './activity-card-actions';
import { NextFreeButtons } from './next-free-buttons';
import { followUpOf } from '../../domain/activity-card-actions';

type Activity = {
  id: number; number: number; subject: string | null; startAt: string | null; endAt: string | null; allDay: boolean;
  alarmMinutes: number | null; typeId: number | null; statusId: number | null; priority: number | null; done: boolean;
  responsibleId: number | null; notes: string | null; color: string | null; showInTaskList: boolean;
  custom1: string | null; custom2: string | null; batchId: number | null;
  contactIds: number[]; contactPersonIds: number[]; employeeIds: number[]; resourceIds: number[];
  contacts?: { id: number; number: number; name: string }[];
  groupActivityId?: number | null;
};

type Values = {
  subject: string; startAt: string; endAt: string; allDay: boolean; alarmMinutes: string; typeId: string; statusId: string;
  priority: string; done: boolean; responsibleId: string; notes: string; color: string; showInTaskList: boolean;
  custom1: string; custom2: string; contacts: Option[]; contactPersons: Option[]; employees: Option[]; resources: Option[];
};

const blank: Values = {
  subject: '', startAt: '', endAt: '', allDay: false, alarmMinutes: '', typeId: '', statusId: '', priority: '', done: false,
  responsibleId: '', notes: '', color: '', showInTaskList: false, custom1: '', custom2: '', contacts: [], contactPersons: [], employees: [], resources: [],
};

const idOrNull = (s: string) => (s ? Number(s) : null);
const contactOption = (c: { id: number; number: number; name: string; city?: string | null }): Option => ({ id: c.id, label: `${c.number} ${c.name}`, sub: c.city ?? undefined });

/** One card per activity (and per new card's parameters): moving from a card to its copy or its
 * follow-up starts from a clean form. */
export function ActivityCardPage() {
  const { id } = useParams();
  const { search } = useLocation();
  return <ActivityCard key={`${id}${search}`} />;
}

function ActivityCard() {
  const { id } = useParams();
  const isNew = id === 'new';
  const [params] = useSearchParams();
  const { t } = useI18n();
  const lk = useLookups();
  const navigate = useNavigate();
  const location = useLocation();
  // A note carried over from the page that sent us here ("The copy has number 312."), shown
  // once: the history entry forgets it, so a reload or Back does not repeat it.
  const [note] = useState(() => (location.state as { note?: string } | null)?.note ?? null);
  useEffect(() => { if (note) navigate(`${location.pathname}${location.search}`, { replace: true, state: null }); }, []); // eslint-disable-line react-hooks/exhaustive-deps
  const [activity, setActivity] = useState<Activity | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [duration, setDuration] = useState(60);
  const [persons, setPersons] = useState<PersonRow[]>([]);
  const [busy, setBusy] = useState(false);
  const f = useForm<Values>(blank);
  const { values: v, set, errors } = f;

  useEffect(() => { get<{ standardDurationMinutes: number }>('/api/settings').then((s) => setDuration(s.standardDurationMinutes)).catch(() => {}); }, []);

  const toValues = useCallback(async (a: Activity): Promise<Values> => {
    let contacts: Option[] = (a.contacts ?? []).map(contactOption);
    if (contacts.length !== a.contactIds.length) {
      contacts = await Promise.all(a.contactIds.map((cid) => get<ContactRow>(`/api/contacts/${cid}`).then(contactOption).catch(() => ({ id: cid, label: `#${cid}` }))));
    }
    const ps = await Promise.all(a.contactPersonIds.map((pid) => get<PersonRow>(`/api/contact-persons/${pid}`).then((p) => ({ id: p.id, label: personName(p) })).catch(() => ({ id: pid, label: `#${pid}` }))));
    const s = (x: number | null) => (x == null ? '' : String(x));
    return {
      subject: a.subject ?? '', startAt: toLocalInput(a.startAt), endAt: toLocalInput(a.endAt), allDay: a.allDay, alarmMinutes: s(a.alarmMinutes),
      typeId: s(a.typeId), statusId: s(a.statusId), priority: s(a.priority), done: a.done, responsibleId: s(a.responsibleId),
      notes: a.notes ?? '', color: a.color ?? '', showInTaskList: a.showInTaskList, custom1: a.custom1 ?? '', custom2: a.custom2 ?? '',
      contacts, contactPersons: ps, employees: a.employeeIds.map((x) => ({ id: x, label: `#${x}` })), resources: a.resourceIds.map((x) => ({ id: x, label: `#${x}` })),
    };
  }, []);

  useEffect(() => {
    if (isNew) {
      prefillFromCalendar(params, f.setValues);
      const cid = params.get('contactId');
      if (cid) get<ContactRow>(`/api/contacts/${cid}`).then((c) => f.setValues((x) => ({ ...x, contacts: [contactOption(c)] }))).catch(() => {});
      // New follow-up: the same contacts and persons, type (with its defaults) and responsible.
      const from = params.get('followUp');
      if (from) {
        get<Activity>(`/api/activities/${from}?expand=names`).then(async (a) => {
          const base = await toValues({ ...a, ...followUpOf(a) });
          const type = a.typeId == null ? undefined : await get<TypeRow>(`/api/activity-types/${a.typeId}`).catch(() => undefined);
          f.setValues((x) => ({
            ...x, contacts: base.contacts, contactPersons: base.contactPersons, typeId: base.typeId, responsibleId: base.responsibleId,
            subject: a.subject ? t('card.followUpSubject', { subject: a.subject }) : '',
            showInTaskList: type ? type.list === 'taskList' : x.showInTaskList, color: type?.color ?? x.color,
            alarmMinutes: type?.defaultAlarmMinutes != null ? String(type.defaultAlarmMinutes) : x.alarmMinutes,
          }));
        }).catch(() => {});
      }
      return;
    }
    get<Activity>(`/api/activities/${id}?expand=names`)
      .then(async (a) => { setActivity(a); f.setValues(await toValues(a)); })
      .catch((e) => setLoadError((e as Error).message));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, isNew]);

  // Employee and resource labels come from the registers once they are loaded.
  const employees = useMemo(() => v.employees.map((o) => ({ id: o.id, label: lk.employees.find((e) => e.id === o.id)?.name ?? o.label })), [v.employees, lk.employees]);
  const resources = useMemo(() => v.resources.map((o) => ({ id: o.id, label: lk.resources.find((e) => e.id === o.id)?.name ?? o.label })), [v.resources, lk.resources]);

  // The persons offered are those of the linked contacts.
  const contactKey = v.contacts.map((c) => c.id).join(',');
  useEffect(() => {
    const ids = contactKey ? contactKey.split(',') : [];
    Promise.all(ids.map((cid) => get<Page<PersonRow>>(`/api/contacts/${cid}/persons?limit=1000`).then((p) => p.items).catch(() => [] as PersonRow[])))
      .then((lists) => setPersons(lists.flat()));
  }, [contactKey]);

  const searchContacts = useCallback(async (q: string) => (await get<Page<ContactRow>>(`/api/contacts${qs({ q, limit: 20 })}`)).items.map(contactOption), []);
  const searchPersons = useCallback(async (q: string) => {
    const fq = q.trim().toLowerCase();
    return persons.filter((p) => !p.inactive && (!fq || personName(p).toLowerCase().includes(fq)))
      .map((p) => ({ id: p.id, label: personName(p), sub: v.contacts.find((c) => c.id === p.contactId)?.label }));
  }, [persons, v.contacts]);
  const searchEmployees = useCallback(async (q: string) => lk.employees.filter((e) => e.active && e.name.toLowerCase().includes(q.trim().toLowerCase())).map((e) => ({ id: e.id, label: e.name })), [lk.employees]);
  const searchResources = useCallback(async (q: string) => lk.resources.filter((e) => !e.inactive && e.name.toLowerCase().includes(q.trim().toLowerCase())).map((e) => ({ id: e.id, label: e.name, sub: e.description ?? undefined })), [lk.resources]);

  // The card's defaults (one rule with the server and the wizard's card): the end follows the
  // start, a chosen type brings its task-list flag, alarm and colour.
  const typeOf = (tid: number) => lk.types.find((x) => x.id === tid);
  const changeStart = (value: string) => {
    // Computed from the values before the change; `set` then marks the form edited.
    f.setValues((x) => applyCardDefaults(x, { startAt: value }, typeOf, duration));
    set('startAt', value);
  };
  const changeType = (value: string) => {
    f.setValues((x) => applyCardDefaults(x, { typeId: value }, typeOf, duration));
    set('typeId', value);
  };

  const save = async (e?: FormEvent): Promise<boolean> => {
    e?.preventDefault();
    const alarm = v.alarmMinutes.trim() === '' ? null : Number(v.alarmMinutes);
    if (alarm !== null && !Number.isInteger(alarm)) { f.setErrors({ alarmMinutes: t('form.required') }); return false; }
    const body = {
      subject: textOrNull(v.subject), startAt: fromLocalInput(v.startAt), endAt: fromLocalInput(v.endAt), allDay: v.allDay, alarmMinutes: alarm,
      typeId: idOrNull(v.typeId), statusId: idOrNull(v.statusId), priority: idOrNull(v.priority), done: v.done,
      responsibleId: idOrNull(v.responsibleId), notes: textOrNull(v.notes), color: textOrNull(v.color), showInTaskList: v.showInTaskList,
      custom1: textOrNull(v.custom1), custom2: textOrNull(v.custom2),
      contactIds: v.contacts.map((x) => x.id), contactPersonIds: v.contactPersons.map((x) => x.id),
      employeeIds: v.employees.map((x) => x.id), resourceIds: v.resources.map((x) => x.id),
    };
    setBusy(true);
    try {
      if (isNew) {
        const a = await post<Activity>('/api/activities', body);
        f.ok();
        // Opened from a calendar slot: back to that calendar, where the new activity now shows.
        const back = params.get('back');
        if (back && back.startsWith('/') && !back.startsWith('//')) navigate(back);
        else navigate(`/activities/${a.id}`, { replace: true });
      } else {
        const a = await patch<Activity>(`/api/activities/${id}`, body);
        setActivity((old) => ({ ...a, groupActivityId: old?.groupActivityId ?? null }));
        f.ok();
      }
      return true;
    } catch (err) {
      // Link errors arrive as contactIds[2] etc.; the pickers are named after the option lists.
      f.fail(err, 'activity-form');
      const key = (err as { field?: string }).field?.split(/[.[]/)[0];
      const map: Record<string, string> = { contactIds: 'contacts', contactPersonIds: 'contactPersons', employeeIds: 'employees', resourceIds: 'resources' };
      if (key && map[key]) f.setErrors({ [map[key]]: (err as Error).message });
      return false;
    } finally {
      setBusy(false);
    }
  };

  if (loadError) return <div className="page"><Banner text={t('error.generic', { message: loadError })} /></div>;
  if (!isNew && !activity) return <div className="page"><p className="muted">{t('list.loading')}</p></div>;

  const sel = (k: 'typeId' | 'statusId' | 'priority' | 'responsibleId', label: string, options: { id: number; name: string; inactive?: boolean; active?: boolean }[], onChange = (x: string) => set(k, x)) => (
    <Field label={label} error={errors[k]}>
      {(p) => (
        <select {...p} data-field={k} value={v[k]} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('list.none')}</option>
          {options.filter((o) => (!o.inactive && o.active !== false) || String(o.id) === v[k]).map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </select>
      )}
    </Field>
  );
  const text = (k: 'subject' | 'custom1' | 'custom2', label: string, wide = false) => (
    <Field label={label} error={errors[k]} className={wide ? 'span-2' : undefined}>
      {(p) => <input {...p} data-field={k} value={v[k]} onChange={(e) => set(k, e.target.value)} />}
    </Field>
  );

  return (
    <div className="page">
      <UnsavedChangesGuard isDirty={f.isDirty} />
      <nav className="crumbs" aria-label={t('action.back')}><Link to="/activities">← {t('activities.title')}</Link></nav>
      <PageHead title={isNew ? t('activities.cardNew') : t('activities.card', { number: String(activity!.number) })}>
        {activity && <GroupActivityLink activity={activity} />}
        <SavedNote saved={f.saved} />
        {activity && <ActivityCardActions activity={activity} save={() => save()} busy={busy} onError={(m) => f.setBanner(m)} />}
        {!isNew && activity?.startAt && <a className="btn" href={`/api/activities/${activity.id}/ics`} download>{t('cal.ics')}</a>}
        <button type="submit" form="activity-form" className="btn-primary" disabled={busy}>{t('action.save')}</button>
      </PageHead>
      {!f.banner && <Banner text={note} kind="ok" />}
      <Banner text={f.banner} />
      {Object.keys(errors).length > 0 && <Banner text={t('form.error')} />}
      <form id="activity-form" className="card-form card-form-activity" onSubmit={save} noValidate aria-label={t('activities.section.main')}>
        <div className="col">
          <fieldset className="panel">
            <legend>{t('activities.section.main')}</legend>
            <div className="grid-2">
              {text('subject', t('activity.subject'), true)}
              <Field label={t('activity.startAt')} error={errors.startAt}>
                {(p) => <input {...p} data-field="startAt" type="datetime-local" value={v.startAt} onChange={(e) => changeStart(e.target.value)} />}
              </Field>
              <Field label={t('activity.endAt')} error={errors.endAt}>
                {(p) => <input {...p} data-field="endAt" type="datetime-local" value={v.endAt} onChange={(e) => set('endAt', e.target.value)} />}
              </Field>
              <NextFreeButtons activityId={isNew ? null : activity?.id ?? null} startAt={v.startAt} endAt={v.endAt} standardMinutes={duration}
                responsibleId={idOrNull(v.responsibleId)} employeeIds={v.employees.map((x) => x.id)} resourceIds={v.resources.map((x) => x.id)}
                onFound={(s, e) => { set('startAt', s); set('endAt', e); }} />
              <CheckField name="allDay" label={t('activity.allDay')} checked={v.allDay} onChange={(x) => set('allDay', x)} />
              <CheckField name="done" label={t('activity.done')} checked={v.done} onChange={(x) => set('done', x)} />
              <Field label={t('activity.alarmMinutes')} error={errors.alarmMinutes}>
                {(p) => <input {...p} data-field="alarmMinutes" type="number" min={0} step={5} className="num" value={v.alarmMinutes} onChange={(e) => set('alarmMinutes', e.target.value)} />}
              </Field>
            </div>
          </fieldset>
          <fieldset className="panel">
            <legend>{t('activities.section.classification')}</legend>
            <div className="grid-2">
              {sel('typeId', t('activity.type'), lk.types, changeType)}
              {sel('statusId', t('activity.status'), lk.statuses)}
              {sel('priority', t('activity.priority'), lk.priorities)}
              {sel('responsibleId', t('activity.responsible'), lk.employees)}
            </div>
          </fieldset>
          <fieldset className="panel">
            <legend>{t('activities.section.misc')}</legend>
            <div className="grid-2">
              <Field label={t('activity.color')} error={errors.color}>
                {(p) => (
                  <div className="color-row">
                    <input {...p} data-field="color" value={v.color} placeholder="#1f5fbf" onChange={(e) => set('color', e.target.value)} />
                    <span className="swatch" aria-hidden="true" style={{ background: /^#[0-9a-f]{6}$/i.test(v.color) ? v.color : 'transparent' }} />
                  </div>
                )}
              </Field>
              <CheckField name="showInTaskList" label={t('activity.showInTaskList')} checked={v.showInTaskList} onChange={(x) => set('showInTaskList', x)} />
              {text('custom1', t('activity.custom1'))}
              {text('custom2', t('activity.custom2'))}
              <Field label={t('activity.notes')} error={errors.notes} className="span-2">
                {(p) => <textarea {...p} data-field="notes" rows={4} value={v.notes} onChange={(e) => set('notes', e.target.value)} />}
              </Field>
            </div>
          </fieldset>
        </div>
        <div className="col">
          <div className="panel links">
            <h2 className="panel-title">{t('activities.section.links')}</h2>
            <Picker label={t('activity.contacts')} name="contacts" selected={v.contacts} onChange={(x) => set('contacts', x)} search={searchContacts} error={errors.contacts} />
            <Picker label={t('activity.contactPersons')} name="contactPersons" selected={v.contactPersons} onChange={(x) => set('contactPersons', x)} search={searchPersons} hint={t('activities.pickPersonsHint')} error={errors.contactPersons} />
            <Picker label={t('activity.employees')} name="employees" selected={employees} onChange={(x) => set('employees', x)} search={searchEmployees} error={errors.employees} />
            <Picker label={t('activity.resources')} name="resources" selected={resources} onChange={(x) => set('resources', x)} search={searchResources} error={errors.resources} />
          </div>
        </div>
      </form>
    </div>
  );
}
