import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { App } from './App';
import { I18nProvider } from './i18n';
import './styles/app.css';
import './styles/narrow.css';

// A data router (rather than <BrowserRouter>) so that a page with unsaved edits can hold a
// navigation — a link, the browser's Back — and ask first (`useBlocker`). The app keeps its
// routes in <Routes> under one catch-all route.
const router = createBrowserRouter([{ path: '*', element: <App /> }]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <RouterProvider router={router} />
    </I18nProvider>
  </StrictMode>,
);
