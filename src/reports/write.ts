/** Writing to a stream with back-pressure, so a slow reader keeps the producer (and memory) waiting. */
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export async function writeChunk(out: Writable, chunk: string | Buffer): Promise<void> {
  if (!out.write(chunk)) await waitForDrain(out);
}

export async function waitForDrain(out: Writable): Promise<void> {
  if (!out.writableNeedDrain) return;
  // Also settle on close/error, so a client that went away does not leave the report hanging.
  // The listeners that did not fire are removed (abort): a report waits thousands of times, and
  // left-over listeners would pile up for as long as the report runs.
  const ac = new AbortController();
  const { signal } = ac;
  try {
    await Promise.race([once(out, 'drain', { signal }), once(out, 'close', { signal }), once(out, 'error', { signal })]);
  } finally {
    ac.abort();
  }
  if (out.destroyed) throw new Error('report output closed before the end');
}
