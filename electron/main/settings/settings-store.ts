// App settings kept in the user-data folder: the vault's location, the idle-lock minutes and
// the interface language. No case data and no secret is ever written here.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { DEFAULT_SETTINGS, Settings } from '../../../shared/domain/vault-status';
import { atomicWriteFile } from '../../core/util/atomic-write';

const Stored = Settings.extend({ vaultPath: z.string().nullable() }).strict();
export type StoredSettings = z.infer<typeof Stored>;

export class SettingsStore {
  private readonly file: string;
  private value: StoredSettings;

  constructor(file: string) {
    this.file = file;
    this.value = load(file);
  }

  get(): StoredSettings {
    return { ...this.value };
  }

  update(patch: Partial<StoredSettings>): StoredSettings {
    this.value = Stored.parse({ ...this.value, ...patch });
    mkdirSync(dirname(this.file), { recursive: true, mode: 0o700 });
    atomicWriteFile(this.file, `${JSON.stringify(this.value, null, 2)}\n`);
    return this.get();
  }
}

function load(file: string): StoredSettings {
  if (!existsSync(file)) return { ...DEFAULT_SETTINGS, vaultPath: null };
  try {
    return Stored.parse({ ...DEFAULT_SETTINGS, vaultPath: null, ...(JSON.parse(readFileSync(file, 'utf8')) as object) });
  } catch {
    // A damaged settings file costs the user their preferences, never their data.
    return { ...DEFAULT_SETTINGS, vaultPath: null };
  }
}
