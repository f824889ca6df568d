import { defineConfig } from '@playwright/test';

// The tests launch their own persistent Chromium with the built extension (tests/e2e/fixtures.ts).
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  // A generous ceiling, not a timing claim: on a loaded 2-core machine a browser start alone can take
  // seconds, and a test that merely waits longer still has to reach every expectation.
  timeout: 60_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'retain-on-failure' },
});
