/**
 * Who is logged in. Reads /api/auth/me once; any 401 from the API (see api.ts) drops the session
 * and sends the user to the login page, which brings them back to where they were.
 */
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { get, post } from './api';

export type Me = { id: number; name: string; email: string | null; role: 'admin' | 'user'; isAccountManager: boolean };

type Auth = { me: Me | null; loading: boolean; setMe: (m: Me | null) => void; logout: () => Promise<void> };
const Ctx = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);
  const navigate = useNavigate();

  useEffect(() => {
    get<{ employee: Me }>('/api/auth/me')
      .then((r) => setMe(r.employee))
      .catch(() => setMe(null))
      .finally(() => setLoading(false));
  }, []);

  useEffect(() => {
    const onUnauth = () => {
      setMe(null);
      const here = window.location.pathname + window.location.search;
      if (!window.location.pathname.startsWith('/login')) navigate(`/login?next=${encodeURIComponent(here)}`, { replace: true });
    };
    window.addEventListener('kontakta:unauthenticated', onUnauth);
    return () => window.removeEventListener('kontakta:unauthenticated', onUnauth);
  }, [navigate]);

  const logout = useCallback(async () => {
    try { await post('/api/auth/logout'); } finally { setMe(null); navigate('/login', { replace: true }); }
  }, [navigate]);

  return <Ctx.Provider value={{ me, loading, setMe, logout }}>{children}</Ctx.Provider>;
}

export function useAuth(): Auth {
  const v = useContext(Ctx);
  if (!v) throw new Error('useAuth outside AuthProvider');
  return v;
}

/** Renders its children only for a logged-in user; otherwise goes to login and comes back. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { me, loading } = useAuth();
  const loc = useLocation();
  if (loading) return null;
  if (!me) return <Navigate to={`/login?next=${encodeURIComponent(loc.pathname + loc.search)}`} replace />;
  return <>{children}</>;
}
