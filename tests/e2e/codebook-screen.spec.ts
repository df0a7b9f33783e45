// Codebook management through the real screen (issue 4 §7-8): the codebook language, a new
// field making version 2, a deprecated option, and no serious axe violation on the screen or its
// dialogs.
import { test, expect, keepScreenshot, seriousViolations } from './harness/fixtures';
import type { Harness } from './harness/harness';
import { confirmRecoveryKey, createVaultThroughUi } from './harness/app-driver';

async function expectAccessible(harness: Harness, screen: string): Promise<void> {
  expect(await seriousViolations(harness), screen).toEqual([]);
}

test('add a field and deprecate an option, each a new version; labels follow the codebook language', async ({ harness }) => {
  test.setTimeout(180_000);
  const { page } = harness;
  const key = await createVaultThroughUi(page);
  await confirmRecoveryKey(page, key);

  await page.keyboard.press('Alt+4');
  await expect(page.getByText('Version 1', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Case file and overview' })).toBeVisible();
  await expectAccessible(harness, 'codebook screen');

  // Add a single-choice field with two options; the id is checked as it is typed.
  await page.getByRole('button', { name: 'Add field Case file and overview' }).click();
  const addField = page.getByRole('dialog', { name: /Add a field/ });
  await addField.getByLabel('Field id').fill('Route entry');
  await expect(addField.getByText('Use only lower-case letters a–z, digits and _')).toBeVisible();
  await addField.getByLabel('Field id').fill('route_of_entry');
  await addField.getByLabel('Label', { exact: true }).fill('Route of entry');
  await addField.getByLabel('Id of option 1').fill('land');
  await addField.getByLabel('Label of option 1').fill('By land');
  await addField.getByLabel('Id of option 2').fill('air');
  await addField.getByLabel('Label of option 2').fill('By air');
  await expectAccessible(harness, 'add field dialog');
  await keepScreenshot(harness, '30-codebook-add-field');
  await addField.getByRole('button', { name: 'Add field' }).click();
  await expect(addField).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'version 2' })).toBeVisible();
  await expect(page.getByText('Version 2', { exact: true })).toBeVisible();
  await expect(page.getByText('route_of_entry', { exact: true })).toBeVisible();
  await expect(page.getByText('Added in version 2')).toBeVisible();

  // Deprecate one of its options: it stays, struck and labelled.
  await page.getByRole('button', { name: 'Deprecate By air' }).click();
  const deprecate = page.getByRole('dialog', { name: /Deprecate the option/ });
  await expect(deprecate.getByText('Nothing is deleted')).toBeVisible();
  await expectAccessible(harness, 'deprecate dialog');
  await deprecate.getByRole('button', { name: 'Deprecate' }).click();
  await expect(deprecate).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'version 3' })).toBeVisible();
  const option = page.getByRole('listitem').filter({ has: page.getByText('air', { exact: true }) });
  await expect(option.getByText('Deprecated')).toBeVisible();
  await expect(option.getByRole('button', { name: 'Restore By air' })).toBeVisible();

  await page.getByRole('button', { name: 'Rename Case file and overview' }).click();
  await expectAccessible(harness, 'rename dialog');
  await page.keyboard.press('Escape');

  // The codebook language is apart from the interface language.
  await page.getByLabel('Codebook language').selectOption('mk');
  await expect(page.getByRole('heading', { name: 'Списи на предметот и преглед' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectAccessible(harness, 'codebook screen (codebook in mk)');
  await keepScreenshot(harness, '31-codebook-mk');
});
