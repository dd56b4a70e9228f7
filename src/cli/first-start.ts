/** Demo data on the first start of an empty database, so a new user sees a working CRM. */
import type { Opened } from '../main.js';

export async function seedDemoOnFirstStart(_opened: Opened, log: (line: string) => void): Promise<void> {
  // Filled in by the demo seeder (seed --demo); see src/cli/commands/seed.ts.
  log('Demo data: not available yet');
}
