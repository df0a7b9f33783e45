// Application lifecycle: one instance, one sandboxed window, the hardened in-memory session,
// the app:// protocol, IPC from the contract, and auto-lock (DESIGN.md "Security promises").
import { app, BrowserWindow, clipboard, dialog, ipcMain, powerMonitor, protocol, session } from 'electron';
import { join } from 'node:path';
import { SESSION_PARTITION } from './security/web-preferences';
import { APP_SCHEME } from './security/app-origin';
import { guardNavigation } from './security/navigation-guard';
import { denyAllPermissions } from './security/permissions';
import { blockNetwork } from './security/network-block';
import { createAppProtocolHandler } from './security/app-protocol';
import { registerIpc } from './ipc/register-ipc';
import { AppController } from './app-controller';
import { SettingsStore } from './settings/settings-store';
import { VaultClient } from './vault/vault-client';
import { IdleMonitor } from './lock/idle-monitor';
import { createMainWindow } from './window/create-main-window';

export interface AppLayout {
  /** Folder of the built main bundle (out/main, or inside app.asar). */
  mainDir: string;
}

export function startApp(layout: AppLayout): void {
  // X5: a second process must never open the same vault.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.enableSandbox();
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  // Checklist #12-14 on every web contents, including any Electron creates itself.
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents));

  let win: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });

  void app.whenReady().then(() => {
    const ses = session.fromPartition(SESSION_PARTITION);
    denyAllPermissions(ses);
    blockNetwork(ses);
    ses.setSpellCheckerEnabled(false);
    ses.protocol.handle(APP_SCHEME, createAppProtocolHandler(join(layout.mainDir, '..', 'renderer')));

    const settings = new SettingsStore(join(app.getPath('userData'), 'settings.json'));
    const backend = new VaultClient({
      workerPath: join(layout.mainDir, 'vault-worker.js'),
      ...(app.isPackaged ? { nativeBinding: join(process.resourcesPath, 'native', 'better_sqlite3.node') } : {}),
    });
    const controller: AppController = new AppController({
      backend,
      settings,
      clipboard,
      documentsDir: app.getPath('documents'),
      pickLocation: async (suggested) => {
        const result = win ? await dialog.showSaveDialog(win, { title: 'Vault folder', defaultPath: suggested, properties: ['createDirectory', 'showOverwriteConfirmation'] }) : null;
        return result && !result.canceled && result.filePath ? result.filePath : null;
      },
      send: (event, payload) => win?.webContents.send(event, payload),
      onSettingsChanged: (next) => idle.setIdleMinutes(next.idleLockMinutes),
      onOpenChanged: (open) => win?.setContentProtection(!(open?.training ?? false)),
    });
    const idle = new IdleMonitor({
      power: powerMonitor,
      timers: { setInterval, clearInterval },
      idleMinutes: settings.get().idleLockMinutes,
      lock: (reason) => void controller.lock(reason),
      isUnlocked: () => controller.isUnlocked(),
    });
    registerIpc(ipcMain, controller.handlers(), {
      trustedContentsId: () => (win && !win.isDestroyed() ? win.webContents.id : null),
      isUnlocked: () => controller.isUnlocked(),
    });
    idle.start();
    app.on('quit', () => idle.stop());
    win = createMainWindow(BrowserWindow, join(layout.mainDir, '..', 'preload', 'index.js'), !app.isPackaged);
    win.on('closed', () => {
      win = null;
    });

    let quitting = false;
    app.on('before-quit', (event) => {
      if (quitting) return;
      // Close the vault (checkpoint, zeroed key) and clear our clipboard before exiting.
      event.preventDefault();
      quitting = true;
      void controller.lock('shutdown').finally(() => app.quit());
    });
  });

  app.on('window-all-closed', () => app.quit());
}
