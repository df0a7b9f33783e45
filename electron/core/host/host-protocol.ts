// Messages between main and the vault worker. The data key and every query live only in the
// worker; main sees requests and results (Signal Desktop's worker pattern, §2.7).
import type { Result } from '../../../shared/result';
import type { VaultChannel } from './service-routes';

export type HostRequest =
  | { kind: 'create'; path: string; passphrase: string; reviewerName: string }
  | { kind: 'unlock'; path: string; passphrase: string }
  | { kind: 'change-passphrase'; current: string; next: string }
  | { kind: 'lock' }
  | { kind: 'call'; channel: VaultChannel; req: unknown };

export interface OpenVaultInfo {
  name: string;
  path: string;
  training: boolean;
  reviewer: { id: string; name: string };
}

export interface HostReplies {
  create: { recoveryKey: string; info: OpenVaultInfo };
  unlock: OpenVaultInfo;
  'change-passphrase': null;
  lock: null;
  call: unknown;
}

export interface HostEnvelope {
  id: number;
  request: HostRequest;
}

export interface HostReply {
  id: number;
  result: Result<unknown>;
}
