import { describe, expect, it } from 'vitest';
import { paginate, planPages } from './layout.js';
import type { ReportLine, ReportModel } from './model.js';

const model = (groups: number, details: number, totals = 0): ReportModel => ({
  locale: 'sv', title: 'T', companyName: 'C', facts: [{ label: 'Urval', value: 'x '.repeat(120) }],
  groupColumns: [{ key: 'n', label: 'Nr', width: 1 }, { key: 'name', label: 'Namn', width: 3 }],
  detailColumns: [{ key: 'p', label: 'Person', width: 1 }],
  lineCount: { groups, details },
  totals: totals ? { title: 'S', labelHeading: 'A', countHeading: 'N', totalLabel: 'Tot', rows: Array.from({ length: totals }, (_, i) => ({ label: `e${i}`, count: i })) } : undefined,
  printedLine: '', fileName: 'f', labels: { page: '{n}/{m}', continued: '{name}', empty: '-' },
});

async function* lines(groups: number, perGroup: number): AsyncGenerator<ReportLine> {
  for (let g = 0; g < groups; g++) {
    yield { level: 'group', cells: { n: g, name: `G${g}` } };
    for (let d = 0; d < perGroup; d++) yield { level: 'detail', cells: { p: `P${d}` } };
  }
}

describe('pagination', () => {
  it('knows the page count before reading the rows, at every boundary', async () => {
    const plan0 = planPages(model(0, 0));
    const first = plan0.firstCapacity;
    const cap = plan0.capacity;
    for (const groups of [0, 1, first - 1, first, first + 1, first + cap, first + cap + 1, 5 * cap]) {
      for (const totals of [0, 3]) {
        const m = model(groups, 0, totals);
        const pages: number[] = [];
        const totalsSeen: number[] = [];
        for await (const ev of paginate(m, lines(groups, 0))) {
          if (ev.type === 'pageStart') { pages.push(ev.page); totalsSeen.push(ev.pages); }
        }
        expect(pages.length, `groups=${groups} totals=${totals}`).toBe(planPages(m).pages);
        expect(new Set(totalsSeen)).toEqual(new Set([planPages(m).pages]));
      }
    }
  });

  it('names the contact a page continues, and wraps the long selection onto four lines at most', async () => {
    const m = model(40, 120);
    expect(planPages(m).facts.filter((f) => f.label === 'Urval')).toHaveLength(1);
    expect(planPages(m).facts.length).toBeLessThanOrEqual(4);
    const continued: (string | null)[] = [];
    for await (const ev of paginate(m, lines(40, 3))) if (ev.type === 'pageStart') continued.push(ev.continued);
    expect(continued[0]).toBeNull();
    expect(continued.slice(1).some((c) => c !== null && /^\d+ G\d+$/.test(c))).toBe(true);
  });
});
