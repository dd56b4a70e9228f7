import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { leadingTime, validateChanges } from './changes.js';
import { moveInstant, offsetSeconds, offsetSegments } from './time-zone.js';
import { evaluateSelection } from '../selection/evaluate.js';
import { validateSelection } from '../selection/validate.js';

const fieldOfError = (f: () => unknown) => {
  try { f(); } catch (e) { return (e as { field?: string }).field; }
  return 'no error';
};

describe('validateChanges', () => {
  it('normalises values: trimmed text, empty text is null, times to UTC ISO, moveBy units default to 0', () => {
    expect(validateChanges([
      { field: 'subject', set: '  Besök ' }, { field: 'custom1', set: '' }, { field: 'endAt', set: '2026-12-07T10:00:00+01:00' },
      { field: 'startAt', moveBy: { days: 7 } }, { field: 'employeeIds', add: [3, 3] },
    ])).toEqual([
      { field: 'subject', set: 'Besök' }, { field: 'custom1', set: null }, { field: 'endAt', set: '2026-12-07T09:00:00.000Z' },
      { field: 'startAt', moveBy: { days: 7, hours: 0, minutes: 0 } }, { field: 'employeeIds', add: [3] },
    ]);
  });

  it('names the field of each refusal', () => {
    expect(fieldOfError(() => validateChanges([{ field: 'done', set: 'yes' }]))).toBe('changes[0].set');
    expect(fieldOfError(() => validateChanges([{ field: 'color', set: 'red' }]))).toBe('changes[0].set');
    expect(fieldOfError(() => validateChanges([{ field: 'subject', moveBy: { days: 1 } }]))).toBe('changes[0].moveBy');
    expect(fieldOfError(() => validateChanges([{ field: 'startAt', moveBy: {} }]))).toBe('changes[0].moveBy');
    expect(fieldOfError(() => validateChanges([{ field: 'subject', append: 'x' }]))).toBe('changes[0].append');
    expect(fieldOfError(() => validateChanges([{ field: 'employeeIds', add: [1], remove: [1] }]))).toBe('changes[0].remove');
    expect(fieldOfError(() => validateChanges([{ field: 'responsibleId', distribution: { method: 'even', employeeIds: [] } }]))).toBe('changes[0].distribution.employeeIds');
    expect(fieldOfError(() => validateChanges([{ field: 'startAt', set: '2026-05-10T10:00:00Z' }, { field: 'endAt', set: '2026-05-10T09:00:00Z' }]))).toBe('changes[1].set');
    expect(fieldOfError(() => validateChanges([{ field: 'typeId', set: null }]))).toBe('changes[0].set');
  });

  it('the start leads a start/end change, else the end', () => {
    expect(leadingTime([{ field: 'endAt', set: '2026-01-01T00:00:00.000Z' }, { field: 'startAt', moveBy: { days: 1, hours: 0, minutes: 0 } }])).toBe('startAt');
    expect(leadingTime([{ field: 'endAt', set: '2026-01-01T00:00:00.000Z' }])).toBe('endAt');
    expect(leadingTime([{ field: 'subject', set: 'x' }])).toBeNull();
  });
});

describe('moving by days in a time zone', () => {
  it('keeps 09:00 local across both daylight-saving changes in Stockholm', () => {
    expect(moveInstant('2026-03-24T08:00:00.000Z', { days: 7, hours: 0, minutes: 0 }, 'Europe/Stockholm')).toBe('2026-03-31T07:00:00.000Z');
    expect(moveInstant('2026-10-20T07:00:00.000Z', { days: 7, hours: 0, minutes: 0 }, 'Europe/Stockholm')).toBe('2026-10-27T08:00:00.000Z');
    expect(moveInstant('2026-03-24T08:00:00.000Z', { days: 0, hours: 2, minutes: 30 }, 'Europe/Stockholm')).toBe('2026-03-24T10:30:00.000Z');
  });

  it('lists the transitions of a year, and the segment offsets agree with the zone', () => {
    const from = Date.parse('2026-01-01T00:00:00Z');
    const to = Date.parse('2026-12-31T00:00:00Z');
    const segs = offsetSegments('Europe/Stockholm', from, to);
    expect(segs.map((s) => [s.from, s.offset])).toEqual([[null, 3600], ['2026-03-29T01:00:00.000Z', 7200], ['2026-10-25T01:00:00.000Z', 3600]]);
    fc.assert(fc.property(fc.integer({ min: from, max: to }), (ms) => {
      const iso = new Date(ms).toISOString();
      const seg = [...segs].reverse().find((s) => s.from === null || iso >= s.from)!;
      return seg.offset === offsetSeconds('Europe/Stockholm', ms);
    }));
  });
});

describe('activity selections', () => {
  const act = { number: 7, subject: 'Besök hos kund', startAt: '2026-03-02T08:00:00.000Z', responsibleId: null, done: false, showInTaskList: true };
  const matches = (match: unknown[], related = {}) => evaluateSelection(validateSelection({ match }, 'selection', 'activities'), act, related, 'activities');

  it('takes the activity fields, "no responsible" and the linked contact, employee and resource', () => {
    expect(matches([{ field: 'responsibleId', condition: 'isEmpty' }, { field: 'done', condition: 'isFalse' }])).toBe(true);
    expect(matches([{ field: 'startAt', condition: 'eq', value: '2026-03-02' }, { field: 'subject', condition: 'contains', value: 'KUND' }])).toBe(true);
    const related = { contacts: [{ city: 'Lund', types: ['customer'] }], employees: [{ employeeId: 4, name: 'Cia' }] };
    expect(matches([{ field: 'contacts', condition: 'some', value: { match: [{ field: 'city', condition: 'eq', value: 'lund' }] } }], related)).toBe(true);
    expect(matches([{ field: 'employees', condition: 'none', value: { match: [{ field: 'employeeId', condition: 'eq', value: 4 }] } }], related)).toBe(false);
    expect(matches([{ field: 'resources', condition: 'isEmpty' }], related)).toBe(true);
  });

  it('refuses contact fields at the activity level and activity fields in a contact selection', () => {
    expect(fieldOfError(() => validateSelection({ match: [{ field: 'city', condition: 'eq', value: 'x' }] }, 'selection', 'activities'))).toBe('selection.match[0].field');
    expect(fieldOfError(() => validateSelection({ match: [{ field: 'endAt', condition: 'isEmpty' }] }))).toBe('selection.match[0].field');
  });
});
