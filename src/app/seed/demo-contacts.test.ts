import { describe, expect, it } from 'vitest';
import { demoContact } from './demo-contacts.js';
import { demoActivities } from './demo-activities.js';
import { CITIES } from './swedish-cities.js';

describe('demo data generator', () => {
  it('is deterministic per seed and index, and differs between seeds', () => {
    const a = demoContact(3, 41, { min: 2, max: 3 }, 8);
    expect(demoContact(3, 41, { min: 2, max: 3 }, 8)).toEqual(a);
    expect(demoContact(4, 41, { min: 2, max: 3 }, 8)).not.toEqual(a);
  });

  it('makes companies with 2–3 persons (one primary), plausible postal codes and account managers', () => {
    for (let i = 0; i < 2000; i++) {
      const c = demoContact(1, i, { min: 2, max: 3 }, 8);
      expect(c.postalCode).toMatch(/^[1-9]\d{2} \d{2}$/);
      if (c.accountManager !== null) expect(c.accountManager).toBeLessThan(8);
      if (c.isPrivate) continue;
      expect(c.persons.length).toBeGreaterThanOrEqual(2);
      expect(c.persons.length).toBeLessThanOrEqual(3);
      expect(c.persons.filter((p) => p.isPrimary)).toHaveLength(1);
      expect(['A', 'B', 'C']).toContain(c.category);
    }
  });

  it('knows about 200 towns', () => {
    expect(new Set(CITIES.map((c) => c.name)).size).toBeGreaterThanOrEqual(200);
  });

  it('places activities on weekdays around the base date, past ones mostly done', () => {
    const contacts = Array.from({ length: 50 }, (_, i) => ({ name: `C${i}`, accountManager: i % 8, persons: 2 }));
    const acts = demoActivities(1, '2026-12-01', 300, contacts, 20);
    expect(acts).toHaveLength(300);
    for (const a of acts) {
      expect([1, 2, 3, 4, 5]).toContain(new Date(a.startAt).getUTCDay());
      expect(a.endAt > a.startAt).toBe(true);
      if (a.done) expect(a.startAt < '2026-12-01').toBe(true);
    }
    expect(acts.filter((a) => a.done).length).toBeGreaterThan(50);
  });
});
