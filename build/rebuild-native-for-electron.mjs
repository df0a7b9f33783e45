// Builds better-sqlite3-multiple-ciphers for Electron's ABI into build/native/electron/, for
// packaging. Run on a connected release host (it needs Electron's headers); the development
// machines here have no access to them, and tests never need this build.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, cpSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const source = dirname(require.resolve('better-sqlite3-multiple-ciphers/package.json'));
// Build a copy, so node_modules keeps its Node-ABI binary for the tests and the CLI.
const work = join(mkdtempSync(join(tmpdir(), 'dossier-native-')), 'better-sqlite3-multiple-ciphers');
cpSync(source, work, { recursive: true, filter: (p) => !p.includes(`${join('build', 'Release')}`) });
execFileSync('npx', ['node-gyp', 'rebuild', '--release', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers', '--runtime=electron'], { cwd: work, stdio: 'inherit' });
mkdirSync(join(root, 'build/native/electron'), { recursive: true });
copyFileSync(join(work, 'build/Release/better_sqlite3.node'), join(root, 'build/native/electron/better_sqlite3.node'));
console.log(`Built better_sqlite3.node for Electron ${electronVersion}.`);
