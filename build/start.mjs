// `npm start`: build everything, then launch Electron. Where the Electron binary is absent and
// cannot be downloaded (the development machines here have no access to GitHub), stop with one
// clear sentence instead of a stack of download errors.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');

function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

// --no-build launches the existing build (the test of this script uses it, so it never
// rebuilds out/ under another test's feet).
if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

let binary = electronBinary();
if (!binary) {
  // Electron 45 downloads its binary lazily; try once, quietly, with a time limit.
  spawnSync(process.execPath, [join(electronDir, 'install.js')], { cwd: electronDir, stdio: 'ignore', timeout: 120_000 });
  binary = electronBinary();
}
if (!binary) {
  console.error('Dossier cannot start here because the Electron runtime is not installed and could not be downloaded (no access to GitHub); run `npm start` on a machine with internet access once, or use `npm run dev:web` to work on the interface in Chromium.');
  process.exit(1);
}
const child = spawn(binary, [root], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
