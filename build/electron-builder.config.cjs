// electron-builder configuration (issue 3 item 7; security-and-architecture.md §1.2, §3, §4).
// Packaging happens on a connected release host: it needs the Electron zip and, for the native
// module, Electron's headers (see build/README.md). The unit test tests/unit/build asserts the
// fuse map and the packaged-files allow-list below.

/** Fuses flipped in every packaged binary (checklist #19). */
const electronFuses = {
  runAsNode: false, // no ELECTRON_RUN_AS_NODE: the binary cannot be used as a plain Node
  enableNodeOptionsEnvironmentVariable: false, // no NODE_OPTIONS injection
  enableNodeCliInspectArguments: false, // no --inspect / debugger attach
  enableEmbeddedAsarIntegrityValidation: true, // app.asar is checked against its embedded hash
  onlyLoadAppFromAsar: true, // ... and nothing outside it is loaded as the app
  enableCookieEncryption: true, // we keep no cookies; harmless and safe
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false, // the UI is served from app://, file:// needs nothing
};

/** Only the built bundles enter the package: no sources, tests, maps or fixtures. */
const files = ['out/main/**/*', 'out/preload/**/*', 'out/renderer/**/*', 'package.json', '!**/*.map', '!**/*.ts', '!out/types/**', '!out/cli/**'];

module.exports = {
  appId: 'org.dossier.workbench',
  productName: 'Dossier',
  copyright: 'Dossier developers',
  directories: { output: 'dist', buildResources: 'build/resources' },
  files,
  // The Electron-ABI build of SQLCipher, made by build/rebuild-native-for-electron.mjs, loaded by
  // main through better-sqlite3's nativeBinding (tests keep the Node-ABI build in node_modules).
  extraResources: [{ from: 'build/native/electron', to: 'native', filter: ['better_sqlite3.node'] }],
  asar: true,
  asarUnpack: ['**/*.node'],
  // Never rebuild node_modules in place: it would break the Node-ABI binary the tests use.
  npmRebuild: false,
  nodeGypRebuild: false,
  electronFuses,
  linux: { target: ['AppImage', 'deb'], category: 'Office', maintainer: 'Dossier developers' },
  deb: { depends: [] },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true, deleteAppDataOnUninstall: false },
  mac: { target: ['dmg'], category: 'public.app-category.productivity', hardenedRuntime: true },
};

module.exports.electronFuses = electronFuses;
module.exports.files = files;
