import { defineConfig } from 'vitest/config';

// One runner for everything: unit tests beside the code (src/**), storage/HTTP/CLI suites and the
// browser end-to-end suite (test/**). Storage suites run on SQLite always and on PostgreSQL when it
// is reachable (mandatory when KONTAKTA_REQUIRE_PG=1, as .ci/run sets).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['node_modules', 'dist'],
    environment: 'node',
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
