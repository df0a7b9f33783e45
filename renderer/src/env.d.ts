// The only way out of the renderer: the preload's frozen bridge, typed from the shared contract
// (DESIGN.md "Data flow"). There is no Node and no Electron here.
import type { DossierApi } from '../../shared/ipc/api';

declare global {
  interface Window {
    readonly dossier: DossierApi;
  }
}

export {};
