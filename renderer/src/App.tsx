// The session: which screen the vault's state calls for, the settings, and the lock. Whenever
// the vault locks (by hand, by idle, by suspend, or a LOCKED answer), the unlocked tree is
// unmounted, so no case data survives in React state (DESIGN.md "Security promises").
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import i18next from 'i18next';
import type { LockReason, Settings, VaultStatus } from '../../shared/domain/vault-status';
import { DEFAULT_SETTINGS } from './session/default-settings';
import { dossier, notifyLocked, onLocked, subscribe } from './api/client';
import { installCopyGuard } from './security/copy-guard';
import { saveAllDrafts } from './session/memo-drafts';
import { saveAllCodings } from './session/coding-drafts';
import { unsavedFormCount } from './session/unsaved-forms';
import { SessionContext, type Session } from './session/session-context';
import { StartupProblem } from './screens/StartupProblem';
import { FirstRunScreen } from './screens/first-run/FirstRunScreen';
import { UnlockScreen } from './screens/unlock/UnlockScreen';
import { Workbench } from './screens/workbench/Workbench';

type Phase = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'ready'; status: VaultStatus };

/** A manual lock waits this long for pending memo saves, then locks regardless. */
const DRAFT_FLUSH_TIMEOUT_MS = 3000;

export function App() {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  // True from "Create vault" until the recovery key is confirmed: the vault is already
  // unlocked then, but the first-run screen must stay (the key is shown only once).
  const [onboarding, setOnboarding] = useState(false);
  // Read by the lock handler: a LOCKED answer while no vault is open (a copy on the first-run
  // form, say) must not cancel the first-run flow that is about to show the recovery key.
  const unlockedRef = useRef(false);
  // Forms with unsubmitted input when the vault locked, counted before they unmount.
  const [lostForms, setLostForms] = useState(0);
  useEffect(() => {
    unlockedRef.current = phase.kind === 'ready' && phase.status.state === 'unlocked';
  }, [phase]);

  const applySettings = useCallback((next: Settings) => {
    setSettings(next);
    if (i18next.language !== next.language) void i18next.changeLanguage(next.language);
  }, []);

  const refreshStatus = useCallback(async () => {
    try {
      const status = await dossier.vault.status({});
      setPhase({ kind: 'ready', status });
    } catch {
      setPhase({ kind: 'unavailable' });
    }
  }, []);

  const start = useCallback(async () => {
    setPhase({ kind: 'loading' });
    try {
      const loaded = await dossier.settings.get({});
      applySettings(loaded);
    } catch {
      // Settings are a convenience; the defaults (English, 10 minutes) are safe.
    }
    await refreshStatus();
  }, [applySettings, refreshStatus]);

  const handleLocked = useCallback(
    (reason: LockReason | null) => {
      if (!unlockedRef.current) return;
      unlockedRef.current = false;
      setLostForms(unsavedFormCount());
      setOnboarding(false);
      // Drop the unlocked tree at once; the full status (retry delay, reason) follows.
      setPhase((prev) =>
        prev.kind === 'ready' && prev.status.state === 'unlocked'
          ? { kind: 'ready', status: { ...prev.status, state: 'locked', reviewer: null, lastLockReason: reason ?? prev.status.lastLockReason } }
          : prev,
      );
      void refreshStatus();
    },
    [refreshStatus],
  );

  useEffect(() => {
    void start();
  }, [start]);

  useEffect(() => {
    const offLocked = onLocked(handleLocked);
    const offEvent = subscribe('vault:locked', (payload) => notifyLocked(payload.reason));
    const offUnlocked = subscribe('vault:unlocked', (status) => setPhase({ kind: 'ready', status }));
    const offCopy = installCopyGuard(async (text) => {
      await dossier.clipboard.writeText({ text });
    });
    return () => {
      offLocked();
      offEvent();
      offUnlocked();
      offCopy();
    };
  }, [handleLocked]);

  // Closing the window: values typed in the last moments (before the autosave pause) are sent
  // at once; main keeps the vault open until the window is gone.
  useEffect(() => {
    const flush = () => void saveAllCodings();
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, []);

  const status = phase.kind === 'ready' ? phase.status : null;

  const session = useMemo<Session | null>(() => {
    if (!status) return null;
    return {
      status,
      settings,
      updateSettings: async (patch) => applySettings(await dossier.settings.set(patch)),
      lock: async () => {
        await Promise.race([Promise.all([saveAllDrafts(), saveAllCodings()]), new Promise((resolve) => window.setTimeout(resolve, DRAFT_FLUSH_TIMEOUT_MS))]);
        setOnboarding(false);
        setLostForms(unsavedFormCount());
        const locked = await dossier.vault.lock({});
        setPhase({ kind: 'ready', status: locked });
      },
    };
  }, [status, settings, applySettings]);

  if (phase.kind === 'loading') return <div className="screen-loading" aria-busy="true" />;
  if (phase.kind === 'unavailable' || !session || !status) return <StartupProblem onRetry={() => void start()} />;

  const showFirstRun = status.state === 'none' || (onboarding && status.state === 'unlocked');
  return (
    <SessionContext.Provider value={session}>
      {showFirstRun ? (
        <FirstRunScreen
          onCreating={() => setOnboarding(true)}
          onCreateFailed={() => setOnboarding(false)}
          onDone={(next) => {
            setOnboarding(false);
            setPhase({ kind: 'ready', status: next });
          }}
        />
      ) : status.state === 'locked' ? (
        <UnlockScreen lostForms={lostForms} onUnlocked={(next) => setPhase({ kind: 'ready', status: next })} />
      ) : (
        <Workbench />
      )}
    </SessionContext.Provider>
  );
}
