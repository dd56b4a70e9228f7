/**
 * "Mitt konto": change the password (which ends the user's other sessions and API tokens) and see
 * the sessions and API tokens — where one is logged in, which script tokens exist, when each was
 * last used — and end one. Administrators also see everybody's.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { ApiError, del, get, post, qs, type Page } from '../api';
import { useAuth } from '../auth';
import { useI18n } from '../i18n';
import { PageHead } from '../components/shell';
import { Banner, Field, useForm } from '../components/form';
import './account.css';

type Token = {
  id: number; kind: 'session' | 'api'; employeeId: number; employeeName: string; name: string | null;
  createdAt: string; expiresAt: string | null; lastUsedAt: string | null; current: boolean;
};

export function AccountPage() {
  const { t } = useI18n();
  return (
    <div className="page account">
      <PageHead title={t('account.title')} />
      <PasswordForm />
      <TokenList />
    </div>
  );
}

function PasswordForm() {
  const { t } = useI18n();
  const f = useForm({ currentPassword: '', newPassword: '', repeat: '' });
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    if (f.values.newPassword !== f.values.repeat) { f.setErrors({ repeat: t('account.passwordsDiffer') }); return; }
    setBusy(true);
    try {
      await post('/api/auth/password', { currentPassword: f.values.currentPassword, newPassword: f.values.newPassword });
      f.reset({ currentPassword: '', newPassword: '', repeat: '' });
      f.ok();
      setDone(true);
      window.dispatchEvent(new Event('kontakta:tokens-changed'));
    } catch (err) {
      f.fail(err, 'account-password');
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="register" aria-labelledby="account-password-title">
      <h2 id="account-password-title">{t('account.password')}</h2>
      <form id="account-password" className="account-form" onSubmit={submit} noValidate>
        <Banner text={f.banner} />
        {done && <Banner kind="ok" text={t('account.passwordChanged')} />}
        <Field label={t('account.currentPassword')} error={f.errors.currentPassword}>
          {(p) => <input {...p} data-field="currentPassword" type="password" autoComplete="current-password" value={f.values.currentPassword} onChange={(e) => f.set('currentPassword', e.target.value)} />}
        </Field>
        <Field label={t('account.newPassword')} error={f.errors.newPassword} hint={t('account.passwordHint')}>
          {(p) => <input {...p} data-field="newPassword" type="password" autoComplete="new-password" value={f.values.newPassword} onChange={(e) => f.set('newPassword', e.target.value)} />}
        </Field>
        <Field label={t('account.repeatPassword')} error={f.errors.repeat}>
          {(p) => <input {...p} data-field="repeat" type="password" autoComplete="new-password" value={f.values.repeat} onChange={(e) => f.set('repeat', e.target.value)} />}
        </Field>
        <div><button type="submit" className="btn-primary" disabled={busy || !f.values.currentPassword || !f.values.newPassword}>{t('account.changePassword')}</button></div>
      </form>
    </section>
  );
}

/** "API-nyckel" stays as it is inside a sentence, "Inloggning" becomes "inloggning". */
const inSentence = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

function TokenList() {
  const { t, dt } = useI18n();
  const { me } = useAuth();
  const admin = me?.role === 'admin';
  const [items, setItems] = useState<Token[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      const out: Token[] = [];
      let cursor: string | undefined;
      do {
        const r = await get<Page<Token>>('/api/auth/tokens' + qs({ limit: 1000, cursor }));
        out.push(...r.items);
        cursor = r.nextCursor ?? undefined;
      } while (cursor);
      setItems(out);
    } catch (e) { setError((e as Error).message); }
  }, []);
  useEffect(() => {
    void load();
    const again = () => void load();
    window.addEventListener('kontakta:tokens-changed', again);
    return () => window.removeEventListener('kontakta:tokens-changed', again);
  }, [load]);

  const kindName = (k: Token['kind']) => t(k === 'api' ? 'account.kind.api' : 'account.kind.session');
  const revoke = async (tok: Token) => {
    setError(null);
    try {
      await del(`/api/auth/tokens/${tok.id}`);
      setNote(t('account.revoked', { kind: kindName(tok.kind), id: String(tok.id) }));
      await load();
    } catch (e) { setError(e instanceof ApiError ? e.message : String(e)); }
  };

  return (
    <section className="register" aria-labelledby="account-tokens-title">
      <h2 id="account-tokens-title">{t(admin ? 'account.allSessions' : 'account.sessions')}</h2>
      <p className="muted">{t('account.sessionsIntro')} {t('account.apiHint')}</p>
      <Banner text={error} />
      {note && <Banner kind="ok" text={note} />}
      {items && items.length === 0 && <p>{t('account.none')}</p>}
      {items && items.length > 0 && (
        <div className="table-box">
          <table className="grid grid-auto" aria-label={t('account.sessions')}>
            <thead><tr>
              <th scope="col">{t('account.kind')}</th>
              {admin && <th scope="col">{t('account.employee')}</th>}
              <th scope="col">{t('account.name')}</th>
              <th scope="col">{t('account.created')}</th>
              <th scope="col">{t('account.lastUsed')}</th>
              <th scope="col">{t('account.expires')}</th>
              <th scope="col"><span className="visually-hidden">{t('account.revoke')}</span></th>
            </tr></thead>
            <tbody>
              {items.map((tok, i) => (
                <tr key={tok.id} className={i % 2 ? 'odd' : 'even'}>
                  <td>{kindName(tok.kind)}{tok.current && <strong> ({t('account.thisOne')})</strong>}</td>
                  {admin && <td>{tok.employeeName}</td>}
                  <td>{tok.name ?? ''}</td>
                  <td>{dt(tok.createdAt)}</td>
                  <td>{tok.lastUsedAt ? dt(tok.lastUsedAt) : t('account.never')}</td>
                  <td>{tok.expiresAt ? dt(tok.expiresAt) : t('account.never')}</td>
                  <td>
                    {!tok.current && (
                      <button type="button" className="btn-quiet" aria-label={t('account.revokeLabel', { kind: inSentence(kindName(tok.kind)), id: String(tok.id) })} onClick={() => void revoke(tok)}>
                        {t('account.revoke')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
