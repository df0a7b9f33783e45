// Main's side of the vault worker (Signal Desktop's MainSQL pattern): typed requests over
// postMessage, one worker at a time. Locking terminates the worker, so no copy of the key
// outlives the lock in any thread's memory.
import { Worker } from 'node:worker_threads';
import { DossierError } from '../../../shared/errors';
import type { Result } from '../../../shared/result';
import type { HostEnvelope, HostReplies, HostReply, HostRequest } from '../../core/host/host-protocol';

export interface VaultClientOptions {
  workerPath: string;
  nativeBinding?: string;
}

/** What main needs from the vault: the worker in the app, the host in-process in tests. */
export interface VaultBackend {
  request<K extends HostRequest['kind']>(request: Extract<HostRequest, { kind: K }>): Promise<HostReplies[K]>;
  shutdown(): Promise<void>;
}

export class VaultClient implements VaultBackend {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, (result: Result<unknown>) => void>();
  private readonly options: VaultClientOptions;

  constructor(options: VaultClientOptions) {
    this.options = options;
  }

  request<K extends HostRequest['kind']>(request: Extract<HostRequest, { kind: K }>): Promise<HostReplies[K]> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<HostReplies[K]>((resolve, reject) => {
      this.pending.set(id, (result) => {
        if (result.ok) resolve(result.value as HostReplies[K]);
        else reject(new DossierError(result.error.code, result.error.message, result.error.problems ?? []));
      });
      const envelope: HostEnvelope = { id, request };
      worker.postMessage(envelope);
    });
  }

  /** Closes the vault in the worker (checkpoint, zeroed key), then ends the thread. */
  async shutdown(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    try {
      await this.request({ kind: 'lock' });
    } finally {
      this.worker = null;
      await worker.terminate();
      this.failPending('The vault was locked.');
    }
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.options.workerPath, { workerData: { nativeBinding: this.options.nativeBinding } });
    worker.on('message', (reply: HostReply) => {
      const settle = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      settle?.(reply.result);
    });
    worker.on('error', () => this.failPending('The vault stopped unexpectedly; it is locked now.'));
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = null;
      this.failPending('The vault stopped unexpectedly; it is locked now.');
    });
    this.worker = worker;
    return worker;
  }

  private failPending(message: string): void {
    for (const [id, settle] of this.pending) {
      this.pending.delete(id);
      settle({ ok: false, error: { code: 'LOCKED', message } });
    }
  }
}
