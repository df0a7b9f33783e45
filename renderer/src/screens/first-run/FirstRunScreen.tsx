import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '../../../../shared/domain/vault-status';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useSession } from '../../session/session-context';
import { CreateVaultForm, type CreatedVault } from './CreateVaultForm';
import { RecoveryKeyStep } from './RecoveryKeyStep';

interface FirstRunScreenProps {
  onCreating: () => void;
  onCreateFailed: () => void;
  onDone: (status: VaultStatus) => void;
}

/** First run: create the vault, then show its recovery key once and make sure it was kept. */
export function FirstRunScreen({ onCreating, onCreateFailed, onDone }: FirstRunScreenProps) {
  const { t } = useTranslation();
  const { status } = useSession();
  // The key lives only in this component's state and goes with it once confirmed.
  const [created, setCreated] = useState<CreatedVault | null>(null);

  return (
    <div className="screen-centered">
      <header className="screen-header">
        <span className="app-name">{t('app.name')}</span>
        <LanguageSwitch />
      </header>
      <main className="card card-wide">
        {created ? (
          <RecoveryKeyStep
            recoveryKey={created.recoveryKey}
            onDone={() => onDone(status.state === 'unlocked' ? status : created.status)}
          />
        ) : (
          <CreateVaultForm onCreating={onCreating} onCreateFailed={onCreateFailed} onCreated={setCreated} />
        )}
      </main>
    </div>
  );
}
