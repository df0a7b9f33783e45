// The IPC wrapper (DESIGN.md "Data flow"; issue 3 bad input): every channel, fuzzed.
import { describe, expect, it } from 'vitest';
import { CHANNELS, type Channel } from '../../../shared/ipc/channels';
import { requests, UNLOCKED_NOT_REQUIRED } from '../../../shared/ipc/contract';
import { answer, registerIpc, type Handlers } from '../../../electron/main/ipc/register-ipc';
import { isTrustedSender } from '../../../electron/main/ipc/sender-check';

const mainFrame = { url: 'app://dossier/index.html' };
const ourContents = { id: 7, mainFrame };
const trusted = { sender: ourContents, senderFrame: mainFrame };

/** Handlers that record calls and answer something harmless. */
function recordingHandlers(calls: string[]): Handlers {
  return Object.fromEntries(CHANNELS.map((c) => [c, async () => (calls.push(c), null)])) as unknown as Handlers;
}

const deps = (unlocked: boolean) => ({ trustedContentsId: () => 7, isUnlocked: () => unlocked });

/** Structurally wrong requests for a channel: wrong types, extra keys, huge strings, prototype keys. */
function badRequests(channel: Channel): unknown[] {
  const bad: unknown[] = [
    null,
    42,
    'text',
    [],
    { __proto__: { polluted: true }, extra: 1 },
    JSON.parse('{"__proto__": {"isAdmin": true}}'),
    { constructor: { prototype: { polluted: true } } },
    { unexpected: 'x'.repeat(10 * 1024 * 1024) },
  ];
  const shape = (requests[channel] as unknown as { shape?: Record<string, unknown> }).shape;
  if (shape) {
    for (const key of Object.keys(shape)) {
      bad.push({ [key]: { nested: true } });
      bad.push({ [key]: 'x'.repeat(10 * 1024 * 1024) });
      bad.push({ [key]: Number.MAX_VALUE });
    }
  }
  return bad;
}

describe('sender validation', () => {
  it('trusts only the main frame of our window at our origin', () => {
    expect(isTrustedSender(trusted, 7)).toBe(true);
    expect(isTrustedSender({ sender: ourContents, senderFrame: { url: 'app://dossier/index.html' } }, 7)).toBe(false);
    expect(isTrustedSender({ sender: ourContents, senderFrame: null }, 7)).toBe(false);
    expect(isTrustedSender({ sender: { id: 8, mainFrame }, senderFrame: mainFrame }, 7)).toBe(false);
    const foreign = { url: 'https://evil.example/' };
    expect(isTrustedSender({ sender: { id: 7, mainFrame: foreign }, senderFrame: foreign }, 7)).toBe(false);
    expect(isTrustedSender(trusted, null)).toBe(false);
  });
});

describe('registration', () => {
  it('registers exactly the channels of the contract', () => {
    const registered: string[] = [];
    registerIpc({ handle: (c) => void registered.push(c) }, recordingHandlers([]), deps(true));
    expect(registered.sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(requests).sort()).toEqual([...CHANNELS].sort());
  });
});

describe('every channel with bad input', () => {
  it('answers BAD_REQUEST with no stack and no path, and never calls the handler', async () => {
    const calls: string[] = [];
    const handlers = recordingHandlers(calls);
    for (const channel of CHANNELS) {
      for (const req of badRequests(channel)) {
        const result = await answer(channel, trusted, [req], handlers, deps(true));
        expect(result, `${channel} ${JSON.stringify(req)?.slice(0, 80)}`).toEqual({ ok: false, error: { code: 'BAD_REQUEST', message: 'The request is malformed.' } });
      }
      expect(await answer(channel, trusted, [], handlers, deps(true))).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
      expect(await answer(channel, trusted, [{}, {}], handlers, deps(true))).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    }
    expect(calls).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers FORBIDDEN to a frame that is not our main frame, before looking at the request', async () => {
    const subframe = { sender: ourContents, senderFrame: { url: 'app://dossier/index.html' } };
    for (const channel of CHANNELS) {
      expect(await answer(channel, subframe, [{}], recordingHandlers([]), deps(true))).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'This request is not allowed.' } });
    }
  });

  it('answers LOCKED to every channel but the lock-screen ones while locked', async () => {
    for (const channel of CHANNELS.filter((c) => !UNLOCKED_NOT_REQUIRED.has(c))) {
      const req = validExample(channel);
      expect(requests[channel].safeParse(req).success, channel).toBe(true);
      expect(await answer(channel, trusted, [req], recordingHandlers([]), deps(false)), channel).toEqual({ ok: false, error: { code: 'LOCKED', message: 'The vault is locked.' } });
    }
    const calls: string[] = [];
    expect(await answer('vault:unlock', trusted, [{ passphrase: 'x' }], recordingHandlers(calls), deps(false))).toEqual({ ok: true, value: null });
    expect(calls).toEqual(['vault:unlock']);
  });

  it('hides unexpected errors behind INTERNAL', async () => {
    const handlers = { ...recordingHandlers([]), 'cases:list': async () => { throw new Error('SQLITE_ERROR near /home/user/vault.db: syntax'); } } as Handlers;
    const result = await answer('cases:list', trusted, [{}], handlers, deps(true));
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Something went wrong; nothing was changed.' } });
  });
});

const ID = '6f1c2a4e-8b7d-4c3a-9e2f-1a2b3c4d5e6f';

/** A minimal valid request per channel, to reach the lock check. */
function validExample(channel: Channel): unknown {
  const examples: Partial<Record<Channel, unknown>> = {
    'vault:change-passphrase': { current: 'a', next: 'b' },
    'codebook:get': { caseId: ID },
    'codebook:current': {},
    'codebook:change': { baseVersion: 1, changes: [{ op: 'deprecate_field', fieldId: 'f', deprecated: true }] },
    'review:overview': {},
    'review:table': { fieldIds: ['country'] },
    'codings:history': { caseId: ID, stageId: 's', fieldId: 'f' },
    'cases:list': {},
    'cases:create': { ref: 'X' },
    'cases:update': { id: ID },
    'persons:create': { caseId: ID, role: 'victim' },
    'persons:update': { id: ID },
    'codings:set': { caseId: ID, stageId: 's', fieldId: 'f', value: 1 },
    'codings:clear': { caseId: ID, stageId: 's', fieldId: 'f' },
    'documents:add-text': { caseId: ID, text: 'x' },
    'annotations:list': { documentId: ID },
    'annotations:create': { documentId: ID, start: 0, end: 1 },
    'annotations:update': { id: ID },
    'annotations:restore': { id: ID, documentId: ID, start: 0, end: 1, codes: [], memo: null, evidenceCodingIds: [] },
    'documents:import': { caseId: ID, name: 'a.txt', bytes: new Uint8Array([97]) },
    'documents:replace': { id: ID, name: 'a.txt', bytes: new Uint8Array([97]) },
    'search:query': { text: 'x' },
    'search:passages': { code: 'x' },
    'search:code-matrix': {},
    'memos:create': { caseId: ID, text: 'x' },
    'memos:update': { id: ID, text: 'x' },
    'audit:list': {},
    'audit:verify': {},
    'clipboard:write-text': { text: 'x' },
  };
  if (channel in examples) return examples[channel];
  const shape = (requests[channel] as unknown as { shape: Record<string, unknown> }).shape;
  return 'caseId' in shape ? { caseId: ID } : { id: ID };
}
