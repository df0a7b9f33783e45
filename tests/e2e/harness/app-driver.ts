// Steps a reviewer takes, written once for the end-to-end tests: through the visible screens,
// by accessible names (what a keyboard or screen-reader user relies on too).
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

export const PASSPHRASE = 'ridge lantern copper orchard';

export async function createVaultThroughUi(page: Page, options: { reviewer?: string } = {}): Promise<string> {
  await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeVisible();
  await page.getByLabel('Your name as reviewer').fill(options.reviewer ?? 'Ana Reviewer');
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
  const create = page.getByRole('button', { name: 'Create the vault' });
  await expect(create).toBeEnabled({ timeout: 15_000 });
  await create.click();
  await expect(page.getByRole('heading', { name: 'Your recovery key' })).toBeVisible({ timeout: 30_000 });
  const groups = await page.locator('.recovery-group').allTextContents();
  expect(groups).toHaveLength(16);
  return groups.join('-');
}

export async function confirmRecoveryKey(page: Page, key: string): Promise<void> {
  const last = key.split('-').pop()!;
  await page.getByLabel(/Type group 16/).fill(last.toLowerCase());
  await page.getByLabel(/I have stored the recovery key/).check();
  await page.getByRole('button', { name: 'Continue to Dossier' }).click();
  await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();
}

export async function createCaseThroughUi(page: Page, ref: string, title: string): Promise<void> {
  await page.getByRole('button', { name: 'New case' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Reference').fill(ref);
  await dialog.getByLabel('Title (optional)').fill(title);
  await dialog.getByRole('button', { name: 'Create case' }).click();
  await expect(dialog).toBeHidden();
}

export async function lockThroughUi(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Lock/ }).click();
  await expect(page.getByRole('heading', { name: 'Unlock the vault' })).toBeVisible();
}

export async function unlockThroughUi(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
}
