/**
 * The import's own work between its statements — reading, checking and matching 2,000 rows — is
 * JavaScript on the server's one event loop, so it is cut into slices of a few milliseconds with
 * other requests let in between (the statements themselves run off the loop: Store.letOthersRun).
 */
import type { Store } from '../ports/store.js';

const SLICE_MS = 10;

/** Call per row: yields to other requests once a slice has run for SLICE_MS. */
export function timeSlices(store: Store): () => Promise<void> {
  let last = performance.now();
  return async () => {
    if (performance.now() - last < SLICE_MS) return;
    await store.letOthersRun();
    last = performance.now();
  };
}
