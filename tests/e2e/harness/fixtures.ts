// The `harness` fixture: a fresh main process, user-data folder and Chromium for each test;
// every screen a test passes through is kept as a screenshot artifact (issue 3 item 5).
import { test as base, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { ROOT, startHarness, type Harness } from './harness';

export const SCREENSHOT_DIR = join(ROOT, 'test-results', 'screens');

export const test = base.extend<{ harness: Harness }>({
  // Playwright fixtures take their dependencies as a destructured first argument; this one has none.
  // eslint-disable-next-line no-empty-pattern
  harness: async ({}, use) => {
    const harness = await startHarness();
    await use(harness);
    await harness.close();
    expect(harness.pageErrors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };

/** Saves a screenshot of the current screen as a kept artifact. */
export async function keepScreenshot(harness: Harness, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await harness.page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Runs axe on the current screen; returns the serious and critical violations. */
export async function seriousViolations(harness: Harness): Promise<{ id: string; impact: string | null | undefined; targets: string[] }[]> {
  const results = await new AxeBuilder({ page: harness.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
}
