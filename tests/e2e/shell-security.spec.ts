// The hardened shell in real Chromium (issue 3 item 5; security-and-architecture.md P10-P15):
// only app:// is ever requested, the CSP arrives with the page, no Node and no raw IPC in the
// page, popups and navigation fail, and a frame that is not our main frame is refused.
import { test, expect } from './harness/fixtures';
import { CHANNELS, splitChannel } from '../../shared/ipc/channels';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security/content-security-policy';

test('serves the renderer from app:// and enforces the strict CSP it sends', async ({ harness }) => {
  expect(harness.served[0]).toBe('app://dossier/index.html');
  const appHandler = [...harness.standIn.recorder.sessions.values()][0]!.protocolHandlers.get('app')!;
  const answer = await appHandler(new Request('app://dossier/index.html'));
  expect(answer.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  const enforced = await harness.page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
    const w = window as unknown as { __ran?: boolean };
    const script = document.createElement('script');
    script.textContent = 'window.__ran = true';
    document.body.append(script);
    // A string timer is eval from the page's own task (code run by the test driver itself is
    // exempt from CSP, so eval must be reached through a page task to be checked).
    (window.setTimeout as unknown as (code: string, ms: number) => void)('window.__evalRan = true', 0);
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__ran = true');
    img.src = 'data:image/png;base64,AAAA';
    document.body.append(img);
    const style = document.createElement('style');
    style.textContent = 'body { background: red }';
    document.head.append(style);
    await new Promise((r) => setTimeout(r, 100));
    return { ran: w.__ran === true, evalRan: (window as unknown as { __evalRan?: boolean }).__evalRan === true, violations: [...new Set(violations)].sort() };
  });
  expect(enforced).toEqual({ ran: false, evalRan: false, violations: ['script-src', 'script-src-attr', 'script-src-elem', 'style-src-elem'] });
});

test('gives the page no Node, no require and only the frozen dossier API', async ({ harness }) => {
  const page = await harness.page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    const api = w.dossier as Record<string, unknown>;
    return {
      require: typeof w.require,
      process: typeof w.process,
      buffer: typeof w.Buffer,
      module: typeof w.module,
      keys: Object.keys(api).sort(),
      frozen: Object.isFrozen(api) && Object.values(api).every((v) => typeof v === 'function' || Object.isFrozen(v)),
      ipc: 'ipcRenderer' in w || 'electron' in w,
    };
  });
  const domains = [...new Set(CHANNELS.map((c) => splitChannel(c)[0]))];
  expect(page).toEqual({ require: 'undefined', process: 'undefined', buffer: 'undefined', module: 'undefined', keys: [...domains, 'on'].sort(), frozen: true, ipc: false });
});

test('fails fetch, navigation and window.open to the network, and no request leaves app://', async ({ harness }) => {
  const { page } = harness;
  const fetchResult = await page.evaluate(async () => {
    try {
      await fetch('https://example.com/');
      return 'fetched';
    } catch (err) {
      return `failed: ${(err as Error).name}`;
    }
  });
  expect(fetchResult).toMatch(/^failed/);
  const fileFetch = await page.evaluate(() => fetch('file:///etc/passwd').then(() => 'fetched', () => 'failed'));
  expect(fileFetch).toBe('failed');

  const popups: string[] = [];
  harness.context.on('page', (p) => popups.push(p.url()));
  await page.evaluate(() => void window.open('https://example.com/', '_blank'));
  // Main's window-open handler denies the popup; the harness closes it as Electron would.
  await expect.poll(() => popups.length).toBe(1);
  await expect.poll(() => harness.context.pages().length).toBe(1);

  const before = page.url();
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe(before);
  await expect(page.locator('#root')).not.toBeEmpty();

  // Everything that tried to leave app:// was aborted, and main's own guard cancelled it too.
  expect(harness.blocked.length).toBeGreaterThan(0);
  expect(harness.blocked.filter((b) => !b.cancelledByMain)).toEqual([]);
  expect(harness.served.every((url) => url.startsWith('app://dossier/'))).toBe(true);
});

test('refuses IPC from a frame that is not the main frame', async ({ harness }) => {
  const result = await harness.page.evaluate(async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const invoke = (frame.contentWindow as unknown as { __dossierHarnessInvoke: (c: string, a: unknown[]) => Promise<unknown> }).__dossierHarnessInvoke;
    const answer = await invoke('vault:status', [{}]);
    frame.remove();
    return answer;
  });
  expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'This request is not allowed.' } });
  const fromMain = await harness.page.evaluate(() => (window as unknown as { dossier: { vault: { status: (r: object) => Promise<{ ok: boolean }> } } }).dossier.vault.status({}));
  expect(fromMain.ok).toBe(true);
});

test('main registered the hardened window, session and protocol', async ({ harness }) => {
  const { recorder } = harness.standIn;
  expect(recorder.sandboxEnabled).toBe(true);
  expect(recorder.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  expect(recorder.windowOptions).toHaveLength(1);
  expect(recorder.windowOptions[0]).toMatchObject({ title: 'Dossier', webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, partition: 'dossier-in-memory' } });
  expect(recorder.windows[0]!.contentProtection).toBe(true);
  const session = [...recorder.sessions.values()][0]!;
  expect(session.spellChecker).toBe(false);
  let granted: boolean | null = null;
  session.permissionRequest?.({}, 'media', (g) => (granted = g));
  expect(granted).toBe(false);
  expect([...session.protocolHandlers.keys()].sort()).toEqual(['app', 'file', 'ftp', 'http', 'https', 'ws', 'wss']);
});
