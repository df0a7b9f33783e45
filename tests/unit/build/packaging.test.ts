// The packaging configuration (issue 3 item 7): the fuse map and the packaged-files allow-list.
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const config = require('../../../build/electron-builder.config.cjs') as Record<string, unknown> & {
  electronFuses: Record<string, boolean>;
  files: string[];
};

describe('electron-builder configuration', () => {
  it('flips the fuses of DESIGN.md', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packages only the built bundles', () => {
    expect(config.files).toEqual(['out/main/**/*', 'out/preload/**/*', 'out/renderer/**/*', 'package.json', '!**/*.map', '!**/*.ts', '!out/types/**', '!out/cli/**']);
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['**/*.node']);
  });

  it('never rebuilds node_modules in place and ships the Electron-ABI SQLCipher apart', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.extraResources).toEqual([{ from: 'build/native/electron', to: 'native', filter: ['better_sqlite3.node'] }]);
    const startApp = readFileSync(join(__dirname, '../../../electron/main/start-app.ts'), 'utf8');
    expect(startApp).toContain("nativeBinding: join(process.resourcesPath, 'native', 'better_sqlite3.node')");
  });

  it('builds for Linux, Windows and macOS', () => {
    expect((config.linux as { target: string[] }).target).toEqual(['AppImage', 'deb']);
    expect((config.win as { target: string[] }).target).toEqual(['nsis']);
    expect((config.mac as { target: string[] }).target).toEqual(['dmg']);
  });

  it('pins an Electron that installs without a download, and a Node-20 electron-builder', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies.electron).toMatch(/^45\./);
    expect(pkg.devDependencies['electron-builder']).toMatch(/^26\./);
  });
});
