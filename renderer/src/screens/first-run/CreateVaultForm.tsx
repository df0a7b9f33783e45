import { useDeferredValue, useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '../../../../shared/domain/vault-status';
import { dossier } from '../../api/client';
import { StrengthMeter } from '../../components/StrengthMeter';
import { TextField } from '../../components/TextField';
import { errorText } from '../../i18n/error-text';
import { useSession } from '../../session/session-context';
import { passphraseProblem } from '../../strength/passphrase-rules';
import { loadEstimator, type Estimator } from '../../strength/strength-estimator';
import { PassphraseProblemText } from './PassphraseProblemText';

export interface CreatedVault {
  recoveryKey: string;
  status: VaultStatus;
}

interface CreateVaultFormProps {
  onCreating: () => void;
  onCreateFailed: () => void;
  onCreated: (created: CreatedVault) => void;
}

const REVIEWER_NAME_MAX = 100;

export function CreateVaultForm({ onCreating, onCreateFailed, onCreated }: CreateVaultFormProps) {
  const { t } = useTranslation();
  const { status } = useSession();
  const [location, setLocation] = useState(status.suggestedPath);
  const [reviewerName, setReviewerName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [reveal, setReveal] = useState(false);
  const [estimator, setEstimator] = useState<Estimator | null>(null);
  const [estimatorFailed, setEstimatorFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pickError, setPickError] = useState<string | null>(null);
  const meterId = useId();
  const reasonId = useId();
  const revealId = useId();

  useEffect(() => {
    let live = true;
    loadEstimator().then(
      (loaded) => live && setEstimator(() => loaded),
      () => live && setEstimatorFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  // Typing stays fluid: the estimate follows the passphrase a frame behind when it must.
  const deferredPassphrase = useDeferredValue(passphrase);
  const estimate = useMemo(() => {
    if (!estimator || deferredPassphrase.length === 0) return null;
    // What zxcvbn should treat as guessable for this person: their name and the app's words.
    const userInputs = [...reviewerName.split(/\s+/), 'dossier', 'досие', 'unodc', 'trafficking', 'vault'].filter((w) => w.length > 0);
    return estimator(deferredPassphrase, userInputs);
  }, [estimator, deferredPassphrase, reviewerName]);

  const stale = deferredPassphrase !== passphrase;
  const problem = passphraseProblem(passphrase, repeat, estimate && !stale ? estimate.score : null);
  const blocker: 'location' | 'name' | 'passphrase' | null =
    location.trim() === '' ? 'location' : reviewerName.trim() === '' ? 'name' : problem ? 'passphrase' : null;

  const choose = async () => {
    setPickError(null);
    try {
      const picked = await dossier.vault.pickLocation({});
      if (picked) setLocation(picked.path);
    } catch (err) {
      setPickError(errorText(t, err));
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (blocker || busy) return;
    setBusy(true);
    setError(null);
    onCreating();
    try {
      const created = await dossier.vault.create({ path: location.trim(), passphrase, reviewerName: reviewerName.trim() });
      setPassphrase('');
      setRepeat('');
      onCreated(created);
    } catch (err) {
      onCreateFailed();
      setError(errorText(t, err));
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-busy={busy}>
      <h1>{t('firstRun.title')}</h1>
      <p>{t('firstRun.intro')}</p>

      <div className="field-row">
        <TextField
          className="field-grow"
          label={t('firstRun.location')}
          value={location}
          onChange={setLocation}
          hint={t('firstRun.locationHint')}
          error={pickError}
          spellCheck={false}
          autoComplete="off"
        />
        <button type="button" className="field-row-button" onClick={() => void choose()} disabled={busy}>
          {t('firstRun.choose')}
        </button>
      </div>

      <TextField
        label={t('firstRun.reviewerName')}
        value={reviewerName}
        onChange={setReviewerName}
        hint={t('firstRun.reviewerNameHint')}
        maxLength={REVIEWER_NAME_MAX}
        autoComplete="name"
        autoFocus
      />

      <TextField
        label={t('firstRun.passphrase')}
        type={reveal ? 'text' : 'password'}
        value={passphrase}
        onChange={setPassphrase}
        hint={t('firstRun.passphraseHint')}
        aria-describedby={meterId}
        autoComplete="new-password"
        spellCheck={false}
      />
      <StrengthMeter id={meterId} estimate={passphrase.length > 0 ? estimate : null} loading={!estimator && !estimatorFailed} />

      <TextField
        label={t('firstRun.repeat')}
        type={reveal ? 'text' : 'password'}
        value={repeat}
        onChange={setRepeat}
        autoComplete="new-password"
        spellCheck={false}
      />
      <div className="checkbox">
        <input id={revealId} type="checkbox" checked={reveal} onChange={(e) => setReveal(e.target.checked)} />
        <label htmlFor={revealId}>{t('firstRun.showPassphrase')}</label>
      </div>

      <p id={reasonId} className={blocker ? 'requirement' : 'requirement requirement-met'} aria-live="polite">
        {blocker === 'location' && t('firstRun.needLocation')}
        {blocker === 'name' && t('firstRun.needName')}
        {blocker === 'passphrase' && problem && <PassphraseProblemText problem={problem} estimatorFailed={estimatorFailed} />}
        {blocker === null && t('firstRun.ready')}
      </p>

      {error && (
        <p className="message message-error" role="alert">
          {error}
        </p>
      )}
      {busy && (
        <p className="message" role="status">
          {t('firstRun.creating')}
        </p>
      )}

      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={blocker !== null || busy} aria-describedby={reasonId}>
          {t('firstRun.create')}
        </button>
      </div>
    </form>
  );
}
