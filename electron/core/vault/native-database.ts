// The only place that constructs a better-sqlite3 Database. Tests and the CLI load the
// Node-ABI build from node_modules; the packaged app points `nativeBinding` at the
// Electron-ABI build shipped in its own folder (DESIGN.md "Testing in three tiers").
import Database from 'better-sqlite3-multiple-ciphers';

export type Db = Database.Database;
export type Stmt = Database.Statement;

let nativeBinding: string | undefined;

/** Called once by the Electron main process before any vault is opened. */
export function useNativeBinding(path: string): void {
  nativeBinding = path;
}

export function openDatabaseFile(path: string, options: { create: boolean; readonly?: boolean }): Db {
  return new Database(path, {
    fileMustExist: !options.create,
    readonly: options.readonly ?? false,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
}
