/**
 * The contact card: every field of a contact (create and edit), inactivate, and below it the
 * contact's persons (add, edit, inactivate) and its activities. A server error is shown beside
 * the field it names and the form keeps what was typed.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { get, patch, post, qs, type Page } from '../api';
import { useI18n } from '../i18n';
import { useLookups } from '../lookups';
import { codeText, useContactCodes } from '../contact-codes';
import type { CodeField } from '../../domain/model/contact-codes';
import { PageHead } from '../components/shell';
import { UnsavedChangesGuard } from '../components/unsaved-changes-guard';
import { Banner, CheckField, Field, SavedNote, parseNumber, textOrNull, useForm } from '../components/form';
import { CONTACT_TYPE_NAMES, type ContactRow, type ContactTypeName } from './contact-types';
import { ContactPersons } from './contact-persons';
import { ActivityTable, type ActivityRow } from './activity-table';

type Values = {
  name: string; orgNumber: string; types: ContactTypeName[]; category: string; lineOfBusiness: string; status: string; district: string;
  postalAddress: string; postalCode: string; city: string; country: string; phone: string; email: string; web: string;
  accountManagerId: string; turnover: string; employeeCount: string; custom1: string; custom2: string; notes: string; inactive: boolean;
};
const TEXT = ['name', 'orgNumber', 'category', 'lineOfBusiness', 'status', 'district', 'postalAddress', 'postalCode', 'city', 'country', 'phone', 'email', 'web', 'custom1', 'custom2', 'notes'] as const;

const empty: Values = {
  name: '', orgNumber: '', types: ['customer'], category: '', lineOfBusiness: '', status: '', district: '', postalAddress: '', postalCode: '',
  city: '', country: '', phone: '', email: '', web: '', accountManagerId: '', turnover: '', employeeCount: '', custom1: '', custom2: '', notes: '', inactive: false,
};

export function ContactCardPage() {
  const { id } = useParams();
  const isNew = id === 'new';
  const { t, locale, n } = useI18n();
  const navigate = useNavigate();
  const { employees } = useLookups();
  const codes = useContactCodes();
  const [contact, setContact] = useState<ContactRow | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const f = useForm<Values>(empty);
  const { values: v, set, errors } = f;

  const toValues = useCallback((c: ContactRow): Values => ({
    ...empty,
    ...Object.fromEntries(TEXT.map((k) => [k, c[k] ?? ''])),
    types: c.types, accountManagerId: c.accountManagerId == null ? '' : String(c.accountManagerId),
    turnover: c.turnover == null ? '' : n(c.turnover, { useGrouping: false, maximumFractionDigits: 2 }),
    employeeCount: c.employeeCount == null ? '' : String(c.employeeCount), inactive: c.inactive,
  } as Values), [n]);

  useEffect(() => {
    if (isNew) return;
    get<ContactRow>(`/api/contacts/${id}`).then((c) => { setContact(c); f.load(toValues(c)); })
      .catch((e) => setLoadError((e as Error).message));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, isNew]);

  const body = () => {
    const out: Record<string, unknown> = {};
    for (const k of TEXT) out[k] = k === 'name' ? v.name : textOrNull(v[k]);
    out.types = v.types;
    out.accountManagerId = v.accountManagerId ? Number(v.accountManagerId) : null;
    const turnover = parseNumber(v.turnover);
    const count = parseNumber(v.employeeCount);
    out.turnover = turnover;
    out.employeeCount = count;
    out.inactive = v.inactive;
    return out;
  };

  const save = async (e?: FormEvent) => {
    e?.preventDefault();
    const b = body();
    // Numbers are checked here in the user's own format; the server checks the rest.
    if (Number.isNaN(b.turnover)) { f.setErrors({ turnover: locale === 'sv' ? 'Ange ett tal, t.ex. 1 250 000,50' : 'Enter a number, e.g. 1,250,000.50' }); return; }
    if (Number.isNaN(b.employeeCount)) { f.setErrors({ employeeCount: locale === 'sv' ? 'Ange ett heltal' : 'Enter a whole number' }); return; }
    setBusy(true);
    try {
      if (isNew) {
        const c = await post<ContactRow>('/api/contacts', b);
        f.ok();
        navigate(`/contacts/${c.id}`, { replace: true });
      } else {
        const c = await patch<ContactRow>(`/api/contacts/${id}`, b);
        setContact(c);
        f.reset(toValues(c));
        f.ok();
      }
    } catch (err) {
      f.fail(err, 'contact-form');
    } finally {
      setBusy(false);
    }
  };

  const toggleInactive = async () => {
    setBusy(true);
    try {
      const c = await patch<ContactRow>(`/api/contacts/${id}`, { inactive: !contact!.inactive });
      setContact(c);
      set('inactive', c.inactive);
      f.ok();
    } catch (err) { f.fail(err, 'contact-form'); } finally { setBusy(false); }
  };

  if (loadError) return <div className="page"><Banner text={t('error.generic', { message: loadError })} /></div>;
  if (!isNew && !contact) return <div className="page"><p className="muted">{t('list.loading')}</p></div>;

  const text = (k: (typeof TEXT)[number], label: string, opts: { type?: string; wide?: boolean } = {}) => (
    <Field label={label} error={errors[k]} className={opts.wide ? 'span-2' : undefined}>
      {(p) => <input {...p} data-field={k} type={opts.type ?? 'text'} value={v[k]} onChange={(e) => set(k, e.target.value)} />}
    </Field>
  );

  // Codes come from the registers; a code the contact carries stays selectable even when it is
  // inactive or (data from before the registers) missing, so saving never changes it silently.
  const codeSelect = (k: CodeField, label: string) => {
    const current = v[k];
    const list = codes[k];
    const known = list.find((c) => c.code.toLowerCase() === current.toLowerCase());
    return (
      <Field label={label} error={errors[k]}>
        {(p) => (
          <select {...p} data-field={k} value={known ? known.code : current} onChange={(e) => set(k, e.target.value)}>
            <option value="">{t('list.none')}</option>
            {current && !known && <option value={current}>{t('code.unknown', { code: current })}</option>}
            {list.filter((c) => !c.inactive || c === known).map((c) => (
              <option key={c.id} value={c.code}>{c.inactive ? t('code.inactive', { label: codeText(c) }) : codeText(c)}</option>
            ))}
          </select>
        )}
      </Field>
    );
  };

  const title = isNew ? t('contacts.new') : `${contact!.number} ${contact!.name}`;
  return (
    <div className="page">
      <UnsavedChangesGuard isDirty={f.isDirty} />
      <nav className="crumbs" aria-label={t('action.back')}><Link to="/contacts">← {t('contacts.title')}</Link></nav>
      <PageHead title={title}>
        {contact?.inactive && <span className="badge">{t('contacts.inactiveBadge')}</span>}
        <SavedNote saved={f.saved} />
        {!isNew && (
          <button type="button" onClick={toggleInactive} disabled={busy}>{contact!.inactive ? t('action.activate') : t('action.inactivate')}</button>
        )}
        <button type="submit" form="contact-form" className="btn-primary" disabled={busy}>{t('action.save')}</button>
      </PageHead>
      <Banner text={f.banner} />
      {Object.keys(errors).length > 0 && <Banner text={t('form.error')} />}
      <form id="contact-form" className="card-form card-form-3" onSubmit={save} noValidate aria-label={t('contacts.card')}>
        <fieldset className="panel">
          <legend>{t('contacts.section.basic')}</legend>
          <div className="grid-2">
            <Field label={t('contact.number')}>{(p) => <input {...p} value={contact?.number ?? ''} readOnly disabled />}</Field>
            {text('name', `${t('contact.name')} *`)}
            <fieldset className="field span-2 inline-checks">
              <legend>{t('contact.types')}</legend>
              {CONTACT_TYPE_NAMES.map((ty) => (
                <CheckField key={ty} name={ty === 'customer' ? 'types' : undefined} label={t(`contact.type.${ty}`)} checked={v.types.includes(ty)}
                  onChange={(on) => set('types', on ? [...v.types, ty] : v.types.filter((x) => x !== ty))} />
              ))}
              {errors.types && <small className="field-error" role="alert">{errors.types}</small>}
            </fieldset>
            {codeSelect('category', t('contact.category'))}
            {codeSelect('lineOfBusiness', t('contact.lineOfBusiness'))}
            {codeSelect('status', t('contact.status'))}
            {codeSelect('district', t('contact.district'))}
            {text('orgNumber', t('contact.orgNumber'))}
          </div>
        </fieldset>
        <div className="col">
        <fieldset className="panel">
          <legend>{t('contacts.section.address')}</legend>
          <div className="grid-2">
            {text('postalAddress', t('contact.postalAddress'), { wide: true })}
            {text('postalCode', t('contact.postalCode'))}
            {text('city', t('contact.city'))}
            {text('country', t('contact.country'))}
          </div>
        </fieldset>
        <fieldset className="panel">
          <legend>{t('contacts.section.communication')}</legend>
          <div className="grid-2">
            {text('phone', t('contact.phone'), { type: 'tel' })}
            {text('email', t('contact.email'), { type: 'email' })}
            {text('web', t('contact.web'), { wide: true })}
          </div>
        </fieldset>
        </div>
        <fieldset className="panel">
          <legend>{t('contacts.section.other')}</legend>
          <div className="grid-2">
            <Field label={t('contact.accountManager')} error={errors.accountManagerId}>
              {(p) => (
                <select {...p} data-field="accountManagerId" value={v.accountManagerId} onChange={(e) => set('accountManagerId', e.target.value)}>
                  <option value="">{t('list.none')}</option>
                  {employees.filter((e) => e.active || String(e.id) === v.accountManagerId).map((e) => <option key={e.id} value={e.id}>{e.name}</option>)}
                </select>
              )}
            </Field>
            <Field label={t('contact.turnover')} error={errors.turnover}>
              {(p) => <input {...p} data-field="turnover" inputMode="decimal" className="num" value={v.turnover} onChange={(e) => set('turnover', e.target.value)} />}
            </Field>
            <Field label={t('contact.employeeCount')} error={errors.employeeCount}>
              {(p) => <input {...p} data-field="employeeCount" inputMode="numeric" className="num" value={v.employeeCount} onChange={(e) => set('employeeCount', e.target.value)} />}
            </Field>
            {text('custom1', t('contact.custom1'))}
            {text('custom2', t('contact.custom2'))}
            <Field label={t('contact.notes')} error={errors.notes} className="span-2">
              {(p) => <textarea {...p} data-field="notes" rows={3} value={v.notes} onChange={(e) => set('notes', e.target.value)} />}
            </Field>
          </div>
        </fieldset>
      </form>
      {!isNew && contact && (
        <>
          <ContactPersons contactId={contact.id} />
          <ContactActivities contactId={contact.id} />
        </>
      )}
    </div>
  );
}

function ContactActivities({ contactId }: { contactId: number }) {
  const { t } = useI18n();
  const [rows, setRows] = useState<ActivityRow[] | null>(null);
  const load = useCallback(() => {
    get<Page<ActivityRow>>(`/api/activities${qs({ contactId, expand: 'names', limit: 200, sort: 'startAt', dir: 'desc' })}`)
      .then((p) => setRows(p.items)).catch(() => setRows([]));
  }, [contactId]);
  useEffect(load, [load]);
  return (
    <section className="panel section" aria-labelledby="ca-title">
      <div className="section-head">
        <h2 id="ca-title">{t('contacts.activities')} {rows && <span className="count">({rows.length})</span>}</h2>
        <Link className="btn" to={`/activities/new?contactId=${contactId}`}>{t('contacts.newActivity')}</Link>
      </div>
      {rows && rows.length === 0 ? <p className="muted">{t('contacts.noActivities')}</p> : rows && <ActivityTable rows={rows} onChanged={load} compact />}
    </section>
  );
}
