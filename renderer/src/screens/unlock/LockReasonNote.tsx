import { useTranslation } from 'react-i18next';
import type { LockReason } from '../../../../shared/domain/vault-status';
import { useSession } from '../../session/session-context';

interface LockReasonNoteProps {
  reason: LockReason | null;
  /** Memo drafts held in memory because the vault locked before they were saved. */
  pendingDrafts: number;
  /** Dialogs with typed input that was not submitted before the lock. */
  lostForms: number;
}

/** Why the vault locked by itself, and the reassurance that nothing typed was lost. */
export function LockReasonNote({ reason, pendingDrafts, lostForms }: LockReasonNoteProps) {
  const { t } = useTranslation();
  const { settings } = useSession();
  const automatic = reason === 'idle' || reason === 'suspend' || reason === 'screen-lock';
  if (!automatic && pendingDrafts === 0 && lostForms === 0) return null;
  return (
    <div className="message message-info">
      {reason === 'idle' && <p>{t('unlock.reason.idle', { count: settings.idleLockMinutes })}</p>}
      {reason === 'suspend' && <p>{t('unlock.reason.suspend')}</p>}
      {reason === 'screen-lock' && <p>{t('unlock.reason.screenLock')}</p>}
      {pendingDrafts > 0 && <p>{t('unlock.draftsPending', { count: pendingDrafts })}</p>}
      {lostForms > 0 && <p>{t('unlock.formsLost', { count: lostForms })}</p>}
      {pendingDrafts === 0 && lostForms === 0 && <p>{t('unlock.allSaved')}</p>}
    </div>
  );
}
