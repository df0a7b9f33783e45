// The renderer's one door to main. Every call goes through `invoke`, the single place that
// unwraps a Result: callers get the value or an ApiError. A LOCKED answer (or the
// 'vault:locked' event) tells the session to drop all case state and show the lock screen
// (DESIGN.md "Security promises": on lock the renderer's state is dropped).
import { CHANNELS, splitChannel, type Channel, type EventName } from '../../../shared/ipc/channels';
import type { DossierApi } from '../../../shared/ipc/api';
import type { EventPayload } from '../../../shared/ipc/contract';
import type { LockReason } from '../../../shared/domain/vault-status';
import type { Result } from '../../../shared/result';
import { ApiError } from './api-error';

type Domain = Exclude<keyof DossierApi, 'on'>;
type Unwrapped<F> = F extends (req: infer R) => Promise<Result<infer T>> ? (req: R) => Promise<T> : never;

/** `dossier.cases.list(req)` answers the value itself, or throws ApiError. */
export type DossierClient = {
  readonly [D in Domain]: { readonly [V in keyof DossierApi[D]]: Unwrapped<DossierApi[D][V]> };
};

type RawMethod = (req: unknown) => Promise<Result<unknown>>;
type LockListener = (reason: LockReason | null) => void;

const lockListeners = new Set<LockListener>();

function bridge(): DossierApi | undefined {
  // Read through `unknown`: in a page without the preload the property is simply missing.
  return (window as unknown as { dossier?: DossierApi }).dossier;
}

async function invoke(channel: Channel, req: unknown): Promise<unknown> {
  const [domain, verb] = splitChannel(channel);
  const api = bridge() as unknown as Record<string, Record<string, RawMethod> | undefined> | undefined;
  const method = api?.[domain]?.[verb];
  if (!method) throw new ApiError('UNAVAILABLE', `no bridge for ${channel}`);
  let result: Result<unknown>;
  try {
    result = await method(req);
  } catch {
    throw new ApiError('UNAVAILABLE', `the call ${channel} did not reach the vault`);
  }
  if (result.ok) return result.value;
  if (result.error.code === 'LOCKED') notifyLocked(null);
  throw new ApiError(result.error.code, result.error.message, result.error.problems ?? []);
}

function buildClient(): DossierClient {
  const client: Record<string, Record<string, (req: unknown) => Promise<unknown>>> = {};
  for (const channel of CHANNELS) {
    const [domain, verb] = splitChannel(channel);
    const methods = (client[domain] ??= {});
    methods[verb] = (req: unknown) => invoke(channel, req);
  }
  for (const methods of Object.values(client)) Object.freeze(methods);
  // Built from the same CHANNELS list the DossierApi type is derived from, so the shapes agree.
  return Object.freeze(client) as unknown as DossierClient;
}

export const dossier: DossierClient = buildClient();

/** Subscribes to a main-process event; a page without the bridge simply never hears one. */
export function subscribe<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  const api = bridge();
  return api ? api.on(event, listener) : () => undefined;
}

/** The session registers here to learn that the vault locked, whoever noticed first. */
export function onLocked(listener: LockListener): () => void {
  lockListeners.add(listener);
  return () => lockListeners.delete(listener);
}

export function notifyLocked(reason: LockReason | null): void {
  for (const listener of lockListeners) listener(reason);
}

export function hasBridge(): boolean {
  return bridge() !== undefined;
}
