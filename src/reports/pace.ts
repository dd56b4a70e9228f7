/**
 * Pacing of a long report: the rows of a 100,000-contact report pass through here on their way
 * to the renderer.
 *
 * 1. Yield to the event loop every few milliseconds. better-sqlite3 answers synchronously, so
 *    without this a report is one unbroken chain of promise callbacks: no other request is
 *    served until it ends, and pdfkit's output (handed on by `pipe` in `process.nextTick`, which
 *    never runs inside such a chain) piles up in memory instead of flowing to the client.
 * 2. Keep the heap flat. Rows come in pages of thousands and live while their page renders, so V8
 *    promotes them to the old generation, and then drops them. V8 collects old garbage only once
 *    the old generation has grown to a multiple of what was live, so the process grows by
 *    60–150 MB over a large report although the live heap stays near 30 MB. When the heap has
 *    grown by `HEAP_SLACK` since the report started (or since the last collection), a full
 *    collection brings it back. It costs about 15 ms and happens a few times per 10,000 contacts.
 */
import { setImmediate as nextMacrotask } from 'node:timers/promises';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { ReportLine, ReportRows } from './model.js';

const SLICE_MS = 10;
const HEAP_SLACK = 16 * 1024 * 1024;

/**
 * V8's own collector, reached without starting Node with --expose-gc: the flag only decides
 * whether a new context gets the `gc` global, so it is set for one new context and cleared again.
 */
let collect: (() => void) | null | undefined;
function fullCollection(): (() => void) | null {
  if (collect === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      collect = vm.runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    } finally {
      v8.setFlagsFromString('--no-expose-gc');
    }
  }
  return collect;
}

const heapUsed = () => v8.getHeapStatistics().used_heap_size;

/**
 * The rows, paced. Not an async generator: that would add a promise and its microtasks to every
 * row, on top of the ones the rows already come with. `next` hands on the source's own promise,
 * and only when a slice is used up goes through a macrotask first. `end` runs the last collection
 * (the renderer calls it when it is done).
 */
export function paced(rows: ReportRows): ReportRows & { end(): void } {
  const gc = fullCollection();
  let floor = heapUsed();
  let collections = 0;
  let last = performance.now();
  const breather = async (from: AsyncIterator<ReportLine>) => {
    await nextMacrotask();
    if (gc && heapUsed() > floor + HEAP_SLACK) {
      gc();
      collections += 1;
      // What survived is live (this report's page, other requests): measure growth from there,
      // so a larger live heap never turns into a collection every slice.
      floor = heapUsed();
    }
    last = performance.now();
    return from.next();
  };
  return {
    [Symbol.asyncIterator]() {
      const from = rows[Symbol.asyncIterator]();
      return {
        next: () => (performance.now() - last < SLICE_MS ? from.next() : breather(from)),
        return: async (value?: unknown) => (from.return ? from.return(value) : { done: true, value: undefined }),
      } as AsyncIterator<ReportLine>;
    },
    end() {
      // A large report leaves its last pages as garbage; hand the memory back now rather than
      // whenever V8 next collects, so the server returns to its idle size.
      if (gc && collections > 0) gc();
      collections = 0;
    },
  };
}
