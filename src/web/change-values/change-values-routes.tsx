/**
 * The change-values wizard's routes under /change-values: the introduction before a draft exists,
 * and a draft's step (/change-values/:id/:step).
 */
import { Route, Routes, useParams } from 'react-router';
import { ChangePage } from './change-page';
import { NewChange } from './new-change';
import '../shared/wizard.css';
import './change-values.css';

function ChangeStep() {
  const params = useParams();
  const id = Number(params.id);
  if (!Number.isInteger(id) || id < 1) return <NewChange />;
  const step = Math.min(7, Math.max(1, Number(params.step) || 1));
  return <ChangePage key={id} id={id} step={step} />;
}

export function ChangeValuesRoutes() {
  return (
    <Routes>
      <Route index element={<NewChange />} />
      <Route path=":id/:step" element={<ChangeStep />} />
      <Route path=":id" element={<ChangeStep />} />
    </Routes>
  );
}
