// The main process's state and the answers to every IPC channel. Electron's own objects are
// injected (dialog, clipboard, the event sender), so this runs under vitest and in the
// tier-2 harness exactly as in the app.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DossierError } from '../../shared/errors';
import type { Channel, EventName } from '../../shared/ipc/channels';
import type { EventPayload } from '../../shared/ipc/contract';
import type { LockReason, Settings, VaultStatus } from '../../shared/domain/vault-status';
import { isVaultChannel, VAULT_CHANNELS, type VaultChannel } from '../core/host/service-routes';
import type { OpenVaultInfo } from '../core/host/host-protocol';
import { KEY_FILE } from '../core/vault/vault-paths';
import type { Handlers } from './ipc/register-ipc';
import { UnlockThrottle } from './lock/unlock-throttle';
import { ClipboardGuard, type ClipboardLike } from './lock/clipboard-guard';
import type { SettingsStore } from './settings/settings-store';
import type { VaultBackend } from './vault/vault-client';

export interface ControllerDeps {
  backend: VaultBackend;
  settings: SettingsStore;
  clipboard: ClipboardLike;
  documentsDir: string;
  /** Shows the save dialog for a new vault folder; null when cancelled. */
  pickLocation: (suggested: string) => Promise<string | null>;
  send: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  onSettingsChanged?: (settings: Settings) => void;
  /** The open vault changed (null: locked); main adjusts screen-capture protection. */
  onOpenChanged?: (open: OpenVaultInfo | null) => void;
  now?: () => number;
}

const MUTATING_CASE_CHANNELS = new Set<Channel>(['cases:create', 'cases:update', 'cases:delete']);

export class AppController {
  private open: OpenVaultInfo | null = null;
  private lastLockReason: LockReason | null = null;
  private readonly throttle: UnlockThrottle;
  private readonly clipboardGuard: ClipboardGuard;
  private readonly deps: ControllerDeps;

  constructor(deps: ControllerDeps) {
    this.deps = deps;
    this.throttle = new UnlockThrottle(deps.now);
    this.clipboardGuard = new ClipboardGuard(deps.clipboard);
  }

  isUnlocked(): boolean {
    return this.open !== null;
  }

  status(): VaultStatus {
    const settings = this.deps.settings.get();
    const known = settings.vaultPath !== null && existsSync(join(settings.vaultPath, KEY_FILE));
    return {
      state: this.open ? 'unlocked' : known ? 'locked' : 'none',
      vault: this.open ? { name: this.open.name, path: this.open.path } : known ? { name: basename(settings.vaultPath!), path: settings.vaultPath! } : null,
      training: this.open?.training ?? false,
      reviewer: this.open?.reviewer ?? null,
      retryAfterSeconds: this.throttle.retryAfterSeconds(),
      lastLockReason: this.lastLockReason,
      suggestedPath: join(this.deps.documentsDir, 'Dossier', 'Case review'),
    };
  }

  /** Locks for any reason: closes the vault in the worker, ends the worker, clears the clipboard. */
  async lock(reason: LockReason): Promise<VaultStatus> {
    const wasOpen = this.open !== null;
    this.setOpen(null);
    await this.deps.backend.shutdown();
    await this.clipboardGuard.clearIfUnchanged();
    if (wasOpen) {
      this.lastLockReason = reason;
      this.deps.send('vault:locked', { reason });
    }
    return this.status();
  }

  private setOpen(open: OpenVaultInfo | null): void {
    this.open = open;
    this.deps.onOpenChanged?.(open);
  }

  handlers(): Handlers {
    const vaultCall = <C extends Channel>(channel: C) => async (req: unknown) => {
      if (!isVaultChannel(channel)) throw new DossierError('BAD_REQUEST', 'Unknown request.');
      const value = await this.deps.backend.request({ kind: 'call', channel, req });
      if (MUTATING_CASE_CHANNELS.has(channel)) {
        const id = (value as { id?: string } | null)?.id ?? (req as { id?: string }).id ?? null;
        this.deps.send('cases:changed', { caseId: id });
      }
      return value;
    };
    // Omit<…, VaultChannel>: leaving out a channel main must answer itself is a compile error.
    const own: Omit<Handlers, VaultChannel> = {
      'vault:status': async () => this.status(),
      'vault:create': async (req) => {
        if (this.open) await this.lock('manual');
        const created = await this.deps.backend.request({ kind: 'create', ...req });
        this.setOpen(created.info);
        this.lastLockReason = null;
        this.deps.settings.update({ vaultPath: created.info.path });
        this.deps.send('vault:unlocked', this.status());
        return { recoveryKey: created.recoveryKey, status: this.status() };
      },
      'vault:unlock': async (req) => {
        const path = this.deps.settings.get().vaultPath;
        if (!path) throw new DossierError('NOT_A_VAULT', 'No vault has been set up on this computer yet.');
        const wait = this.throttle.retryAfterSeconds();
        if (wait > 0) throw new DossierError('TOO_MANY_ATTEMPTS', `Too many wrong passphrases; try again in ${wait} seconds.`);
        try {
          this.setOpen(await this.deps.backend.request({ kind: 'unlock', path, passphrase: req.passphrase }));
        } catch (err) {
          if (err instanceof DossierError && err.code === 'WRONG_PASSPHRASE') this.throttle.recordFailure();
          throw err;
        }
        this.throttle.recordSuccess();
        this.deps.send('vault:unlocked', this.status());
        return this.status();
      },
      'vault:lock': async () => this.lock('manual'),
      'vault:change-passphrase': async (req) => {
        await this.deps.backend.request({ kind: 'change-passphrase', current: req.current, next: req.next });
        return null;
      },
      'vault:pick-location': async () => {
        const path = await this.deps.pickLocation(this.status().suggestedPath);
        return path ? { path } : null;
      },
      'settings:get': async () => publicSettings(this.deps.settings.get()),
      'settings:set': async (req) => {
        const next = publicSettings(this.deps.settings.update(definedOnly(req)));
        this.deps.onSettingsChanged?.(next);
        return next;
      },
      'clipboard:write-text': async (req) => {
        await this.clipboardGuard.write(req.text);
        return null;
      },
    };
    const routed = Object.fromEntries(VAULT_CHANNELS.map((channel) => [channel, vaultCall(channel)])) as unknown as Pick<Handlers, VaultChannel>;
    return { ...routed, ...own };
  }
}

function publicSettings(s: Settings & { vaultPath?: unknown }): Settings {
  return { idleLockMinutes: s.idleLockMinutes, language: s.language, codebookLanguage: s.codebookLanguage };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function basename(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}
