/**
 * Who may see and change a saved selection: its owner, and administrators, see and change it;
 * everyone else sees it only when it is shared with everyone, and may then use it but not change
 * or delete it. One rule for the API and the web app's buttons.
 */
export type SelectionViewer = { employeeId: number; role: 'admin' | 'user' };
export type OwnedSelection = { createdBy: number | null; shared: boolean };

export function maySeeSavedSelection(viewer: SelectionViewer, s: OwnedSelection): boolean {
  return s.shared || viewer.role === 'admin' || s.createdBy === viewer.employeeId;
}

export function mayChangeSavedSelection(viewer: SelectionViewer, s: OwnedSelection): boolean {
  return viewer.role === 'admin' || s.createdBy === viewer.employeeId;
}
