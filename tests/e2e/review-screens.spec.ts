// The review screens (issue 4 §4-5) on a small seeded training vault: the overview heat map
// opens a case at a stage from the keyboard; the cross-case table picks, sorts, filters and
// edits a case value in place, refuses an invalid number inline, and axe finds nothing serious.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, startHarness, type Harness } from './harness/harness';
import { test as base, expect, keepScreenshot, seriousViolations } from './harness/fixtures';
import { PASSPHRASE, unlockThroughUi } from './harness/app-driver';

const CASES = 6;

// A harness whose vault is a seeded training vault, made by the CLI's `demo` command (the
// same path a trainer takes; importing the core here would need JSON import attributes).
const test = base.extend<{ harness: Harness }>({
  // eslint-disable-next-line no-empty-pattern
  harness: async ({}, use) => {
    const harness = await startHarness({
      seed: ({ userData }) => {
        const dir = join(userData, '..', 'vault');
        execFileSync(process.execPath, [join(ROOT, 'electron/cli/bin/dossier.mjs'), 'demo', dir, '--cases', String(CASES), '--seed', '7', '--passphrase-stdin'], {
          input: `${PASSPHRASE}\n`,
          stdio: ['pipe', 'ignore', 'inherit'],
        });
        mkdirSync(userData, { recursive: true });
        writeFileSync(join(userData, 'settings.json'), JSON.stringify({ idleLockMinutes: 10, language: 'en', vaultPath: dir }));
      },
    });
    await use(harness);
    await harness.close();
    expect(harness.pageErrors, 'uncaught errors in the page').toEqual([]);
  },
});

async function unlocked(harness: Harness): Promise<void> {
  await unlockThroughUi(harness.page);
  await expect(harness.page.getByRole('heading', { name: 'Cases' })).toBeVisible({ timeout: 30_000 });
}

test('the overview shows a row per case and Enter opens the case at that stage', async ({ harness }) => {
  test.setTimeout(120_000);
  const { page } = harness;
  await unlocked(harness);
  await page.getByRole('button', { name: 'Overview' }).click();
  const grid = page.getByRole('grid', { name: 'Review overview' });
  await expect(grid).toBeVisible();
  await expect(grid.locator('[role="row"][aria-rowindex]')).toHaveCount(CASES + 1);
  await expect(page.getByText(/6 cases: .*Overall/)).toBeVisible();
  expect(await seriousViolations(harness)).toEqual([]);
  await keepScreenshot(harness, 'review-01-overview');

  // The active cell starts on the first stage of the first case; two steps right is the third stage.
  const first = grid.locator('[data-cell="0:4"]');
  await first.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(grid.locator('[data-cell="0:6"]')).toBeFocused();
  const stageLabel = (await grid.getByRole('columnheader').nth(6).getAttribute('title')) ?? '';
  const ref = (await grid.locator('[data-cell="0:0"]').textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: new RegExp(ref) })).toBeVisible();
  await expect(page.getByRole('tab', { name: new RegExp(stageLabel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })).toHaveAttribute('aria-selected', 'true');
});

test('the table picks a column, sorts, filters and edits a case value from the keyboard', async ({ harness }) => {
  test.setTimeout(150_000);
  const { page } = harness;
  await unlocked(harness);
  await page.getByRole('button', { name: 'Table' }).click();
  const grid = page.getByRole('grid', { name: 'Cross-case table' });
  await expect(grid.getByRole('columnheader', { name: /Country/ })).toBeVisible();
  await expect(grid.locator('[role="row"][aria-rowindex]')).toHaveCount(CASES + 1);
  expect(await seriousViolations(harness)).toEqual([]);

  // Add a column through the picker (search, tick, close).
  await page.getByRole('button', { name: /^Columns \(8\)/ }).click();
  await page.getByLabel('Search fields').fill('confiscated');
  await page.getByRole('checkbox', { name: /Confiscated amount|confiscated/i }).check();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: /^Columns \(9\)/ })).toBeVisible();
  const amountHeader = grid.getByRole('columnheader').nth(10);
  await expect(amountHeader).toBeVisible();

  // Sort by reference, descending, from the header's button.
  const refs = () => grid.locator('[data-cell$=":0"]').allTextContents();
  const ascending = await refs();
  await grid.getByRole('button', { name: /^Reference/ }).click();
  await expect(grid.getByRole('columnheader', { name: /^Reference/ })).toHaveAttribute('aria-sort', 'descending');
  expect(await refs()).toEqual([...ascending].reverse());

  // Filter the reference column down to one case.
  const target = ascending[0] ?? '';
  await page.getByLabel('Filter Reference').fill(target);
  await expect(grid.locator('[role="row"][aria-rowindex]')).toHaveCount(2);
  await expect(page.getByText(`1 of ${CASES} cases`)).toBeVisible();
  await keepScreenshot(harness, 'review-02-table-filtered');

  // Edit hearings adjourned (a case number) with the keyboard: an invalid number first.
  const hearingsCol = 2 + 6; // ref, title, then the default fields: hearings_adjourned is the 7th.
  const cell = grid.locator(`[data-cell="0:${hearingsCol}"]`);
  await cell.click();
  await page.keyboard.press('Enter');
  const editor = grid.getByRole('textbox', { name: new RegExp(`for ${target}`) });
  await expect(editor).toBeFocused();
  await editor.fill('twelve');
  await page.keyboard.press('Enter');
  await expect(grid.getByRole('alert')).toContainText('Enter a number');
  await expect(editor).toHaveValue('twelve');
  expect(await seriousViolations(harness)).toEqual([]);
  await keepScreenshot(harness, 'review-03-table-invalid');
  await editor.fill('17');
  await page.keyboard.press('Enter');
  await expect(editor).toBeHidden();
  await expect(cell).toHaveText('17 hearings');
  await expect(cell).toBeFocused();

  // Reopen the table: the value came from the vault.
  await page.getByRole('button', { name: 'Overview' }).click();
  await page.getByRole('button', { name: 'Table' }).click();
  await page.getByLabel('Filter Reference').fill(target);
  await expect(grid.locator('[role="row"][aria-rowindex]')).toHaveCount(2);
  await expect(grid.locator(`[data-cell="0:${hearingsCol}"]`)).toHaveText('17 hearings');
});
