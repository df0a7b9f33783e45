// Court files are untrusted input (DESIGN.md "Data flow"): a document or a title containing
// markup is shown as text and nothing in it runs (security-and-architecture.md P15).
import { test, expect, keepScreenshot } from './harness/fixtures';
import { confirmRecoveryKey, createCaseThroughUi, createVaultThroughUi } from './harness/app-driver';

const HOSTILE = `Пресуда K-1/21
<script>window.__pwned = 'script'</script>
<img src="x" onerror="window.__pwned = 'img'">
<a href="javascript:window.__pwned='link'">click</a>
<iframe src="https://example.com/"></iframe>`;

test('a document with <script> and <img onerror> shows as text and nothing runs', async ({ harness }) => {
  const { page } = harness;
  const violations: string[] = [];
  await page.exposeFunction('__recordViolation', (d: string) => violations.push(d));
  await page.evaluate(() => document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __recordViolation: (d: string) => void }).__recordViolation(e.effectiveDirective)));
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });

  await confirmRecoveryKey(page, await createVaultThroughUi(page));
  await createCaseThroughUi(page, 'XSS-1', '<img src=x onerror="window.__pwned=1"> title');
  await expect(page.getByRole('heading', { name: /XSS-1/ })).toBeVisible();

  await page.getByRole('button', { name: 'Add text document' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Title').fill('<b>bold?</b> judgment');
  await dialog.getByLabel('Text', { exact: true }).fill(HOSTILE);
  await dialog.getByRole('button', { name: 'Add document' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: '<b>bold?</b> judgment', exact: true }).click();
  const reader = page.getByRole('region', { name: 'Document text' });
  await expect(reader).toContainText('<script>window.__pwned = \'script\'</script>');
  await expect(reader).toContainText('<img src="x" onerror="window.__pwned = \'img\'">');
  await keepScreenshot(harness, '08-document-reader-hostile-text');

  const dom = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    scripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
    images: document.querySelectorAll('img').length,
    iframes: document.querySelectorAll('iframe').length,
    links: document.querySelectorAll('a[href^="javascript:"]').length,
  }));
  expect(dom).toEqual({ pwned: null, scripts: 0, images: 0, iframes: 0, links: 0 });
  expect(dialogs).toEqual([]);
  expect(violations).toEqual([]);
  expect(harness.blocked).toEqual([]);
});
