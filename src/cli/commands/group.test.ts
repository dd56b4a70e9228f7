import { describe, expect, it } from 'vitest';
import { parseDistribute } from './group.js';

describe('kontakta group --distribute', () => {
  it('parses every method', () => {
    expect(parseDistribute('even:3,4')).toEqual({ method: 'even', employeeIds: [3, 4] });
    expect(parseDistribute('ownManager:5')).toEqual({ method: 'ownManager', employeeIds: [5] });
    expect(parseDistribute('counts:3=10, 4=5')).toEqual({ method: 'counts', counts: [{ employeeId: 3, count: 10 }, { employeeId: 4, count: 5 }] });
    expect(parseDistribute('weighted:3=2,4=0.5')).toEqual({ method: 'weighted', weights: [{ employeeId: 3, weight: 2 }, { employeeId: 4, weight: 0.5 }] });
  });
  it('refuses malformed specs naming the option', () => {
    expect(() => parseDistribute('random:1,2')).toThrow(expect.objectContaining({ field: 'distribute' }));
    expect(() => parseDistribute('counts:3')).toThrow(/ID=NUMBER/);
    expect(() => parseDistribute('even:a,b')).toThrow(/not an id/);
  });
});
