// Main's controller with the real vault host in-process (the app runs the same host in a
// worker thread; the harness tests cover that path).
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { AppController } from '../../../electron/main/app-controller';
import { SettingsStore } from '../../../electron/main/settings/settings-store';
import type { VaultBackend } from '../../../electron/main/vault/vault-client';
import { VaultHost } from '../../../electron/core/host/vault-host';
import { DossierError } from '../../../shared/errors';
import type { HostReplies, HostRequest } from '../../../electron/core/host/host-protocol';
import { FAST_KDF, removeTempDirs, tempDir } from '../../helpers/temp-vault';

afterEach(removeTempDirs);

class InProcessBackend implements VaultBackend {
  host = new VaultHost({ kdfCost: FAST_KDF });
  async request<K extends HostRequest['kind']>(request: Extract<HostRequest, { kind: K }>): Promise<HostReplies[K]> {
    const result = this.host.handle(request);
    if (!result.ok) throw new DossierError(result.error.code, result.error.message);
    return result.value as HostReplies[K];
  }
  async shutdown(): Promise<void> {
    this.host.close();
  }
}

function setup() {
  const dir = tempDir();
  const events: { event: string; payload: unknown }[] = [];
  const clipboard = { text: '', writeText(t: string) { this.text = t; }, readText() { return this.text; }, clear() { this.text = ''; } };
  let now = 0;
  const controller = new AppController({
    backend: new InProcessBackend(),
    settings: new SettingsStore(join(dir, 'user-data', 'settings.json')),
    clipboard,
    documentsDir: join(dir, 'documents'),
    pickLocation: async () => null,
    send: (event, payload) => void events.push({ event, payload }),
    now: () => now,
  });
  return { controller, handlers: controller.handlers(), events, clipboard, dir, advance: (ms: number) => (now += ms) };
}

const PASS = 'a long passphrase for the controller';

describe('the app controller', () => {
  it('goes from first run to unlocked, locked and unlocked again', async () => {
    const { controller, handlers, events, dir } = setup();
    expect((await handlers['vault:status']({})).state).toBe('none');
    const created = await handlers['vault:create']({ path: join(dir, 'vault'), passphrase: PASS, reviewerName: 'Ana' });
    expect(created.recoveryKey).toMatch(/^([0-9A-F]{4}-){15}[0-9A-F]{4}$/);
    expect(created.status).toMatchObject({ state: 'unlocked', vault: { name: 'vault' }, reviewer: { name: 'Ana' } });
    const c = await handlers['cases:create']({ ref: 'MK-1', title: '', status: 'not_started' });
    expect(events.map((e) => e.event)).toEqual(['vault:unlocked', 'cases:changed']);
    await handlers['vault:lock']({});
    expect(controller.isUnlocked()).toBe(false);
    expect(events.at(-1)).toEqual({ event: 'vault:locked', payload: { reason: 'manual' } });
    expect((await handlers['vault:status']({})).state).toBe('locked');
    await handlers['vault:unlock']({ passphrase: PASS });
    expect((await handlers['cases:get']({ id: c.id })).case.ref).toBe('MK-1');
  });

  it('slows down repeated wrong passphrases', async () => {
    const { handlers, dir, advance } = setup();
    await handlers['vault:create']({ path: join(dir, 'vault'), passphrase: PASS, reviewerName: 'Ana' });
    await handlers['vault:lock']({});
    const attempt = async () => {
      try {
        await handlers['vault:unlock']({ passphrase: 'wrong passphrase here' });
        return 'opened';
      } catch (err) {
        return (err as DossierError).code;
      }
    };
    expect([await attempt(), await attempt(), await attempt()]).toEqual(['WRONG_PASSPHRASE', 'WRONG_PASSPHRASE', 'WRONG_PASSPHRASE']);
    expect(await attempt()).toBe('TOO_MANY_ATTEMPTS');
    expect((await handlers['vault:status']({})).retryAfterSeconds).toBe(2);
    advance(2000);
    await handlers['vault:unlock']({ passphrase: PASS });
  });

  it('clears the clipboard on lock if it still holds our text', async () => {
    const { handlers, clipboard, dir } = setup();
    await handlers['vault:create']({ path: join(dir, 'vault'), passphrase: PASS, reviewerName: 'Ana' });
    await handlers['clipboard:write-text']({ text: 'copied from a judgment' });
    expect(clipboard.text).toBe('copied from a judgment');
    await handlers['vault:lock']({});
    expect(clipboard.text).toBe('');
  });

  it('keeps settings, and never the passphrase, in the settings file', async () => {
    const { handlers, dir } = setup();
    await handlers['vault:create']({ path: join(dir, 'vault'), passphrase: PASS, reviewerName: 'Ana' });
    expect(await handlers['settings:set']({ idleLockMinutes: 5 })).toEqual({ idleLockMinutes: 5, language: 'en', codebookLanguage: 'en' });
    const file = readFileSync(join(dir, 'user-data', 'settings.json'), 'utf8');
    expect(file).toContain('"idleLockMinutes": 5');
    expect(file).not.toContain(PASS);
  });
});
