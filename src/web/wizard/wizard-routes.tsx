/** The wizard's routes under /group-activities/*: the draft list, a new draft, a draft's step. */
import { Route, Routes } from 'react-router';
import { DraftList } from './draft-list';
import { WizardPage } from './wizard-page';
import '../shared/wizard.css';

export function WizardRoutes() {
  return (
    <Routes>
      <Route index element={<DraftList />} />
      <Route path=":id/:step" element={<WizardPage />} />
      <Route path=":id" element={<WizardPage />} />
    </Routes>
  );
}
