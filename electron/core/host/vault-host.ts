// The vault worker's logic, in plain Node: it holds the one open vault and answers requests
// from main. Kept free of worker_threads so vitest drives it directly.
import { DossierError, isDossierError } from '../../../shared/errors';
import { fail, ok, type Result } from '../../../shared/result';
import { requests } from '../../../shared/ipc/contract';
import { createServices, type Services } from '../services';
import { changePassphrase, createVault, openVault, type Vault } from '../vault/vault';
import type { KdfCost } from '../crypto/argon2-kdf';
import { listReviewers } from '../reviewers/reviewers';
import { isVaultChannel, SERVICE_ROUTES, type VaultChannel } from './service-routes';
import type { HostRequest, OpenVaultInfo } from './host-protocol';

export interface VaultHostOptions {
  /** Tests pass a small KDF cost; the app calibrates. */
  kdfCost?: KdfCost;
}

/** Idle time after which the host checkpoints the WAL (saves never wait for a checkpoint). */
export const IDLE_CHECKPOINT_MS = 1000;

export class VaultHost {
  private vault: Vault | null = null;
  private checkpointTimer: ReturnType<typeof setTimeout> | null = null;
  private services: Services | null = null;
  private readonly options: VaultHostOptions;

  constructor(options: VaultHostOptions = {}) {
    this.options = options;
  }

  handle(request: HostRequest): Result<unknown> {
    try {
      return ok(this.dispatch(request));
    } catch (err) {
      if (isDossierError(err)) return fail(err.code, err.message, [...err.problems]);
      // Never a stack, a path or SQL across the boundary (DESIGN.md "Conventions").
      return fail('INTERNAL', 'Something went wrong in the vault; nothing was changed.');
    }
  }

  private dispatch(request: HostRequest): unknown {
    switch (request.kind) {
      case 'create': {
        this.close();
        const { vault, recoveryKey } = createVault(request.path, {
          passphrase: request.passphrase,
          reviewerName: request.reviewerName,
          ...(this.options.kdfCost ? { kdfCost: this.options.kdfCost } : {}),
        });
        this.adopt(vault);
        return { recoveryKey, info: this.info() };
      }
      case 'unlock': {
        this.close();
        this.adopt(openVault(request.path, { passphrase: request.passphrase }));
        return this.info();
      }
      case 'change-passphrase': {
        const vault = this.requireVault();
        changePassphrase(vault.paths.dir, { passphrase: request.current }, request.next, this.options.kdfCost);
        return null;
      }
      case 'lock':
        this.close();
        return null;
      case 'call': {
        const value = this.call(request.channel, request.req);
        this.scheduleCheckpoint();
        return value;
      }
    }
  }

  private call(channel: VaultChannel, raw: unknown): unknown {
    if (!isVaultChannel(channel)) throw new DossierError('BAD_REQUEST', 'Unknown request.');
    const services = this.services;
    if (!services) throw new DossierError('LOCKED', 'The vault is locked.');
    // Main validated already; validating again here keeps the worker safe on its own.
    const parsed = requests[channel].safeParse(raw);
    if (!parsed.success) throw new DossierError('BAD_REQUEST', 'The request is malformed.');
    const route = SERVICE_ROUTES[channel] as (s: Services, req: unknown) => unknown;
    return route(services, parsed.data);
  }

  private adopt(vault: Vault): void {
    this.vault = vault;
    this.services = createServices(vault);
  }

  private requireVault(): Vault {
    if (!this.vault) throw new DossierError('LOCKED', 'The vault is locked.');
    return this.vault;
  }

  private info(): OpenVaultInfo {
    const vault = this.requireVault();
    const services = this.services!;
    const training = services.context.sql(`SELECT value FROM meta WHERE key = 'training'`).get() as { value: string } | undefined;
    const reviewer = listReviewers(services.context).find((r) => r.id === vault.reviewerId)!;
    return { name: vault.paths.name, path: vault.paths.dir, training: training?.value === 'true', reviewer };
  }

  private scheduleCheckpoint(): void {
    if (this.checkpointTimer) clearTimeout(this.checkpointTimer);
    this.checkpointTimer = setTimeout(() => {
      this.checkpointTimer = null;
      this.vault?.checkpoint();
    }, IDLE_CHECKPOINT_MS);
    // A pending checkpoint never keeps the worker (or a test) alive.
    this.checkpointTimer.unref?.();
  }

  /** Closes the vault and zeroes its key; the worker is then terminated by main. */
  close(): void {
    if (this.checkpointTimer) clearTimeout(this.checkpointTimer);
    this.checkpointTimer = null;
    this.services = null;
    const vault = this.vault;
    this.vault = null;
    vault?.close();
  }
}
