// Tier 1 tests of main's pure security parts (DESIGN.md "Testing in three tiers").
import { afterEach, describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildWebPreferences } from '../../../electron/main/security/web-preferences';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../../electron/main/security/content-security-policy';
import { isAppUrl } from '../../../electron/main/security/app-origin';
import { createAppProtocolHandler, resolveBundlePath } from '../../../electron/main/security/app-protocol';
import { guardNavigation } from '../../../electron/main/security/navigation-guard';
import { denyAllPermissions } from '../../../electron/main/security/permissions';
import { blockNetwork, BLOCKED_SCHEMES } from '../../../electron/main/security/network-block';
import { mainWindowOptions } from '../../../electron/main/window/create-main-window';
import { removeTempDirs, tempDir } from '../../helpers/temp-vault';

afterEach(removeTempDirs);

describe('window options', () => {
  it('are the secure set of the Electron checklist', () => {
    expect(buildWebPreferences('/app/preload/index.js', { devTools: false })).toEqual({
      preload: '/app/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      partition: 'dossier-in-memory',
      devTools: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      disableDialogs: true,
      autoplayPolicy: 'user-gesture-required',
    });
  });
  it('use an in-memory partition and a title that names nothing', () => {
    const options = mainWindowOptions('/p.cjs', false);
    expect(options.webPreferences?.partition).not.toMatch(/^persist:/);
    expect(options.title).toBe('Dossier');
    expect(options.show).toBe(false);
  });
});

describe('content security policy', () => {
  it('allows nothing remote, no eval, no inline code and no network', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; font-src 'self'; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; frame-src 'none'; worker-src 'self'",
    );
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(eval|inline)|https?:|\*/);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('the app origin', () => {
  it('parses URLs instead of comparing prefixes', () => {
    expect(isAppUrl('app://dossier/index.html')).toBe(true);
    for (const url of ['app://dossier.evil/index.html', 'app://evil/dossier', 'app://user:pw@dossier/', 'https://dossier/', 'javascript:alert(1)', 'file:///etc/passwd', 'app:dossier', 'not a url', 'app://dossier@evil/']) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });
});

describe('the app:// protocol handler', () => {
  function bundle(): string {
    const base = tempDir();
    const root = join(base, 'renderer');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(base, 'secret.txt'), 'outside the bundle');
    symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'));
    return root;
  }

  it('serves files of the bundle', () => {
    const root = bundle();
    expect(resolveBundlePath(root, 'app://dossier/index.html')).toMatch(/index\.html$/);
    expect(resolveBundlePath(root, 'app://dossier/')).toMatch(/index\.html$/);
    expect(resolveBundlePath(root, 'app://dossier/assets/app.js?v=1')).toMatch(/app\.js$/);
  });

  it('refuses traversal, encoded traversal, absolute paths, symlinks out, other hosts and schemes', () => {
    const root = bundle();
    for (const url of [
      'app://dossier/../secret.txt',
      'app://dossier/%2e%2e/secret.txt',
      'app://dossier/assets/%2E%2E%2F..%2Fsecret.txt',
      'app://dossier/%2Fetc%2Fpasswd',
      'app://dossier//etc/passwd',
      'app://dossier/assets/link.txt',
      'app://dossier/assets/..%5C..%5Csecret.txt',
      'app://dossier/assets/%00.js',
      'app://dossier/assets',
      'app://dossier/%E0%A4%A',
      'app://other/index.html',
      'file:///etc/passwd',
    ]) {
      expect(resolveBundlePath(root, url), url).toBeNull();
    }
  });

  it('answers with the CSP header, a content type, and 404 or 405 otherwise', async () => {
    const handler = createAppProtocolHandler(bundle());
    const ok = handler(new Request('app://dossier/index.html'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(ok.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(handler(new Request('app://dossier/../secret.txt')).status).toBe(404);
    expect(handler(new Request('app://dossier/index.html', { method: 'POST' })).status).toBe(405);
    expect(await handler(new Request('app://dossier/nope.js')).text()).not.toContain('/');
  });
});

describe('navigation, windows, webviews, permissions, network', () => {
  it('prevents navigation, redirects and webviews, and denies new windows', () => {
    const contents = new EventEmitter() as EventEmitter & { setWindowOpenHandler: (h: (d: { url: string }) => { action: string }) => void; openHandler?: (d: { url: string }) => { action: string } };
    contents.setWindowOpenHandler = (h) => (contents.openHandler = h);
    const blocked: string[] = [];
    guardNavigation(contents as never, (what) => blocked.push(what));
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false;
      contents.emit(event, { preventDefault: () => (prevented = true) }, 'https://example.com');
      expect(prevented, event).toBe(true);
    }
    expect(contents.openHandler?.({ url: 'app://dossier/index.html' })).toEqual({ action: 'deny' });
    expect(blocked).toEqual(['navigation', 'frame navigation', 'redirect', 'webview', 'new window']);
  });

  it('denies every permission request and check', () => {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    denyAllPermissions({
      setPermissionRequestHandler: (h: never) => (handlers.request = h),
      setPermissionCheckHandler: (h: never) => (handlers.check = h),
      setDevicePermissionHandler: (h: never) => (handlers.device = h),
    } as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'hid', 'serial', 'usb', 'fullscreen', 'openExternal']) {
      let granted: boolean | null = null;
      (handlers.request as (wc: unknown, p: string, cb: (g: boolean) => void) => void)({}, permission, (g) => (granted = g));
      expect(granted, permission).toBe(false);
      expect((handlers.check as (...a: unknown[]) => boolean)({}, permission), permission).toBe(false);
    }
    expect((handlers.device as () => boolean)()).toBe(false);
  });

  it('cancels every request that is not app:// and answers the network schemes with errors', () => {
    let before: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null = null;
    const schemes: string[] = [];
    blockNetwork({ webRequest: { onBeforeRequest: (h: never) => (before = h) }, protocol: { handle: (s: string) => void schemes.push(s) } } as never);
    const decide = (url: string) => {
      let cancel: boolean | null = null;
      before!({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('app://dossier/index.html')).toBe(false);
    for (const url of ['https://example.com/', 'http://10.0.0.1/', 'ws://localhost:1/', 'file:///etc/passwd', 'ftp://x/', 'app://dossier.evil/x', 'data:text/html,x']) {
      expect(decide(url), url).toBe(true);
    }
    expect(schemes).toEqual([...BLOCKED_SCHEMES]);
  });
});
