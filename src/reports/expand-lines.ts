/**
 * Report lines from a stream of items (a contact, an activity row), each item expanded into its
 * lines at once. A hand-written async iterator rather than an async generator: a generator pays
 * for its suspension machinery on every line, and a 100,000-contact report has ~300,000 lines;
 * here the lines of one item are handed out from a small buffer as already-settled results.
 */
import type { ReportLine, ReportRows } from './model.js';

export function expandLines<T>(source: AsyncIterable<T>, expand: (item: T, push: (line: ReportLine) => void) => void): ReportRows {
  return {
    [Symbol.asyncIterator](): AsyncIterator<ReportLine> {
      const items = source[Symbol.asyncIterator]();
      const buffer: ReportLine[] = [];
      const push = (line: ReportLine) => { buffer.push(line); };
      let at = 0;
      const refill = async (): Promise<IteratorResult<ReportLine>> => {
        while (at === buffer.length) {
          buffer.length = 0;
          at = 0;
          const r = await items.next();
          if (r.done) return { value: undefined, done: true };
          expand(r.value, push);
        }
        return { value: buffer[at++]!, done: false };
      };
      return {
        next: () => (at < buffer.length ? Promise.resolve({ value: buffer[at++]!, done: false }) : refill()),
        // A reader that stops early (a client that went away) ends the source too, so its
        // database cursor is released.
        return: async () => {
          buffer.length = 0;
          at = 0;
          await items.return?.();
          return { value: undefined, done: true };
        },
      };
    },
  };
}
