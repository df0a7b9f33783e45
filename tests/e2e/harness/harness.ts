// The Electron-less harness (DESIGN.md tier 2): the real main bundle runs in this Node process
// with the electron stand-in; Debian's Chromium shows the real renderer bundle, served through
// the app:// handler main registered; the real preload runs in the page with contextBridge and
// ipcRenderer shims whose invoke reaches main's recorded IPC handlers. Only Electron is stood in.
import { createRequire } from 'node:module';
import Module from 'node:module';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { createStandIn, StandInFrame, type StandIn } from './electron-standin';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
/** Chromium issues no request for an unknown scheme, so app://dossier is served at this origin. */
export const STAND_IN_ORIGIN = 'https://dossier.invalid';
export const CHROMIUM = process.env.DOSSIER_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];

export interface Harness {
  page: Page;
  context: BrowserContext;
  browser: Browser;
  standIn: StandIn;
  /** Requests that tried to leave app:// (all aborted), with whether main's guard cancelled them too. */
  blocked: { url: string; cancelledByMain: boolean }[];
  /** Requests served by the app:// handler. */
  served: string[];
  /** Uncaught errors in the page: every test expects none. */
  pageErrors: string[];
  /** Milliseconds from loading main to the first paint of the first screen. */
  startupMs: number;
  appUrl(path?: string): string;
  close(): Promise<void>;
}

type ModuleLoad = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleWithLoad = Module as unknown as { _load: ModuleLoad };
let activeStandIn: StandIn | null = null;
let hooked = false;

function hookElectron(): void {
  if (hooked) return;
  hooked = true;
  const original = moduleWithLoad._load;
  moduleWithLoad._load = function load(request, parent, isMain) {
    if (request === 'electron' && activeStandIn) return activeStandIn.module;
    return original.call(this, request, parent, isMain);
  };
}

/** A request's frame, or null for a popup's first navigation (its frame does not exist yet). */
function frameOf(request: { frame(): Frame }): Frame | null {
  try {
    return request.frame();
  } catch {
    return null;
  }
}

export function toAppUrl(url: string): string {
  return url.startsWith(STAND_IN_ORIGIN) ? `app://dossier${url.slice(STAND_IN_ORIGIN.length)}` : url;
}

function preloadScript(): string {
  const code = readFileSync(join(ROOT, 'out/preload/index.js'), 'utf8');
  // contextBridge and ipcRenderer are Electron's; the preload's own code runs unchanged.
  return `(() => {
    if (window.top !== window) return;
    const listeners = new Map();
    const electron = {
      contextBridge: { exposeInMainWorld(key, api) { Object.defineProperty(window, key, { value: api, enumerable: true }); } },
      ipcRenderer: {
        invoke: (channel, ...args) => window.__dossierHarnessInvoke(channel, args),
        on(channel, fn) { if (!listeners.has(channel)) listeners.set(channel, new Set()); listeners.get(channel).add(fn); },
        removeListener(channel, fn) { const set = listeners.get(channel); if (set) set.delete(fn); },
      },
    };
    Object.defineProperty(window, '__dossierHarnessEmit', { value: (channel, payload) => { for (const fn of listeners.get(channel) || []) fn({ sender: null }, payload); } });
    const module = { exports: {} };
    const require = (name) => { if (name === 'electron') return electron; throw new Error('the preload may not require ' + name); };
    (function (module, exports, require) {\n${code}\n})(module, module.exports, require);
  })();`;
}

export interface HarnessOptions {
  headless?: boolean;
  /** Prepares the user-data folder (settings, a vault) before main starts. */
  seed?: (folders: { userData: string; documents: string }) => void;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  for (const file of ['out/main/index.js', 'out/main/vault-worker.js', 'out/preload/index.js', 'out/renderer/index.html']) {
    if (!existsSync(join(ROOT, file))) throw new Error(`${file} is missing: run npm run build first`);
  }
  hookElectron();
  const standIn = createStandIn();
  activeStandIn = standIn;
  options.seed?.({ userData: standIn.recorder.userData, documents: standIn.recorder.documents });
  const started = performance.now();
  const require = createRequire(import.meta.url);
  const mainPath = join(ROOT, 'out/main/index.js');
  delete require.cache[mainPath];
  require(mainPath);
  await standIn.recorder.ready;
  await new Promise((r) => setImmediate(r));
  const win = standIn.recorder.windows[0];
  if (!win) throw new Error('main created no window');
  const session = [...standIn.recorder.sessions.values()][0];
  const appHandler = session?.protocolHandlers.get('app');
  if (!session || !appHandler) throw new Error('main registered no app:// handler');

  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: options.headless ?? true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const blocked: Harness['blocked'] = [];
  const served: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    const appUrl = toAppUrl(url);
    let cancelledByMain = false;
    session.beforeRequest?.({ url: appUrl }, (r) => (cancelledByMain = r.cancel));
    if (url.startsWith(`${STAND_IN_ORIGIN}/`) && !cancelledByMain) {
      served.push(appUrl);
      const response = await appHandler(new Request(appUrl, { method: route.request().method() }));
      const headers: Record<string, string> = {};
      response.headers.forEach((value, key) => (headers[key] = value));
      await route.fulfill({ status: response.status, headers, body: Buffer.from(await response.arrayBuffer()) });
      return;
    }
    blocked.push({ url, cancelledByMain });
    const request = route.request();
    if (request.isNavigationRequest() && frameOf(request) === page?.mainFrame()) {
      // Electron asks main's will-navigate listeners first; a prevented navigation never starts,
      // which Chromium shows as an aborted (not failed) navigation: the page stays as it was.
      let prevented = false;
      win.webContents.emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
      await route.abort(prevented ? 'aborted' : 'blockedbyclient');
      return;
    }
    await route.abort('blockedbyclient');
  });
  // Main's window-open handler decides about popups, as Electron's setWindowOpenHandler would.
  let page: Page | null = null;
  context.on('page', (popup) => {
    if (page === null || popup === page) return;
    // Only windows the page opens are Electron's business; the test's own pages (axe opens one) are not.
    void popup.opener().then((opener) => {
      if (!opener) return;
      const decision = win.webContents.windowOpenHandler?.({ url: popup.url() });
      if (!decision || decision.action === 'deny') void popup.close();
    });
  });
  await context.addInitScript(preloadScript());
  const frames = new WeakMap<Frame, StandInFrame>();
  const mainPage = await context.newPage();
  page = mainPage;
  await mainPage.exposeBinding('__dossierHarnessInvoke', async (source, channel: string, args: unknown[]) => {
    const handler = standIn.recorder.ipcHandlers.get(channel);
    if (!handler) return { ok: false, error: { code: 'BAD_REQUEST', message: 'No such channel.' } };
    let frame: StandInFrame;
    if (source.frame === mainPage.mainFrame()) {
      frame = win.webContents.mainFrame;
      frame.url = toAppUrl(source.frame.url());
    } else {
      frame = frames.get(source.frame) ?? new StandInFrame(toAppUrl(source.frame.url()));
      frames.set(source.frame, frame);
    }
    return handler({ sender: win.webContents, senderFrame: frame }, ...args);
  });
  win.webContents.onSend = (channel, payload) => {
    void mainPage.evaluate(([c, p]) => (window as unknown as { __dossierHarnessEmit: (c: string, p: unknown) => void }).__dossierHarnessEmit(c, p), [channel, payload] as const).catch(() => {});
  };
  const pageErrors: string[] = [];
  mainPage.on('pageerror', (e) => pageErrors.push(e.message));
  await mainPage.goto(`${STAND_IN_ORIGIN}${new URL(win.loadedUrl ?? 'app://dossier/index.html').pathname}`);
  await mainPage.waitForFunction(() => document.querySelector('#root')?.childElementCount).catch((err: unknown) => {
    throw new Error(`the renderer did not start${pageErrors.length ? `: ${pageErrors.join('; ')}` : ''} (${String(err)})`);
  });
  const startupMs = performance.now() - started;

  return {
    page: mainPage,
    context,
    browser,
    standIn,
    blocked,
    served,
    pageErrors,
    startupMs,
    appUrl: (path = '/index.html') => `${STAND_IN_ORIGIN}${path}`,
    close: async () => {
      await browser.close();
      // Quit as Electron would: main locks the vault (ending its worker) before exiting.
      const quit = new Promise<void>((resolve) => standIn.recorder.appEvents.once('quit', () => resolve()));
      standIn.recorder.appEvents.emit('before-quit', { preventDefault: () => {} });
      await Promise.race([quit, new Promise((r) => setTimeout(r, 5000))]);
      activeStandIn = null;
      rmSync(dirname(standIn.recorder.userData), { recursive: true, force: true });
    },
  };
}
