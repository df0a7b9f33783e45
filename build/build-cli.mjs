// Bundles the `dossier` command line into out/cli/dossier.mjs. Runs on `npm ci` (the prepare
// script), so `npx dossier` works right after installing. Dependencies stay in node_modules:
// the native modules (SQLCipher, Argon2) cannot be bundled.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

await build({
  entryPoints: [join(root, 'electron/cli/main.ts')],
  outfile: join(root, 'out/cli/dossier.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: false,
  logLevel: 'warning',
});
