// Entry of the vault worker thread (bundled to out/main/vault-worker.js). Vault work runs here,
// off main's event loop, so a long import never freezes the window (issue 3), and on lock main
// terminates this thread, which frees every copy of the key it held.
import { parentPort, workerData } from 'node:worker_threads';
import { useNativeBinding } from '../vault/native-database';
import { VaultHost } from './vault-host';
import type { HostEnvelope, HostReply } from './host-protocol';

const data = (workerData ?? {}) as { nativeBinding?: string };
if (data.nativeBinding) useNativeBinding(data.nativeBinding);

const host = new VaultHost();
parentPort?.on('message', (envelope: HostEnvelope) => {
  const reply: HostReply = { id: envelope.id, result: host.handle(envelope.request) };
  parentPort?.postMessage(reply);
});
