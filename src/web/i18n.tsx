/** The chosen language for the web UI: from the browser first, switchable, remembered locally. */
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { setApiLanguage } from './api';
import { formatDate, formatDateTime, formatNumber, pickLocale, translate, type Locale, type MessageKey } from '../i18n/index';

type I18n = {
  locale: Locale;
  setLocale: (l: Locale) => void;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  n: (v: number, opts?: Intl.NumberFormatOptions) => string;
  dt: (iso: string | null | undefined) => string;
  d: (iso: string | null | undefined) => string;
};

const Ctx = createContext<I18n | null>(null);
const STORAGE_KEY = 'kontakta.locale';

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const saved = localStorage.getItem(STORAGE_KEY);
    return saved === 'sv' || saved === 'en' ? saved : pickLocale(navigator.languages);
  });
  const value = useMemo<I18n>(() => ({
    locale,
    setLocale: (l) => { localStorage.setItem(STORAGE_KEY, l); document.documentElement.lang = l; setLocaleState(l); },
    t: (key, params) => translate(locale, key, params),
    n: (v, opts) => formatNumber(locale, v, opts),
    dt: (iso) => formatDateTime(locale, iso),
    d: (iso) => formatDate(locale, iso),
  }), [locale]);
  document.documentElement.lang = locale;
  // The server answers its error messages in the language the UI shows.
  setApiLanguage(locale);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(Ctx);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}
