// Bundles the Electron side: out/main/index.cjs (main process), out/main/vault-worker.cjs (the
// vault worker thread) and out/preload/index.cjs (the sandboxed preload, which may only
// require 'electron'). Native modules stay external: they are loaded from node_modules, or in
// the packaged app through better-sqlite3's nativeBinding.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const common = { bundle: true, format: 'cjs', sourcemap: false, logLevel: 'warning', legalComments: 'none' };
const nodeExternals = ['electron', 'better-sqlite3-multiple-ciphers', '@node-rs/argon2'];

await Promise.all([
  build({ ...common, entryPoints: [join(root, 'electron/main/index.ts')], outfile: join(root, 'out/main/index.cjs'), platform: 'node', target: 'node20', external: nodeExternals }),
  build({ ...common, entryPoints: [join(root, 'electron/core/host/worker-main.ts')], outfile: join(root, 'out/main/vault-worker.cjs'), platform: 'node', target: 'node20', external: nodeExternals }),
  build({ ...common, entryPoints: [join(root, 'electron/preload/index.ts')], outfile: join(root, 'out/preload/index.cjs'), platform: 'browser', target: 'chrome130', external: ['electron'] }),
]);
