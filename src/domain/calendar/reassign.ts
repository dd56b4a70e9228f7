/**
 * Dropping an activity on another row of the common calendar: which people or resources change.
 * From the responsible's row to another person: that person becomes the responsible (and is no
 * longer also a linked employee). From a linked employee's row: the linked employee is swapped
 * for the other person (or just dropped, when that person is already on the activity). Between
 * resources: the resource is swapped. A person and a resource are not interchangeable.
 */
export type CalendarRow = { kind: 'employee' | 'resource'; id: number };
export type Links = { responsibleId: number | null; employeeIds: number[]; resourceIds: number[] };

export type Reassignment = { change: Partial<Links> } | 'same' | 'refused';

export function reassign(item: Links, from: CalendarRow, to: CalendarRow): Reassignment {
  if (from.kind === to.kind && from.id === to.id) return 'same';
  if (from.kind !== to.kind) return 'refused';
  if (to.kind === 'resource') {
    const resourceIds = [...new Set(item.resourceIds.map((r) => (r === from.id ? to.id : r)))];
    return { change: { resourceIds } };
  }
  if (item.responsibleId === from.id) {
    const employeeIds = item.employeeIds.filter((e) => e !== to.id);
    return { change: employeeIds.length !== item.employeeIds.length ? { responsibleId: to.id, employeeIds } : { responsibleId: to.id } };
  }
  const already = item.responsibleId === to.id || item.employeeIds.includes(to.id);
  const employeeIds = already ? item.employeeIds.filter((e) => e !== from.id) : item.employeeIds.map((e) => (e === from.id ? to.id : e));
  return { change: { employeeIds } };
}
