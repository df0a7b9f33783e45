// A stand-in for the `electron` module (DESIGN.md "Testing in three tiers", tier 2): only
// Electron's own APIs are replaced; everything Dossier ships (main, preload, worker, renderer)
// runs for real. It records what main registers (window options, IPC handlers, the app://
// handler, session guards) so the harness can drive Chromium through them.
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Listener = (...args: unknown[]) => unknown;
export type IpcListener = (event: unknown, ...args: unknown[]) => Promise<unknown>;
export type ProtocolHandler = (request: Request) => Response | Promise<Response>;

export class StandInFrame {
  constructor(public url: string) {}
}

export class StandInWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = StandInWebContents.nextId++;
  readonly mainFrame = new StandInFrame('');
  windowOpenHandler: ((details: { url: string }) => { action: 'deny' | 'allow' }) | null = null;
  sent: { channel: string; payload: unknown }[] = [];
  onSend: (channel: string, payload: unknown) => void = () => {};

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' | 'allow' }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
    this.onSend(channel, payload);
  }
  isDestroyed(): boolean {
    return false;
  }
}

export class StandInSession {
  readonly protocolHandlers = new Map<string, ProtocolHandler>();
  beforeRequest: ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void) | null = null;
  permissionRequest: ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void) | null = null;
  permissionCheck: ((...args: unknown[]) => boolean) | null = null;
  devicePermission: ((...args: unknown[]) => boolean) | null = null;
  spellChecker = true;
  readonly protocol = { handle: (scheme: string, handler: ProtocolHandler) => void this.protocolHandlers.set(scheme, handler) };
  readonly webRequest = {
    onBeforeRequest: (handler: StandInSession['beforeRequest']) => {
      this.beforeRequest = handler;
    },
  };
  setPermissionRequestHandler(h: StandInSession['permissionRequest']): void {
    this.permissionRequest = h;
  }
  setPermissionCheckHandler(h: StandInSession['permissionCheck']): void {
    this.permissionCheck = h;
  }
  setDevicePermissionHandler(h: StandInSession['devicePermission']): void {
    this.devicePermission = h;
  }
  setSpellCheckerEnabled(enabled: boolean): void {
    this.spellChecker = enabled;
  }
}

export interface StandIn {
  module: Record<string, unknown>;
  recorder: {
    windows: StandInWindow[];
    windowOptions: Record<string, unknown>[];
    ipcHandlers: Map<string, IpcListener>;
    sessions: Map<string, StandInSession>;
    privilegedSchemes: unknown[];
    sandboxEnabled: boolean;
    appEvents: EventEmitter;
    power: StandInPowerMonitor;
    clipboard: { text: string; cleared: number };
    dialogResult: { canceled: boolean; filePath?: string };
    userData: string;
    documents: string;
    ready: Promise<void>;
  };
}

export class StandInPowerMonitor extends EventEmitter {
  idleSeconds = 0;
  idleState: 'active' | 'idle' | 'locked' | 'unknown' = 'active';
  getSystemIdleTime(): number {
    return this.idleSeconds;
  }
  getSystemIdleState(): 'active' | 'idle' | 'locked' | 'unknown' {
    return this.idleState;
  }
}

export class StandInWindow extends EventEmitter {
  readonly webContents = new StandInWebContents();
  loadedUrl: string | null = null;
  contentProtection: boolean | null = null;
  visible = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    this.webContents.mainFrame.url = url;
    setImmediate(() => this.emit('ready-to-show'));
    return Promise.resolve();
  }
  setContentProtection(on: boolean): void {
    this.contentProtection = on;
  }
  show(): void {
    this.visible = true;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {}
  isDestroyed(): boolean {
    return false;
  }
}

export function createStandIn(): StandIn {
  const root = mkdtempSync(join(tmpdir(), 'dossier-harness-'));
  const appEvents = new EventEmitter();
  const power = new StandInPowerMonitor();
  let resolveReady: () => void = () => {};
  const ready = new Promise<void>((r) => (resolveReady = r));
  const recorder: StandIn['recorder'] = {
    windows: [],
    windowOptions: [],
    ipcHandlers: new Map(),
    sessions: new Map(),
    privilegedSchemes: [],
    sandboxEnabled: false,
    appEvents,
    power,
    clipboard: { text: '', cleared: 0 },
    dialogResult: { canceled: true },
    userData: join(root, 'user-data'),
    documents: join(root, 'documents'),
    ready,
  };
  const app = {
    requestSingleInstanceLock: () => true,
    enableSandbox: () => {
      recorder.sandboxEnabled = true;
    },
    on: (event: string, listener: Listener) => appEvents.on(event, listener),
    once: (event: string, listener: Listener) => appEvents.once(event, listener),
    whenReady: () => {
      setImmediate(resolveReady);
      return ready;
    },
    getPath: (name: string) => (name === 'documents' ? recorder.documents : recorder.userData),
    isPackaged: false,
    quit: () => appEvents.emit('quit'),
  };
  class BrowserWindow extends StandInWindow {
    constructor(options: Record<string, unknown>) {
      super(options);
      recorder.windows.push(this);
      recorder.windowOptions.push(options);
      appEvents.emit('web-contents-created', {}, this.webContents);
    }
  }
  const module = {
    app,
    BrowserWindow,
    ipcMain: { handle: (channel: string, listener: IpcListener) => void recorder.ipcHandlers.set(channel, listener) },
    protocol: { registerSchemesAsPrivileged: (schemes: unknown[]) => void recorder.privilegedSchemes.push(...schemes) },
    session: {
      fromPartition: (partition: string) => {
        let s = recorder.sessions.get(partition);
        if (!s) {
          s = new StandInSession();
          recorder.sessions.set(partition, s);
        }
        return s;
      },
    },
    powerMonitor: power,
    clipboard: {
      writeText: async (text: string) => {
        recorder.clipboard.text = text;
      },
      readText: async () => recorder.clipboard.text,
      clear: () => {
        recorder.clipboard.text = '';
        recorder.clipboard.cleared++;
      },
    },
    dialog: { showSaveDialog: async () => recorder.dialogResult },
  };
  return { module, recorder };
}
