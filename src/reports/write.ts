/** Writing to a stream with back-pressure, so a slow reader keeps the producer (and memory) waiting. */
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export async function writeChunk(out: Writable, chunk: string | Buffer): Promise<void> {
  if (!out.write(chunk)) await waitForDrain(out);
}

export async function waitForDrain(out: Writable): Promise<void> {
  if (!out.writableNeedDrain) return;
  // Also settle on close/error, so a client that went away does not leave the report hanging.
  await Promise.race([once(out, 'drain'), once(out, 'close'), once(out, 'error')]);
  if (out.destroyed) throw new Error('report output closed before the end');
}
