// The preload exposes named functions generated from the contract and nothing else (checklist
// #20); listeners never receive Electron's event object.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, splitChannel } from '../../../shared/ipc/channels';

const exposed: Record<string, unknown> = {};
const invoked: { channel: string; args: unknown[] }[] = [];
const listeners = new Map<string, (event: unknown, payload: unknown) => void>();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void (exposed[key] = api) },
  ipcRenderer: {
    invoke: (channel: string, ...args: unknown[]) => (invoked.push({ channel, args }), Promise.resolve({ ok: true, value: null })),
    on: (channel: string, fn: (event: unknown, payload: unknown) => void) => void listeners.set(channel, fn),
    removeListener: (channel: string) => void listeners.delete(channel),
  },
}));

beforeAll(async () => {
  await import('../../../electron/preload/index');
});

type Api = Record<string, Record<string, (req: unknown) => Promise<unknown>>> & { on: (e: string, cb: (p: unknown) => void) => () => void };

describe('the preload', () => {
  it('exposes one frozen object named dossier with a function per channel', () => {
    expect(Object.keys(exposed)).toEqual(['dossier']);
    const api = exposed.dossier as Api;
    expect(Object.isFrozen(api)).toBe(true);
    const domains = [...new Set(CHANNELS.map((c) => splitChannel(c)[0]))];
    expect(Object.keys(api).sort()).toEqual([...domains, 'on'].sort());
    for (const channel of CHANNELS) {
      const [domain, verb] = splitChannel(channel);
      expect(Object.isFrozen(api[domain])).toBe(true);
      expect(typeof api[domain]![verb], channel).toBe('function');
    }
    expect(JSON.stringify(Object.keys(api.documents!))).toBe(JSON.stringify(['list', 'get', 'addText', 'delete', 'import', 'replace', 'original']));
  });

  it('invokes exactly the channel of the function with the request alone', async () => {
    const api = exposed.dossier as Api;
    await api.cases!.list!({ text: 'x' });
    await api.documents!.addText!({ caseId: 'c', text: 't' });
    expect(invoked).toEqual([
      { channel: 'cases:list', args: [{ text: 'x' }] },
      { channel: 'documents:add-text', args: [{ caseId: 'c', text: 't' }] },
    ]);
  });

  it('subscribes only to known events and drops the event object', () => {
    const api = exposed.dossier as Api;
    const received: unknown[] = [];
    const off = api.on('vault:locked', (payload) => received.push(payload));
    listeners.get('vault:locked')!({ sender: 'electron internals' }, { reason: 'idle' });
    expect(received).toEqual([{ reason: 'idle' }]);
    off();
    expect(listeners.has('vault:locked')).toBe(false);
    expect(() => api.on('some:channel', () => {})).toThrow();
  });
});
