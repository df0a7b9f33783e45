import { z } from 'zod';
import { CODEBOOK_LANGUAGES } from './enums';

export const LOCK_REASONS = ['manual', 'idle', 'suspend', 'screen-lock', 'shutdown'] as const;
export type LockReason = (typeof LOCK_REASONS)[number];

export interface VaultStatus {
  /** none: no vault chosen yet (first run); locked: a vault is chosen but closed; unlocked: open. */
  state: 'none' | 'locked' | 'unlocked';
  vault: { name: string; path: string } | null;
  training: boolean;
  reviewer: { id: string; name: string } | null;
  /** Seconds before another unlock attempt is accepted (growing after failures). */
  retryAfterSeconds: number;
  lastLockReason: LockReason | null;
  /** Where the first-run screen proposes to create a vault. */
  suggestedPath: string;
}

export const Settings = z
  .object({
    /** Auto-lock after this many idle minutes (DESIGN.md: default 10). */
    idleLockMinutes: z.number().int().min(1).max(240),
    language: z.enum(['en', 'mk']),
    /** The language of the codebook's labels and help, apart from the interface's. */
    codebookLanguage: z.enum(CODEBOOK_LANGUAGES),
  })
  .strict();
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { idleLockMinutes: 10, language: 'en', codebookLanguage: 'en' };
