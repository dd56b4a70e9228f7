/** The login page: e-mail and password, then back to the page the user was sent away from. */
import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError, post } from '../api';
import { useAuth, type Me } from '../auth';
import { useI18n } from '../i18n';
import type { Locale } from '../../i18n/index';

export function LoginPage() {
  const { t, locale, setLocale } = useI18n();
  const { me, setMe } = useAuth();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = params.get('next');
  const target = next && next.startsWith('/') && !next.startsWith('//') ? next : '/contacts';
  if (me) return <Navigate to={target} replace />;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const r = await post<{ employee: Me }>('/api/auth/login', { email, password });
      setMe(r.employee);
      navigate(target, { replace: true });
    } catch (err) {
      // 429: locked after failed attempts; the server's message (in the UI's language) says for how long.
      setError(err instanceof ApiError && (err.status === 401 || err.status === 400) ? t('login.failed')
        : err instanceof ApiError && err.status === 429 ? `${err.message}.` : t('error.generic', { message: String((err as Error).message) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="login-wrap" id="main">
      <form className="login-card" onSubmit={submit} aria-labelledby="login-title">
        <div className="login-brand">{t('app.name')}</div>
        <h1 id="login-title">{t('login.title')}</h1>
        <p className="muted">{t('login.intro')}</p>
        <div className="field">
          <label htmlFor="login-email">{t('login.email')}</label>
          <input id="login-email" type="email" autoComplete="username" required autoFocus value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="login-password">{t('login.password')}</label>
          <input id="login-password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} aria-describedby={error ? 'login-error' : undefined} />
        </div>
        {error && <p id="login-error" className="field-error" role="alert">{error}</p>}
        <button type="submit" className="btn-primary btn-wide" disabled={busy}>{t('login.submit')}</button>
        <div className="login-lang">
          <label htmlFor="login-lang">{t('language')}</label>
          <select id="login-lang" value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
            <option value="sv">Svenska</option>
            <option value="en">English</option>
          </select>
        </div>
      </form>
    </main>
  );
}
