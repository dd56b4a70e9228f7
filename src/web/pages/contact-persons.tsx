/**
 * A contact's persons on its card: a table, and a dialog to add or edit one. Inactivating keeps
 * the person (activities may link it); inactive persons are shown greyed.
 */
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { get, patch, post, type Page } from '../api';
import { useI18n } from '../i18n';
import { Banner, CheckField, Field, textOrNull, useForm } from '../components/form';
import { personName, type PersonRow } from './contact-types';

type Values = { firstName: string; lastName: string; title: string; phone: string; mobile: string; email: string; isPrimary: boolean };
const TEXT = ['firstName', 'lastName', 'title', 'phone', 'mobile', 'email'] as const;
const blank: Values = { firstName: '', lastName: '', title: '', phone: '', mobile: '', email: '', isPrimary: false };

export function ContactPersons({ contactId }: { contactId: number }) {
  const { t } = useI18n();
  const [rows, setRows] = useState<PersonRow[] | null>(null);
  const [editing, setEditing] = useState<PersonRow | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    get<Page<PersonRow>>(`/api/contacts/${contactId}/persons?includeInactive=true&limit=1000`).then((p) => setRows(p.items)).catch((e) => setError((e as Error).message));
  }, [contactId]);
  useEffect(load, [load]);

  const toggle = async (p: PersonRow) => {
    try { await patch(`/api/contact-persons/${p.id}`, { inactive: !p.inactive }); load(); } catch (e) { setError((e as Error).message); }
  };

  return (
    <section className="panel section" aria-labelledby="cp-title">
      <div className="section-head">
        <h2 id="cp-title">{t('contacts.persons')} {rows && <span className="count">({rows.length})</span>}</h2>
        <button type="button" onClick={() => setEditing('new')}>{t('contacts.newPerson')}</button>
      </div>
      <Banner text={error} />
      {rows && rows.length === 0 && <p className="muted">{t('contacts.noPersons')}</p>}
      {rows && rows.length > 0 && (
        <div className="table-box">
          <table className="grid">
            <thead>
              <tr>
                <th scope="col">{t('person.name')}</th><th scope="col">{t('person.title')}</th><th scope="col">{t('person.phone')}</th>
                <th scope="col">{t('person.mobile')}</th><th scope="col">{t('person.email')}</th><th scope="col">{t('person.isPrimary')}</th>
                <th scope="col"><span className="visually-hidden">{t('action.edit')}</span></th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p, i) => (
                <tr key={p.id} className={`${i % 2 ? 'odd' : 'even'}${p.inactive ? ' inactive' : ''}`}>
                  <td>{personName(p)}{p.inactive && <span className="badge small">{t('person.inactive')}</span>}</td>
                  <td>{p.title}</td><td>{p.phone}</td><td>{p.mobile}</td><td>{p.email}</td>
                  <td>{p.isPrimary ? t('form.yes') : ''}</td>
                  <td className="row-actions">
                    <button type="button" className="btn-small" onClick={() => setEditing(p)} aria-label={`${t('action.edit')} ${personName(p)}`}>{t('action.edit')}</button>
                    <button type="button" className="btn-small" onClick={() => void toggle(p)} aria-label={`${p.inactive ? t('action.activate') : t('action.inactivate')} ${personName(p)}`}>
                      {p.inactive ? t('action.activate') : t('action.inactivate')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing && <PersonDialog contactId={contactId} person={editing === 'new' ? null : editing} onClose={(changed) => { setEditing(null); if (changed) load(); }} />}
    </section>
  );
}

function PersonDialog({ contactId, person, onClose }: { contactId: number; person: PersonRow | null; onClose: (changed: boolean) => void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const f = useForm<Values>(person ? { ...blank, ...Object.fromEntries(TEXT.map((k) => [k, person[k] ?? ''])), isPrimary: person.isPrimary } as Values : blank);
  const [busy, setBusy] = useState(false);
  useEffect(() => { ref.current?.showModal(); }, []);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const body: Record<string, unknown> = { isPrimary: f.values.isPrimary };
    for (const k of TEXT) body[k] = textOrNull(f.values[k]);
    setBusy(true);
    try {
      if (person) await patch(`/api/contact-persons/${person.id}`, body);
      else await post(`/api/contacts/${contactId}/persons`, body);
      onClose(true);
    } catch (err) { f.fail(err, 'person-form'); } finally { setBusy(false); }
  };

  const title = person ? t('contacts.editPerson') : t('contacts.newPerson');
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="pd-title" onCancel={(e) => { e.preventDefault(); onClose(false); }}>
      <form id="person-form" onSubmit={save} noValidate>
        <h2 id="pd-title">{title}</h2>
        <Banner text={f.banner} />
        <div className="grid-2">
          {TEXT.map((k) => (
            <Field key={k} label={t(`person.${k}`)} error={f.errors[k]}>
              {(p) => <input {...p} data-field={k} type={k === 'email' ? 'email' : 'text'} value={f.values[k]} onChange={(e) => f.set(k, e.target.value)} />}
            </Field>
          ))}
          <CheckField name="isPrimary" label={t('person.isPrimary')} checked={f.values.isPrimary} onChange={(x) => f.set('isPrimary', x)} />
        </div>
        <div className="dialog-buttons">
          <button type="button" onClick={() => onClose(false)}>{t('action.cancel')}</button>
          <button type="submit" className="btn-primary" disabled={busy}>{t('action.save')}</button>
        </div>
      </form>
    </dialog>
  );
}
