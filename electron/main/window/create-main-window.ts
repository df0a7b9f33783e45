// The one window. Its title never names a case or person (USERS.md); its content is protected
// from screen capture unless a training vault is open (trainers project it).
import type { BrowserWindow as BrowserWindowType, BrowserWindowConstructorOptions } from 'electron';
import { buildWebPreferences } from '../security/web-preferences';
import { APP_ENTRY_URL } from '../security/app-origin';

export interface WindowFactory {
  new (options: BrowserWindowConstructorOptions): BrowserWindowType;
}

export function mainWindowOptions(preloadPath: string, devTools: boolean): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Dossier',
    backgroundColor: '#f6f7f9',
    webPreferences: buildWebPreferences(preloadPath, { devTools }),
  };
}

export function createMainWindow(BrowserWindow: WindowFactory, preloadPath: string, devTools: boolean): BrowserWindowType {
  const win = new BrowserWindow(mainWindowOptions(preloadPath, devTools));
  win.setContentProtection(true);
  // The page's <title> must not replace ours with anything it renders.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY_URL);
  return win;
}
