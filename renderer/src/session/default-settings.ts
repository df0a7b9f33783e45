import type { Settings } from '../../../shared/domain/vault-status';

/**
 * shared/domain/vault-status's DEFAULT_SETTINGS, restated: that module also builds a zod
 * schema, and importing a value from it would bundle zod (whose JIT probes `new Function`,
 * refused by the CSP). Used only until settings:get answers.
 */
export const DEFAULT_SETTINGS: Settings = { idleLockMinutes: 10, language: 'en', codebookLanguage: 'en' };
