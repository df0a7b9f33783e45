// The window's webPreferences, as a pure function so a test can assert the whole set
// (security-and-architecture.md §1.1 items 2-4, 6, 8-11; X4, X6, X7).
export const SESSION_PARTITION = 'dossier-in-memory';

export interface SecureWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  experimentalFeatures: false;
  webviewTag: false;
  spellcheck: false;
  partition: string;
  devTools: boolean;
  navigateOnDragDrop: false;
  safeDialogs: true;
  disableDialogs: true;
  autoplayPolicy: 'user-gesture-required';
}

export function buildWebPreferences(preloadPath: string, options: { devTools: boolean }): SecureWebPreferences {
  return {
    preload: preloadPath,
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
    // No "persist:" prefix: Chromium keeps no cache, storage or cookies on disk (X6).
    partition: SESSION_PARTITION,
    devTools: options.devTools,
    navigateOnDragDrop: false,
    safeDialogs: true,
    disableDialogs: true,
    autoplayPolicy: 'user-gesture-required',
  };
}
