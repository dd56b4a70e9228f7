/**
 * How Debian's Chromium is started headless here, for the browser tests and the benchmark alike:
 * no sandbox (root in CI), no GPU, and none of the background connections this closed network
 * refuses. Native date and time inputs follow the browser's language: Swedish, like our users'.
 */
import type { LaunchOptions } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_LAUNCH: LaunchOptions = {
  executablePath: CHROMIUM,
  headless: true,
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--lang=sv-SE',
  ],
};
