// Every screen, in English and Macedonian, has no serious or critical axe violation, and the
// case list works from the keyboard alone (issue 3 item 4).
import { test, expect, keepScreenshot, seriousViolations } from './harness/fixtures';
import type { Harness } from './harness/harness';
import { PASSPHRASE, confirmRecoveryKey, createCaseThroughUi, createVaultThroughUi, lockThroughUi, unlockThroughUi } from './harness/app-driver';

async function expectAccessible(harness: Harness, screen: string): Promise<void> {
  expect(await seriousViolations(harness), screen).toEqual([]);
}

test('every screen and dialog passes axe with no serious or critical violation', async ({ harness }) => {
  test.setTimeout(180_000);
  const { page } = harness;
  await expectAccessible(harness, 'first run');
  const key = await createVaultThroughUi(page);
  await expectAccessible(harness, 'recovery key');
  await confirmRecoveryKey(page, key);
  await expectAccessible(harness, 'empty case list');

  await page.getByRole('button', { name: 'New case' }).click();
  await expectAccessible(harness, 'new case dialog');
  await keepScreenshot(harness, '09-new-case-dialog');
  await page.keyboard.press('Escape');
  await createCaseThroughUi(page, 'RS-2020-03', 'Petrović i drugi');
  await expectAccessible(harness, 'case workspace');

  await page.getByLabel('Role of the new person').selectOption('defendant');
  await page.getByRole('button', { name: 'Add person' }).click();
  await page.getByRole('button', { name: 'Edit' }).first().click();
  await expectAccessible(harness, 'identity dialog');
  await keepScreenshot(harness, '10-identity-dialog');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Add text document' }).click();
  await expectAccessible(harness, 'add document dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'New memo' }).click();
  await expectAccessible(harness, 'memo editor');

  await page.getByRole('button', { name: 'All cases' }).click();
  await expectAccessible(harness, 'case list');
  await lockThroughUi(page);
  await expectAccessible(harness, 'unlock screen');
  await unlockThroughUi(page, 'a wrong passphrase again');
  await expect(page.getByText('Wrong passphrase.')).toBeVisible();
  await expectAccessible(harness, 'wrong passphrase');
  await unlockThroughUi(page, PASSPHRASE);

  // The same screens in Macedonian.
  await page.getByLabel('Language').selectOption('mk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'mk');
  await expectAccessible(harness, 'case list (mk)');
  await keepScreenshot(harness, '11-case-list-mk');
  await page.getByRole('gridcell', { name: 'RS-2020-03' }).click();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /RS-2020-03/ })).toBeVisible();
  await expectAccessible(harness, 'case workspace (mk)');
  await keepScreenshot(harness, '12-case-workspace-mk');
});

test('the case list works from the keyboard alone', async ({ harness }) => {
  test.setTimeout(120_000);
  const { page } = harness;
  await confirmRecoveryKey(page, await createVaultThroughUi(page));
  for (const ref of ['A-1', 'B-2', 'C-3']) {
    await createCaseThroughUi(page, ref, `Case ${ref}`);
    await page.getByRole('button', { name: 'All cases' }).click();
  }
  const grid = page.getByRole('grid');
  await grid.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /C-3/ })).toBeVisible();
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { name: 'Unlock the vault' })).toBeVisible();
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused();
});

test('the axe check finds a violation when there is one (it cannot pass vacuously)', async ({ harness }) => {
  await harness.page.evaluate(() => {
    const button = document.createElement('button');
    document.body.append(button);
  });
  const violations = await seriousViolations(harness);
  expect(violations.map((v) => v.id)).toContain('button-name');
});
