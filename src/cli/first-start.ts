/** Demo data on the first start of an empty database, so a new user sees a working CRM. */
import type { Opened } from '../main.js';
import { systemClock } from '../app/ports/clock.js';
import { seedDemo } from '../app/seed/seed-demo.js';
import { describeSummary, progressReporter } from './commands/seed.js';

export const FIRST_START_CONTACTS = 2000;

export async function seedDemoOnFirstStart(opened: Opened, log: (line: string) => void): Promise<void> {
  const started = performance.now();
  const progress = progressReporter();
  try {
    const summary = await seedDemo(opened.store, systemClock, { contacts: FIRST_START_CONTACTS, seed: 1, onProgress: progress.report });
    progress.stop();
    log(describeSummary(summary, (performance.now() - started) / 1000));
  } catch (err) {
    progress.stop();
    // The server is still useful without demo data; say why there is none.
    log(`Demo data: skipped (${err instanceof Error ? err.message : String(err)})`);
  }
}
