import { createContext, useContext } from 'react';
import type { Settings, VaultStatus } from '../../../shared/domain/vault-status';

/** What every screen may know about the vault and do to it. */
export interface Session {
  status: VaultStatus;
  settings: Settings;
  /** Saves a setting through settings:set; throws ApiError when main refuses it. */
  updateSettings(patch: Partial<Settings>): Promise<void>;
  /** Saves pending memo drafts, then locks the vault (vault:lock). */
  lock(): Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionContext');
  return session;
}
