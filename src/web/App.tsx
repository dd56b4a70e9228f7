/**
 * The app shell: login gate, navigation and the routes of each area. Areas add their route here
 * (one line each, inside the shell route) and keep their pages in their own folder.
 */
import { Navigate, Route, Routes } from 'react-router';
import { AuthProvider, RequireAuth } from './auth';
import { Shell } from './components/shell';
import { LoginPage } from './pages/login-page';
import { ContactsListPage } from './pages/contacts-list-page';
import { ContactCardPage } from './pages/contact-card-page';
import { ActivitiesListPage } from './pages/activities-list-page';
import { ActivityCardPage } from './pages/activity-card-page';
import { SettingsPage } from './pages/settings-page';
import { WizardRoutes } from './wizard/wizard-routes';
import { ChangeValuesRoutes } from './change-values/change-values-routes';
import { AccountPage } from './account/account-page';
import { CalendarPage } from './calendar/calendar-page';
import { TaskListPage } from './tasks/task-list-page';
import { CommonCalendarPage } from './calendar/common-calendar-page';
import { ImportPage } from './import/import-page';

export function App() {
  return (
    <AuthProvider>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route element={<RequireAuth><Shell /></RequireAuth>}>
          <Route index element={<Navigate to="/contacts" replace />} />
          <Route path="/contacts" element={<ContactsListPage />} />
          <Route path="/contacts/:id" element={<ContactCardPage />} />
          <Route path="/activities" element={<ActivitiesListPage />} />
          <Route path="/activities/:id" element={<ActivityCardPage />} />
          <Route path="/settings/*" element={<SettingsPage />} />
          {/* Area routes, one line each: */}
          <Route path="/group-activities/*" element={<WizardRoutes />} />
          <Route path="/change-values/*" element={<ChangeValuesRoutes />} />
          <Route path="/account" element={<AccountPage />} />
          <Route path="/calendar" element={<CalendarPage />} />
          <Route path="/tasks" element={<TaskListPage />} />
          <Route path="/common-calendar" element={<CommonCalendarPage />} />
          <Route path="/import" element={<ImportPage />} />
          <Route path="*" element={<Navigate to="/contacts" replace />} />
        </Route>
      </Routes>
    </AuthProvider>
  );
}
