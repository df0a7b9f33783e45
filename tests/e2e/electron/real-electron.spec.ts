// Tier 3 (DESIGN.md "Testing in three tiers"): the packaged shape of the app in the real
// Electron binary. It runs on a developer machine where `npm start` could fetch Electron; here
// no Electron binary can be downloaded, so it skips, and tiers 1 and 2 cover the same behaviour.
import { _electron as electron, test, expect } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../harness/harness';

function electronBinary(): string | null {
  const pathFile = join(ROOT, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(ROOT, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();

test.describe('the app in real Electron', () => {
  // Skipped only where the Electron binary is absent (it cannot be downloaded on this network);
  // the same behaviour is tested in tiers 1 and 2 (tests/unit/main, tests/e2e/*.spec.ts).
  test.skip(binary === null, 'No Electron binary is installed, and none can be downloaded here.');

  test('opens one sandboxed window on app:// that has no Node and no network', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'dossier-electron-'));
    const app = await electron.launch({ executablePath: binary!, args: [ROOT, `--user-data-dir=${userData}`] });
    try {
      const first = await app.firstWindow();
      expect(first.url()).toBe('app://dossier/index.html');
      await expect(first.getByRole('heading', { name: 'Create your vault' })).toBeVisible();
      const page = await first.evaluate(async () => ({
        require: typeof (window as unknown as { require?: unknown }).require,
        fetch: await fetch('https://example.com/').then(() => 'fetched', () => 'failed'),
        opened: window.open('https://example.com/') === null,
      }));
      expect(page).toEqual({ require: 'undefined', fetch: 'failed', opened: true });
      expect(app.windows()).toHaveLength(1);
    } finally {
      await app.close();
      rmSync(userData, { recursive: true, force: true });
    }
  });
});
