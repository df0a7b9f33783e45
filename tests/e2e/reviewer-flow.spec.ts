// A reviewer's first session through the real screens (issue 3 item 5): create a vault, a case
// and a person; lock by hand and by idle; unlock; the data is still there.
import { test, expect, keepScreenshot } from './harness/fixtures';
import { confirmRecoveryKey, createCaseThroughUi, createVaultThroughUi, lockThroughUi, unlockThroughUi } from './harness/app-driver';

test('create a vault, a case and a person; lock by hand and by idle; unlock; the data is there', async ({ harness }) => {
  test.setTimeout(120_000);
  const { page } = harness;
  await keepScreenshot(harness, '01-first-run');
  const key = await createVaultThroughUi(page);
  await keepScreenshot(harness, '02-recovery-key');
  await confirmRecoveryKey(page, key);

  await createCaseThroughUi(page, 'MK-2021-07', 'False job offer, Kumanovo');
  await expect(page.getByRole('heading', { name: /MK-2021-07/ })).toBeVisible();
  await page.getByLabel('Role of the new person').selectOption('victim');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByText('V1', { exact: true }).first()).toBeVisible();
  await keepScreenshot(harness, '04-case-workspace');

  await lockThroughUi(page);
  await keepScreenshot(harness, '05-locked-by-hand');
  await unlockThroughUi(page);
  await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();
  await expect(page.getByRole('gridcell', { name: 'MK-2021-07' })).toBeVisible();
  await keepScreenshot(harness, '03-case-list');

  // Idle: the operating system reports ten minutes without input; main's idle monitor polls
  // every 15 s and locks.
  harness.standIn.recorder.power.idleSeconds = 10 * 60;
  await expect(page.getByRole('heading', { name: 'Unlock the vault' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('Locked after 10 minutes without activity.')).toBeVisible();
  await keepScreenshot(harness, '06-locked-by-idle');
  harness.standIn.recorder.power.idleSeconds = 0;
  await unlockThroughUi(page);
  await page.getByRole('gridcell', { name: 'MK-2021-07' }).click();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /MK-2021-07/ })).toBeVisible();
  await expect(page.getByText('V1', { exact: true }).first()).toBeVisible();
});

test('a wrong passphrase is refused clearly and repeated failures make the user wait', async ({ harness }) => {
  test.setTimeout(120_000);
  const { page } = harness;
  const key = await createVaultThroughUi(page);
  await confirmRecoveryKey(page, key);
  await lockThroughUi(page);
  for (let i = 0; i < 3; i++) {
    await unlockThroughUi(page, 'not the passphrase at all');
    await expect(page.getByText('Wrong passphrase.')).toBeVisible();
  }
  await expect(page.getByText(/Try again in \d+ seconds?\./)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeDisabled();
  await keepScreenshot(harness, '07-wrong-passphrase');
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeEnabled({ timeout: 10_000 });
  await unlockThroughUi(page);
  await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();
});
