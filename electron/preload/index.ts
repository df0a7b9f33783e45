// The preload (checklist #20, Electron Fiddle's pattern): `window.dossier` holds named functions
// generated from the contract's channel list and nothing else: no raw ipcRenderer, no free
// channel names, no Electron event objects (listeners receive only the payload). Frozen.
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, EVENTS, splitChannel, type EventName } from '../../shared/ipc/channels';

type Invoke = (req: unknown) => Promise<unknown>;

const domains: Record<string, Record<string, Invoke>> = {};
for (const channel of CHANNELS) {
  const [domain, verb] = splitChannel(channel);
  (domains[domain] ??= {})[verb] = (req: unknown) => ipcRenderer.invoke(channel, req);
}

function on(event: EventName, listener: (payload: unknown) => void): () => void {
  if (!(EVENTS as readonly string[]).includes(event)) throw new Error('Unknown event.');
  const forward = (_event: unknown, payload: unknown): void => listener(payload);
  ipcRenderer.on(event, forward);
  return () => {
    ipcRenderer.removeListener(event, forward);
  };
}

const api = Object.freeze({
  ...Object.fromEntries(Object.entries(domains).map(([domain, verbs]) => [domain, Object.freeze(verbs)])),
  on,
});

contextBridge.exposeInMainWorld('dossier', api);
