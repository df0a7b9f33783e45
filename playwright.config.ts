// Tier 2: the Playwright suite against the Electron-less harness (DESIGN.md "Testing in three
// tiers"). One worker: each test runs the real main bundle in this process, and the machine
// has two cores. The browser is Debian's Chromium, launched by the harness itself.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results/e2e',
  reporter: [['list']],
  retries: 0,
});
