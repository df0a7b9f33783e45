import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pendingDrafts, saveAllDrafts } from '../../session/memo-drafts';
import { pendingCodingCount, saveAllCodings } from '../../session/coding-drafts';

type Outcome = { saved: number; failed: number };

/**
 * Right after unlock: coded values and memo text entered before the vault locked (and not saved then) is saved
 * now, and the user is told so, or told which case still holds an unsaved draft.
 */
export function DraftRecoveryNotice() {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    if (pendingDrafts().length === 0 && pendingCodingCount() === 0) return;
    let live = true;
    void Promise.all([saveAllDrafts(), saveAllCodings()]).then(
      ([memos, codings]) => live && setOutcome({ saved: memos.saved + codings.saved, failed: memos.failed + codings.failed }),
    );
    return () => {
      live = false;
    };
  }, []);

  if (!outcome || outcome.saved + outcome.failed === 0) return null;
  return (
    <div className={outcome.failed > 0 ? 'banner banner-warning' : 'banner'} role="status">
      {outcome.saved > 0 && <span>{t('drafts.savedAfterUnlock', { count: outcome.saved })} </span>}
      {outcome.failed > 0 && <span>{t('drafts.stillPending', { count: outcome.failed })} </span>}
      <button type="button" className="button-link" onClick={() => setOutcome(null)}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}
