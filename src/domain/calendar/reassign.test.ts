import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { reassign, type Links } from './reassign.js';

const item: Links = { responsibleId: 1, employeeIds: [2, 3], resourceIds: [10] };
const e = (id: number) => ({ kind: 'employee' as const, id });
const r = (id: number) => ({ kind: 'resource' as const, id });

describe('dropping a block on another row of the common calendar', () => {
  it('makes the other person responsible when dragged from the responsible\'s row', () => {
    expect(reassign(item, e(1), e(4))).toEqual({ change: { responsibleId: 4 } });
    expect(reassign(item, e(1), e(2))).toEqual({ change: { responsibleId: 2, employeeIds: [3] } });
  });

  it('swaps a linked employee, or drops them when the other person is already on it', () => {
    expect(reassign(item, e(2), e(4))).toEqual({ change: { employeeIds: [4, 3] } });
    expect(reassign(item, e(2), e(3))).toEqual({ change: { employeeIds: [3] } });
    expect(reassign(item, e(2), e(1))).toEqual({ change: { employeeIds: [3] } });
  });

  it('swaps resources, and refuses a person for a resource', () => {
    expect(reassign(item, r(10), r(11))).toEqual({ change: { resourceIds: [11] } });
    expect(reassign(item, r(10), e(4))).toBe('refused');
    expect(reassign(item, e(1), e(1))).toBe('same');
  });

  it('leaves the target on the activity and the source off it, with no one twice', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 6 }), fc.uniqueArray(fc.integer({ min: 1, max: 6 }), { maxLength: 4 }), fc.integer({ min: 1, max: 6 }),
      (resp, linked, to) => {
        const links = { responsibleId: resp, employeeIds: linked.filter((x) => x !== resp), resourceIds: [] };
        const from = links.employeeIds[0] ?? resp;
        const out = reassign(links, e(from), e(to));
        if (from === to) return out === 'same';
        if (out === 'same' || out === 'refused') return false;
        const after = { ...links, ...out.change };
        const people = [after.responsibleId, ...after.employeeIds];
        return people.includes(to) && !people.includes(from) && new Set(people).size === people.length;
      },
    ));
  });
});
