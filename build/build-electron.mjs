// Bundles the Electron side: out/main/index.js (main process), out/main/vault-worker.js (the
// vault worker thread) and out/preload/index.js (the sandboxed preload, which may only
// require 'electron'). Native modules stay external: they are loaded from node_modules, or in
// the packaged app through better-sqlite3's nativeBinding.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const common = { bundle: true, format: 'cjs', sourcemap: false, logLevel: 'warning', legalComments: 'none' };
const nodeExternals = ['electron', 'better-sqlite3-multiple-ciphers', '@node-rs/argon2'];

// The bundles are CommonJS in .js files (a package.json marks the folders), because the root
// package is an ES module package and Electronegativity scans only .js files.
for (const dir of ['out/main', 'out/preload']) {
  mkdirSync(join(root, dir), { recursive: true });
  writeFileSync(join(root, dir, 'package.json'), '{ "type": "commonjs" }\n');
}

await Promise.all([
  build({ ...common, entryPoints: [join(root, 'electron/main/index.ts')], outfile: join(root, 'out/main/index.js'), platform: 'node', target: 'node20', external: nodeExternals }),
  build({ ...common, entryPoints: [join(root, 'electron/core/host/worker-main.ts')], outfile: join(root, 'out/main/vault-worker.js'), platform: 'node', target: 'node20', external: nodeExternals }),
  build({ ...common, entryPoints: [join(root, 'electron/preload/index.ts')], outfile: join(root, 'out/preload/index.js'), platform: 'browser', target: 'chrome130', external: ['electron'] }),
]);
