/**
 * Page geometry and pagination shared by the PDF and the HTML print view, so both give the same
 * pages: every body line has one fixed height (long text is cut with "…"), the header block's
 * height follows from the facts, and therefore the page count M is known from the line counts
 * before the first row is read — one streaming pass, no buffered pages.
 */
import type { ReportColumn, ReportLine, ReportModel, ReportRows } from './model.js';

/** A4 in PDF points (1/72 inch); CSS `pt` is the same unit. */
export const G = {
  pageW: 595.28,
  pageH: 841.89,
  marginX: 42,
  marginTop: 34,
  marginBottom: 30,
  headerH: 34,
  footerH: 22,
  titleH: 30,
  headingsH: 28,
  blockGap: 10,
  lineH: 12,
  detailIndent: 18,
  factLabelW: 110,
  fontSize: 8,
  headingSize: 7,
} as const;

export const contentW = G.pageW - 2 * G.marginX;
const bodyTop = G.marginTop + G.headerH;
const bodyBottom = G.pageH - G.marginBottom - G.footerH;
const bodyH = bodyBottom - bodyTop;

/** The fact value column fits about this many characters of 8 pt DejaVu Sans per line. */
const FACT_CHARS = 92;
const FACT_MAX_LINES = 4;

export type FactLine = { label: string; text: string };

/** Word-wraps each fact (the selection in words may be long); at most four lines per fact. */
export function factLines(model: ReportModel): FactLine[] {
  const out: FactLine[] = [];
  for (const f of model.facts) {
    const lines = wrap(f.value, FACT_CHARS);
    const kept = lines.slice(0, FACT_MAX_LINES);
    if (lines.length > FACT_MAX_LINES) kept[FACT_MAX_LINES - 1] = `${kept[FACT_MAX_LINES - 1]!.slice(0, FACT_CHARS - 1)}…`;
    kept.forEach((text, i) => out.push({ label: i === 0 ? f.label : '', text }));
  }
  return out;
}

export function wrap(text: string, max: number): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let cur = '';
  for (let w of words) {
    while (w.length > max) {
      if (cur) { lines.push(cur); cur = ''; }
      lines.push(w.slice(0, max));
      w = w.slice(max);
    }
    if (!cur) cur = w;
    else if (cur.length + 1 + w.length <= max) cur += ` ${w}`;
    else { lines.push(cur); cur = w; }
  }
  if (cur || lines.length === 0) lines.push(cur);
  return lines;
}

/** Absolute x offsets and widths of one level's columns (weights scaled to the space). */
export function placeColumns(cols: ReportColumn[], level: 'group' | 'detail'): { col: ReportColumn; x: number; w: number }[] {
  const left = G.marginX + (level === 'detail' ? G.detailIndent : 0);
  const space = contentW - (level === 'detail' ? G.detailIndent : 0);
  const sum = cols.reduce((s, c) => s + c.width, 0) || 1;
  let x = left;
  return cols.map((col) => {
    const w = (col.width / sum) * space;
    const placed = { col, x, w };
    x += w;
    return placed;
  });
}

export type Slot =
  | { type: 'line'; line: ReportLine }
  | { type: 'empty' }
  | { type: 'blank' }
  | { type: 'totalsTitle' }
  | { type: 'totalsRow'; label: string; count: number; sum?: boolean };

export type PageEvent =
  | { type: 'pageStart'; page: number; pages: number; first: boolean; continued: string | null; facts: FactLine[] }
  | { type: 'slot'; slot: Slot; index: number }
  | { type: 'pageEnd'; page: number; pages: number };

export type Plan = { firstCapacity: number; capacity: number; slots: number; pages: number; facts: FactLine[] };

export function planPages(model: ReportModel): Plan {
  const facts = factLines(model);
  const firstCapacity = Math.max(1, Math.floor((bodyH - G.titleH - facts.length * G.lineH - G.blockGap - G.headingsH) / G.lineH));
  const capacity = Math.floor((bodyH - G.headingsH) / G.lineH);
  const lines = model.lineCount.groups + model.lineCount.details;
  const totals = model.totals ? 3 + model.totals.rows.length : 0;
  const slots = Math.max(lines, 1) + totals;
  const pages = slots <= firstCapacity ? 1 : 1 + Math.ceil((slots - firstCapacity) / capacity);
  return { firstCapacity, capacity, slots, pages, facts };
}

/** The label a page shows when it starts inside a group: its first two cells ("10023 Acme AB"). */
function groupLabel(model: ReportModel, line: ReportLine): string {
  return model.groupColumns.slice(0, 2).map((c) => line.cells[c.key] ?? '').filter((v) => v !== '').join(' ');
}

/** Receives the pages as a `Pager` places the lines: synchronously, in order. */
export type PageSink = (ev: PageEvent) => void;

/**
 * Places lines on pages, one call per line, telling `sink` of page starts, slots and page ends.
 * Synchronous, so a renderer can drive it from its own loop over the rows: as an async generator
 * between the rows and the renderer it cost a promise and a few microtasks per line, a noticeable
 * part of a 100,000-contact PDF. If the data grew between the count and the read, the extra pages
 * still come out (their M is then the larger number).
 */
export class Pager {
  private readonly plan: Plan;
  private page = 0;
  private used = 0;
  private cap = 0;
  private lastGroup: ReportLine | null = null;
  private any = false;

  constructor(private readonly model: ReportModel, private readonly sink: PageSink) {
    this.plan = planPages(model);
  }

  private total() { return Math.max(this.plan.pages, this.page); }

  private place(slot: Slot): void {
    if (this.page === 0 || this.used >= this.cap) {
      if (this.page > 0) this.sink({ type: 'pageEnd', page: this.page, pages: this.total() });
      this.page += 1;
      this.used = 0;
      this.cap = this.page === 1 ? this.plan.firstCapacity : this.plan.capacity;
      const inside = slot.type === 'line' && slot.line.level === 'detail' && this.lastGroup && this.page > 1;
      this.sink({
        type: 'pageStart', page: this.page, pages: this.total(), first: this.page === 1,
        continued: inside ? groupLabel(this.model, this.lastGroup!) : null, facts: this.plan.facts,
      });
    }
    this.sink({ type: 'slot', slot, index: this.used });
    this.used += 1;
  }

  line(line: ReportLine): void {
    this.any = true;
    if (line.level === 'group') this.lastGroup = line;
    this.place({ type: 'line', line });
  }

  /** After the last line: the empty-report line, the totals, and the last page's end. */
  finish(): void {
    const { model } = this;
    if (!this.any) this.place({ type: 'empty' });
    if (model.totals) {
      this.place({ type: 'blank' });
      this.place({ type: 'totalsTitle' });
      for (const r of model.totals.rows) this.place({ type: 'totalsRow', label: r.label, count: r.count });
      this.place({ type: 'totalsRow', label: model.totals.totalLabel, count: model.totals.rows.reduce((s, r) => s + r.count, 0), sum: true });
    }
    this.sink({ type: 'pageEnd', page: this.page, pages: this.total() });
  }
}

/** The same pages as an async generator of events (the HTML print view). */
export async function* paginate(model: ReportModel, rows: ReportRows): AsyncGenerator<PageEvent> {
  let events: PageEvent[] = [];
  const pager = new Pager(model, (ev) => { events.push(ev); });
  for await (const line of rows) {
    pager.line(line);
    const out = events;
    events = [];
    yield* out;
  }
  pager.finish();
  yield* events;
}

export const bodyTopOf = (first: boolean, factCount: number) =>
  bodyTop + (first ? G.titleH + factCount * G.lineH + G.blockGap : 0);
export const headingsTopOf = bodyTopOf;
export const linesTopOf = (first: boolean, factCount: number) => bodyTopOf(first, factCount) + G.headingsH;
export const footerTop = bodyBottom + 6;
