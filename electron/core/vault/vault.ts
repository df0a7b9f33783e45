// Create, open, lock and close a vault (DESIGN.md "The vault"). A random 256-bit data key is
// the SQLCipher raw key; the passphrase, stretched with Argon2id, only wraps it.
import { chmodSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { randomBytes, randomUUID } from 'node:crypto';
import { DossierError } from '../../../shared/errors';
import { calibrateKdf, deriveKey, passphraseBytes, type KdfCost, type KdfParams } from '../crypto/argon2-kdf';
import { unwrapKey, wrapKey } from '../crypto/key-wrap';
import { deriveSubKey } from '../crypto/derived-keys';
import { formatRecoveryKey, parseRecoveryKey } from '../crypto/recovery-key';
import { migrate, appliedSchemaVersion, LATEST_SCHEMA_VERSION } from '../migrations';
import { nowIso } from '../util/clock';
import { KEY_FILE_FORMAT, KEY_FILE_VERSION, readKeyFile, writeKeyFile, wrapAad, type KeyFileBody } from './key-file';
import { openDatabaseFile, type Db } from './native-database';
import { applyPragmas, keyConnection } from './pragmas';
import { vaultPaths, type VaultPaths } from './vault-paths';
import { installDefaultCodebook } from '../codebook/codebook-store';
import { appendAudit } from '../audit/audit-log';
import { writeAuditCheckpoint } from '../audit/audit-checkpoint';
import { checkPassphrasePolicy } from '../../../shared/passphrase-policy';

export type Credential = { passphrase: string } | { recoveryKey: string };

export interface CreateVaultOptions {
  passphrase: string;
  reviewerName?: string;
  /** Fixed KDF cost instead of calibrating; tests use a small cost to stay fast. */
  kdfCost?: KdfCost;
}

export interface OpenVaultOptions {
  readonly?: boolean;
}

export interface CreatedVault {
  vault: Vault;
  /** Shown to the user once, at creation (and on demand with the passphrase). */
  recoveryKey: string;
}

export class Vault {
  readonly paths: VaultPaths;
  readonly id: string;
  readonly readonly: boolean;
  private db: Db | null;
  private dataKey: Buffer | null;
  private auditKeyBuffer: Buffer | null;
  private defaultReviewer: string | null = null;

  constructor(paths: VaultPaths, id: string, db: Db, dataKey: Buffer, readonly: boolean) {
    this.paths = paths;
    this.id = id;
    this.db = db;
    this.dataKey = dataKey;
    this.auditKeyBuffer = deriveSubKey(dataKey, 'audit-v1');
    this.readonly = readonly;
  }

  get isOpen(): boolean {
    return this.db !== null;
  }

  get database(): Db {
    if (!this.db) throw new DossierError('LOCKED', 'The vault is locked.');
    return this.db;
  }

  get auditKey(): Buffer {
    if (!this.auditKeyBuffer) throw new DossierError('LOCKED', 'The vault is locked.');
    return this.auditKeyBuffer;
  }

  /** The reviewer profile that acts when none is named: the first one created. */
  get reviewerId(): string {
    if (this.defaultReviewer) return this.defaultReviewer;
    const row = this.database.prepare('SELECT id FROM reviewers ORDER BY created_at, rowid LIMIT 1').get() as { id: string } | undefined;
    if (!row) throw new DossierError('CORRUPT_VAULT', 'The vault has no reviewer profile.');
    this.defaultReviewer = row.id;
    return row.id;
  }

  /** Runs `fn` in one immediate write transaction: all of it is committed or none. */
  write<T>(fn: () => T): T {
    return this.database.transaction(fn).immediate();
  }

  /**
   * Moves committed pages from the WAL into the database without waiting for readers or
   * writers (PASSIVE); the vault host calls it when the vault has been idle for a moment.
   */
  checkpoint(): void {
    if (this.db && !this.readonly) this.db.pragma('wal_checkpoint(PASSIVE)');
  }

  recoveryKey(): string {
    return this.withDataKey(formatRecoveryKey);
  }

  /** Lends the data key to `fn` without letting it escape the vault object. */
  withDataKey<T>(fn: (dataKey: Buffer) => T): T {
    if (!this.dataKey) throw new DossierError('LOCKED', 'The vault is locked.');
    return fn(this.dataKey);
  }

  /**
   * Closes the database and zeroes the key buffers (DESIGN.md "Security promises": on lock
   * the vault closes and key buffers are zeroed). The WAL is checkpointed and truncated so
   * no deleted content lingers in it.
   */
  close(): void {
    const db = this.db;
    if (!db) return;
    try {
      if (!this.readonly) {
        writeAuditCheckpoint(this);
        db.pragma('wal_checkpoint(TRUNCATE)');
      }
    } finally {
      db.close();
      this.db = null;
      this.dataKey?.fill(0);
      this.auditKeyBuffer?.fill(0);
      this.dataKey = null;
      this.auditKeyBuffer = null;
      this.defaultReviewer = null;
    }
  }
}

export function createVault(dir: string, options: CreateVaultOptions): CreatedVault {
  const policy = checkPassphrasePolicy(options.passphrase);
  if (policy) throw new DossierError('WEAK_PASSPHRASE', policy);
  const paths = vaultPaths(dir);
  prepareEmptyFolder(paths);

  const vaultId = randomUUID();
  const dataKey = randomBytes(32);
  const cost = options.kdfCost ?? calibrateKdf();
  const kdf: KdfParams = { alg: 'argon2id', version: 19, ...cost, salt: randomBytes(16).toString('hex') };
  const kek = deriveKey(passphraseBytes(options.passphrase), kdf);
  const createdAt = nowIso();
  const body: KeyFileBody = {
    format: KEY_FILE_FORMAT,
    version: KEY_FILE_VERSION,
    vaultId,
    createdAt,
    updatedAt: createdAt,
    kdf,
    wrappedKey: wrapKey(dataKey, kek, wrapAad(vaultId)),
  };
  kek.fill(0);

  const db = openDatabaseFile(paths.database, { create: true });
  let vault: Vault;
  try {
    keyConnection(db, dataKey);
    applyPragmas(db, { readonly: false });
    migrate(db);
    vault = new Vault(paths, vaultId, db, Buffer.from(dataKey), false);
    vault.write(() => {
      const insertMeta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
      insertMeta.run('vault_id', vaultId);
      insertMeta.run('created_at', createdAt);
      const reviewerId = randomUUID();
      db.prepare('INSERT INTO reviewers (id, name, created_at) VALUES (?, ?, ?)').run(
        reviewerId,
        options.reviewerName?.trim() || 'Reviewer 1',
        createdAt,
      );
      const codebook = installDefaultCodebook(db, createdAt);
      appendAudit(vault, {
        actor: reviewerId,
        action: 'vault.create',
        subjectType: 'vault',
        subjectId: vaultId,
        details: { codebook: `${codebook.codebook_id}@${codebook.version}` },
      });
    });
  } catch (err) {
    db.close();
    throw err;
  } finally {
    dataKey.fill(0);
  }
  // The key file is written last: a folder without it is an unfinished creation, never a
  // vault that opens with a key nobody has.
  writeKeyFile(paths.keyFile, body);
  restrictPermissions(paths);
  return { vault, recoveryKey: vault.recoveryKey() };
}

export function openVault(dir: string, credential: Credential, options: OpenVaultOptions = {}): Vault {
  const paths = vaultPaths(dir);
  assertVaultFolder(paths);
  const keys = readKeyFile(paths.keyFile);
  const dataKey = unlockDataKey(keys, credential);
  const readonly = options.readonly ?? false;
  let db: Db;
  try {
    db = openDatabaseFile(paths.database, { create: false, readonly });
  } catch {
    dataKey.fill(0);
    throw new DossierError('CORRUPT_VAULT', 'The vault database file is missing or cannot be read.');
  }
  try {
    keyConnection(db, dataKey);
    verifyKey(db, credential);
    applyPragmas(db, { readonly });
    const version = appliedSchemaVersion(db);
    if (version > LATEST_SCHEMA_VERSION) {
      throw new DossierError('UNSUPPORTED_VAULT_VERSION', 'This vault was made by a newer Dossier; update Dossier to open it.');
    }
    if (!readonly && version < LATEST_SCHEMA_VERSION) migrate(db);
    const idRow = db.prepare(`SELECT value FROM meta WHERE key = 'vault_id'`).get() as { value: string } | undefined;
    if (idRow?.value !== keys.vaultId) {
      throw new DossierError('CORRUPT_VAULT', 'The vault database does not belong to this key file.');
    }
  } catch (err) {
    db.close();
    dataKey.fill(0);
    throw toOpenError(err);
  }
  restrictPermissions(paths);
  return new Vault(paths, keys.vaultId, db, dataKey, readonly);
}

/**
 * Re-wraps the data key under a new passphrase; the database is not re-encrypted (no rekey,
 * which SQLite3MC cannot do safely in WAL mode). The change is audited, and the key file is
 * replaced atomically inside the audit transaction: both happen or neither.
 */
export function changePassphrase(dir: string, credential: Credential, newPassphrase: string, kdfCost?: KdfCost): void {
  const policy = checkPassphrasePolicy(newPassphrase);
  if (policy) throw new DossierError('WEAK_PASSPHRASE', policy);
  const vault = openVault(dir, credential);
  try {
    const keys = readKeyFile(vault.paths.keyFile);
    const kdf: KdfParams = { alg: 'argon2id', version: 19, ...(kdfCost ?? calibrateKdf()), salt: randomBytes(16).toString('hex') };
    const kek = deriveKey(passphraseBytes(newPassphrase), kdf);
    const wrappedKey = vault.withDataKey((dataKey) => wrapKey(dataKey, kek, wrapAad(keys.vaultId)));
    kek.fill(0);
    vault.write(() => {
      appendAudit(vault, {
        actor: vault.reviewerId,
        action: 'vault.passphrase-change',
        subjectType: 'vault',
        subjectId: vault.id,
        details: { with: 'recoveryKey' in credential ? 'recovery-key' : 'passphrase' },
      });
      writeKeyFile(vault.paths.keyFile, { ...keys, updatedAt: nowIso(), kdf, wrappedKey });
    });
  } finally {
    vault.close();
  }
}

export interface VaultInfo {
  name: string;
  path: string;
  vaultId: string;
  createdAt: string;
  passphraseChangedAt: string;
  kdf: Omit<KdfParams, 'salt'>;
  sizeBytes: number;
}

/** What can be told about a vault without its key. */
export function readVaultInfo(dir: string): VaultInfo {
  const paths = vaultPaths(dir);
  assertVaultFolder(paths);
  const keys = readKeyFile(paths.keyFile);
  const { salt: _salt, ...kdf } = keys.kdf;
  let sizeBytes = 0;
  for (const file of readdirSync(paths.dir)) {
    if (file.startsWith('vault.db')) sizeBytes += statSync(`${paths.dir}/${file}`).size;
  }
  return {
    name: paths.name,
    path: paths.dir,
    vaultId: keys.vaultId,
    createdAt: keys.createdAt,
    passphraseChangedAt: keys.updatedAt,
    kdf,
    sizeBytes,
  };
}

function unlockDataKey(keys: KeyFileBody, credential: Credential): Buffer {
  if ('recoveryKey' in credential) {
    const key = parseRecoveryKey(credential.recoveryKey);
    if (!key) throw new DossierError('WRONG_RECOVERY_KEY', 'That is not a recovery key: it has 64 hexadecimal digits.');
    return key;
  }
  const kek = deriveKey(passphraseBytes(credential.passphrase), keys.kdf);
  const dataKey = unwrapKey(keys.wrappedKey, kek, wrapAad(keys.vaultId));
  kek.fill(0);
  if (!dataKey) throw new DossierError('WRONG_PASSPHRASE', 'Wrong passphrase.');
  return dataKey;
}

function verifyKey(db: Db, credential: Credential): void {
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (err) {
    // With a passphrase the key is known to be right (the wrap's tag verified), so an
    // unreadable first page means damage; with a recovery key it most likely means a wrong key.
    if ('recoveryKey' in credential) {
      throw new DossierError('WRONG_RECOVERY_KEY', 'This recovery key does not open the vault.');
    }
    throw err;
  }
}

function toOpenError(err: unknown): DossierError {
  if (err instanceof DossierError) return err;
  return new DossierError('CORRUPT_VAULT', 'The vault database is damaged and cannot be opened. Restore it from a backup.');
}

function assertVaultFolder(paths: VaultPaths): void {
  if (!existsSync(paths.dir)) throw new DossierError('NOT_A_VAULT', 'No vault exists at that location.');
  if (!statSync(paths.dir).isDirectory()) {
    throw new DossierError('NOT_A_VAULT', 'This is not a Dossier vault: a vault is a folder, and this is a file.');
  }
  if (!existsSync(paths.keyFile)) throw new DossierError('NOT_A_VAULT', 'This is not a Dossier vault: its key file is missing.');
}

function prepareEmptyFolder(paths: VaultPaths): void {
  if (existsSync(paths.dir)) {
    if (!statSync(paths.dir).isDirectory()) throw new DossierError('VAULT_EXISTS', 'A file already exists at that location.');
    if (readdirSync(paths.dir).length > 0) {
      throw new DossierError('VAULT_EXISTS', 'That folder is not empty; choose a new or empty folder for the vault.');
    }
  } else {
    mkdirSync(paths.dir, { recursive: true, mode: 0o700 });
  }
  chmodSync(paths.dir, 0o700);
}

/** Private to the user: folder 0700, files 0600 (security-and-architecture.md P24). */
function restrictPermissions(paths: VaultPaths): void {
  if (process.platform === 'win32') return;
  for (const file of readdirSync(paths.dir)) chmodSync(`${paths.dir}/${file}`, 0o600);
}
