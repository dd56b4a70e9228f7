/**
 * The app shell: login gate, navigation and the routes of each area. Areas add their route here
 * (one line each) and keep their pages in their own folder.
 */
import { Route, Routes } from 'react-router';
import { useI18n } from './i18n';

export function App() {
  const { t } = useI18n();
  return (
    <Routes>
      <Route path="*" element={<main><h1>{t('app.name')}</h1></main>} />
    </Routes>
  );
}
