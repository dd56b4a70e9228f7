/**
 * Settings for administrators: the registers (employees with role, account-manager flag and a
 * password to set; resources; activity types; statuses; priorities) and the company settings.
 * Each register is a list on the left and the chosen item's form on the right.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { NavLink, Navigate, Route, Routes } from 'react-router';
import { get, listAll, patch, post } from '../api';
import { useAuth } from '../auth';
import { useI18n } from '../i18n';
import { invalidateLookups, useLookups } from '../lookups';
import { CODE_PATHS, invalidateContactCodes } from '../contact-codes';
import { PageHead } from '../components/shell';
import { Banner, CheckField, Field, SavedNote, useForm } from '../components/form';
import type { MessageKey } from '../../i18n/index';
import { WorkingTimeSettings } from './working-time-settings';

type Kind = 'text' | 'number' | 'check' | 'select' | 'color' | 'password' | 'email';
type FieldDef = { key: string; label: MessageKey; kind: Kind; options?: { value: string; label: MessageKey }[]; hint?: MessageKey; list?: boolean };
type Register = { path: string; title: MessageKey; api: string; fields: FieldDef[]; inactiveKey: 'inactive' | 'active' };

const REGISTERS: Register[] = [
  { path: 'employees', title: 'settings.employees', api: '/api/employees', inactiveKey: 'active', fields: [
    { key: 'name', label: 'field.name', kind: 'text', list: true },
    { key: 'initials', label: 'employee.initials', kind: 'text', list: true },
    { key: 'email', label: 'employee.email', kind: 'email', list: true },
    { key: 'phone', label: 'employee.phone', kind: 'text' },
    { key: 'role', label: 'employee.role', kind: 'select', list: true, options: [{ value: 'user', label: 'employee.role.user' }, { value: 'admin', label: 'employee.role.admin' }] },
    { key: 'isAccountManager', label: 'employee.isAccountManager', kind: 'check', list: true },
    { key: 'active', label: 'field.active', kind: 'check', list: true },
    { key: 'password', label: 'employee.password', kind: 'password', hint: 'employee.passwordHint' },
  ] },
  { path: 'resources', title: 'settings.resources', api: '/api/resources', inactiveKey: 'inactive', fields: [
    { key: 'name', label: 'field.name', kind: 'text', list: true },
    { key: 'description', label: 'field.description', kind: 'text', list: true },
    { key: 'inactive', label: 'field.inactive', kind: 'check', list: true },
  ] },
  { path: 'activity-types', title: 'settings.activityTypes', api: '/api/activity-types', inactiveKey: 'inactive', fields: [
    { key: 'name', label: 'field.name', kind: 'text', list: true },
    { key: 'list', label: 'type.list', kind: 'select', list: true, options: [{ value: 'calendar', label: 'type.list.calendar' }, { value: 'taskList', label: 'type.list.taskList' }] },
    { key: 'color', label: 'type.color', kind: 'color', list: true },
    { key: 'defaultAlarmMinutes', label: 'type.defaultAlarmMinutes', kind: 'number', list: true },
    { key: 'defaultDurationMinutes', label: 'type.defaultDurationMinutes', kind: 'number', list: false },
    { key: 'showTimeAs', label: 'type.showTimeAs', kind: 'select', list: true, options: [{ value: 'free', label: 'type.showTimeAs.free' }, { value: 'busy', label: 'type.showTimeAs.busy' }, { value: 'out', label: 'type.showTimeAs.out' }] },
    { key: 'requiresResponsible', label: 'type.requiresResponsible', kind: 'check', list: true },
    { key: 'inactive', label: 'field.inactive', kind: 'check', list: true },
  ] },
  { path: 'statuses', title: 'settings.statuses', api: '/api/statuses', inactiveKey: 'inactive', fields: [
    { key: 'name', label: 'field.name', kind: 'text', list: true },
    { key: 'isDone', label: 'status.isDone', kind: 'check', list: true },
    { key: 'inactive', label: 'field.inactive', kind: 'check', list: true },
  ] },
  { path: 'priorities', title: 'settings.priorities', api: '/api/priorities', inactiveKey: 'inactive', fields: [
    { key: 'name', label: 'field.name', kind: 'text', list: true },
    { key: 'rank', label: 'priority.rank', kind: 'number', list: true },
    { key: 'inactive', label: 'field.inactive', kind: 'check', list: true },
  ] },
  // The contact code registers: a code and its label (the code is what contacts store).
  ...([
    ['categories', 'settings.categories', CODE_PATHS.category],
    ['lines-of-business', 'settings.linesOfBusiness', CODE_PATHS.lineOfBusiness],
    ['contact-statuses', 'settings.contactStatuses', CODE_PATHS.status],
    ['districts', 'settings.districts', CODE_PATHS.district],
  ] as const).map(([path, title, api]): Register => ({ path, title, api, inactiveKey: 'inactive', fields: [
    { key: 'code', label: 'field.code', kind: 'text', list: true, hint: 'code.hint' },
    { key: 'label', label: 'field.label', kind: 'text', list: true },
    { key: 'inactive', label: 'field.inactive', kind: 'check', list: true },
  ] })),
];

/** What names an item in lists and titles: its name, or for a code register its code. */
const titleOf = (it: Item) => String(it.name ?? it.code ?? '');

export function SettingsPage() {
  const { t } = useI18n();
  const { me } = useAuth();
  if (me?.role !== 'admin') return <div className="page"><Banner text={t('settings.adminOnly')} /></div>;
  return (
    <div className="page settings">
      <PageHead title={t('settings.title')} />
      <div className="settings-layout">
        <nav className="side-tabs" aria-label={t('settings.sections')}>
          {REGISTERS.map((r) => <NavLink key={r.path} to={`/settings/${r.path}`}>{t(r.title)}</NavLink>)}
          <NavLink to="/settings/company">{t('settings.company')}</NavLink>
          <NavLink to="/settings/working-time">{t('settings.workingTime')}</NavLink>
        </nav>
        <div className="settings-body">
          <Routes>
            <Route index element={<Navigate to="employees" replace />} />
            {REGISTERS.map((r) => <Route key={r.path} path={r.path} element={<RegisterEditor key={r.path} reg={r} />} />)}
            <Route path="company" element={<CompanySettings />} />
            <Route path="working-time" element={<WorkingTimeSettings />} />
          </Routes>
        </div>
      </div>
    </div>
  );
}

type Item = Record<string, unknown> & { id: number; name?: string };

function RegisterEditor({ reg }: { reg: Register }) {
  const { t } = useI18n();
  const [items, setItems] = useState<Item[]>([]);
  const [selected, setSelected] = useState<Item | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async (pick?: number) => {
    try {
      const rows = await listAll<Item>(reg.api, reg.inactiveKey === 'inactive' ? { includeInactive: true } : {});
      setItems(rows);
      if (pick !== undefined) setSelected(rows.find((r) => r.id === pick) ?? null);
      else setSelected((cur) => cur ?? rows[0] ?? 'new');
    } catch (e) { setError((e as Error).message); }
  }, [reg]);
  useEffect(() => { void load(); }, [load]);

  const cols = reg.fields.filter((f) => f.list);
  const show = (f: FieldDef, it: Item) => {
    const v = it[f.key];
    if (f.kind === 'check') return v ? '✓' : '';
    if (f.kind === 'select') { const o = f.options!.find((x) => x.value === v); return o ? t(o.label) : String(v ?? ''); }
    if (f.kind === 'color' && typeof v === 'string') return <span className="color-cell"><span className="swatch" style={{ background: v }} aria-hidden="true" />{v}</span>;
    return v == null ? '' : String(v);
  };
  const inactive = (it: Item) => (reg.inactiveKey === 'active' ? !it.active : !!it.inactive);

  return (
    <section className="register" aria-labelledby={`reg-${reg.path}`}>
      <div className="section-head">
        <h2 id={`reg-${reg.path}`}>{t(reg.title)} <span className="count">({items.length})</span></h2>
        <button type="button" className="btn-primary" onClick={() => setSelected('new')}>{t('settings.newItem')}</button>
      </div>
      <Banner text={error} />
      <div className="register-layout">
        <div className="table-box register-list">
          <table className="grid grid-auto" aria-label={t(reg.title)}>
            <thead><tr>{cols.map((c) => <th key={c.key} scope="col">{t(c.label)}</th>)}</tr></thead>
            <tbody>
              {items.map((it, i) => (
                <tr key={it.id} className={`${i % 2 ? 'odd' : 'even'}${inactive(it) ? ' inactive' : ''}${selected !== 'new' && selected?.id === it.id ? ' selected' : ''}`}>
                  {cols.map((c, ci) => (
                    <td key={c.key}>
                      {ci === 0 ? <button type="button" className="link-btn" aria-label={t('settings.editItem', { name: titleOf(it) })} onClick={() => setSelected(it)}>{titleOf(it)}</button> : show(c, it)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {selected && (
          <ItemForm key={selected === 'new' ? 'new' : selected.id} reg={reg} item={selected === 'new' ? null : selected}
            onSaved={(it) => { invalidateLookups(); invalidateContactCodes(); void load(it.id); }} />
        )}
      </div>
    </section>
  );
}

function initialValues(reg: Register, item: Item | null): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of reg.fields) {
    const v = item?.[f.key];
    if (f.kind === 'check') out[f.key] = item ? !!v : f.key === 'active';
    else if (f.kind === 'select') out[f.key] = (v as string) ?? f.options![0].value;
    else if (f.kind === 'password') out[f.key] = '';
    else out[f.key] = v == null ? '' : String(v);
  }
  return out;
}

function ItemForm({ reg, item, onSaved }: { reg: Register; item: Item | null; onSaved: (it: Item) => void }) {
  const { t } = useI18n();
  const f = useForm<Record<string, unknown>>(initialValues(reg, item));
  const [busy, setBusy] = useState(false);
  const formId = `form-${reg.path}`;

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const body: Record<string, unknown> = {};
    for (const fd of reg.fields) {
      const v = f.values[fd.key];
      if (fd.kind === 'password') { if (v) body[fd.key] = v; continue; }
      if (fd.kind === 'number') body[fd.key] = v === '' ? null : Number(v);
      else if (fd.kind === 'check' || fd.kind === 'select') body[fd.key] = v;
      else body[fd.key] = v === '' ? (fd.key === 'name' || fd.key === 'code' ? '' : null) : v;
    }
    setBusy(true);
    try {
      const saved = item ? await patch<Item>(`${reg.api}/${item.id}`, body) : await post<Item>(reg.api, body);
      f.ok();
      f.set('password', '');
      onSaved(saved);
    } catch (err) { f.fail(err, formId); } finally { setBusy(false); }
  };

  return (
    <form id={formId} className="panel item-form" onSubmit={save} noValidate aria-label={item ? t('settings.editItem', { name: titleOf(item) }) : t('settings.newTitle')}>
      <h3>{item ? titleOf(item) : t('settings.newTitle')}</h3>
      <Banner text={f.banner} />
      {reg.fields.map((fd) => {
        const v = f.values[fd.key];
        if (fd.kind === 'check') return <CheckField key={fd.key} name={fd.key} label={t(fd.label)} checked={!!v} onChange={(x) => f.set(fd.key, x)} />;
        return (
          <Field key={fd.key} label={t(fd.label)} error={f.errors[fd.key]} hint={fd.hint ? t(fd.hint) : undefined}>
            {(p) => fd.kind === 'select' ? (
              <select {...p} data-field={fd.key} value={String(v)} onChange={(e) => f.set(fd.key, e.target.value)}>
                {fd.options!.map((o) => <option key={o.value} value={o.value}>{t(o.label)}</option>)}
              </select>
            ) : (
              <input {...p} data-field={fd.key} value={String(v ?? '')}
                type={fd.kind === 'password' ? 'password' : fd.kind === 'number' ? 'number' : fd.kind === 'email' ? 'email' : 'text'}
                autoComplete={fd.kind === 'password' ? 'new-password' : undefined}
                placeholder={fd.kind === 'color' ? '#1f5fbf' : undefined}
                onChange={(e) => f.set(fd.key, e.target.value)} />
            )}
          </Field>
        );
      })}
      <div className="form-buttons">
        <SavedNote saved={f.saved} />
        <button type="submit" className="btn-primary" disabled={busy}>{t('action.save')}</button>
      </div>
    </form>
  );
}

type Company = { companyName: string; standardDurationMinutes: number; doneStatusId: number | null; endTimeOnDone: 'taskListOnly' | 'always' | 'never'; timeZone: string; publicUrl: string | null };

function CompanySettings() {
  const { t } = useI18n();
  const { statuses } = useLookups();
  const f = useForm({ companyName: '', standardDurationMinutes: '60', doneStatusId: '', endTimeOnDone: 'taskListOnly', timeZone: 'Europe/Stockholm', publicUrl: '' });
  const [busy, setBusy] = useState(false);
  const toValues = (c: Company) => ({ companyName: c.companyName, standardDurationMinutes: String(c.standardDurationMinutes), doneStatusId: c.doneStatusId == null ? '' : String(c.doneStatusId), endTimeOnDone: c.endTimeOnDone, timeZone: c.timeZone, publicUrl: c.publicUrl ?? '' });
  useEffect(() => { get<Company>('/api/settings').then((c) => f.setValues(toValues(c))).catch((e) => f.fail(e)); /* eslint-disable-next-line react-hooks/exhaustive-deps */ }, []);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const c = await patch<Company>('/api/settings', {
        companyName: f.values.companyName, standardDurationMinutes: Number(f.values.standardDurationMinutes),
        doneStatusId: f.values.doneStatusId ? Number(f.values.doneStatusId) : null, endTimeOnDone: f.values.endTimeOnDone,
        timeZone: f.values.timeZone.trim(), publicUrl: f.values.publicUrl.trim() || null,
      });
      f.setValues(toValues(c));
      f.ok();
    } catch (err) { f.fail(err, 'company-form'); } finally { setBusy(false); }
  };
  const { values: v, set, errors } = f;
  return (
    <section aria-labelledby="company-title">
      <div className="section-head"><h2 id="company-title">{t('settings.company')}</h2></div>
      <form id="company-form" className="panel item-form company-form" onSubmit={save} noValidate>
        <Banner text={f.banner} />
        <Field label={t('company.companyName')} error={errors.companyName}>
          {(p) => <input {...p} data-field="companyName" value={v.companyName} onChange={(e) => set('companyName', e.target.value)} />}
        </Field>
        <Field label={t('company.standardDurationMinutes')} error={errors.standardDurationMinutes}>
          {(p) => <input {...p} data-field="standardDurationMinutes" type="number" min={1} className="num" value={v.standardDurationMinutes} onChange={(e) => set('standardDurationMinutes', e.target.value)} />}
        </Field>
        <Field label={t('company.doneStatusId')} error={errors.doneStatusId}>
          {(p) => (
            <select {...p} data-field="doneStatusId" value={v.doneStatusId} onChange={(e) => set('doneStatusId', e.target.value)}>
              <option value="">{t('list.none')}</option>
              {statuses.filter((s) => s.isDone || String(s.id) === v.doneStatusId).map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('company.endTimeOnDone')} error={errors.endTimeOnDone}>
          {(p) => (
            <select {...p} data-field="endTimeOnDone" value={v.endTimeOnDone} onChange={(e) => set('endTimeOnDone', e.target.value)}>
              {(['taskListOnly', 'always', 'never'] as const).map((o) => <option key={o} value={o}>{t(`company.endTimeOnDone.${o}`)}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('company.timeZone')} error={errors.timeZone}>
          {(p) => <input {...p} data-field="timeZone" value={v.timeZone} onChange={(e) => set('timeZone', e.target.value)} />}
        </Field>
        <Field label={t('company.publicUrl')} error={errors.publicUrl} hint={t('company.publicUrlHint')}>
          {(p) => <input {...p} data-field="publicUrl" type="url" placeholder="https://" value={v.publicUrl} onChange={(e) => set('publicUrl', e.target.value)} />}
        </Field>
        <div className="form-buttons">
          <SavedNote saved={f.saved} />
          <button type="submit" className="btn-primary" disabled={busy}>{t('action.save')}</button>
        </div>
      </form>
    </section>
  );
}
