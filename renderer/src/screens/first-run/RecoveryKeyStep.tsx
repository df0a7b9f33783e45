import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { dossier } from '../../api/client';
import { TextField } from '../../components/TextField';
import { lastRecoveryGroup, matchesLastGroup, recoveryKeyGroups } from '../../format/recovery-key';
import { errorText } from '../../i18n/error-text';

interface RecoveryKeyStepProps {
  recoveryKey: string;
  onDone: () => void;
}

/**
 * The recovery key, shown this once (DESIGN.md "The vault": it opens the vault in stock
 * SQLCipher, so an organisation is never locked out). Nothing puts it in the clipboard unless
 * the user presses Copy, and then main clears the clipboard after 30 seconds.
 */
export function RecoveryKeyStep({ recoveryKey, onDone }: RecoveryKeyStepProps) {
  const { t } = useTranslation();
  const groups = recoveryKeyGroups(recoveryKey);
  const [typed, setTyped] = useState('');
  const [stored, setStored] = useState(false);
  const [copyNote, setCopyNote] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const storedId = useId();
  const keyLabelId = useId();
  const reasonId = useId();

  useEffect(() => headingRef.current?.focus(), []);

  const groupOk = matchesLastGroup(recoveryKey, typed);
  // Complain only once a whole group has been typed, not at the first character.
  const typedEnough = typed.replace(/[\s-]+/g, '').length >= lastRecoveryGroup(recoveryKey).length;
  const ready = groupOk && stored;

  const copy = async () => {
    try {
      await dossier.clipboard.writeText({ text: recoveryKey });
      setCopyNote(t('recovery.copied'));
    } catch (err) {
      setCopyNote(errorText(t, err));
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ready) onDone();
  };

  return (
    <form onSubmit={submit} noValidate>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('recovery.title')}
      </h1>
      <p>{t('recovery.intro')}</p>
      <ul className="advice">
        <li>{t('recovery.adviceWrite')}</li>
        <li>{t('recovery.adviceApart')}</li>
        <li>{t('recovery.adviceNoDigital')}</li>
      </ul>

      <p id={keyLabelId} className="recovery-key-label">
        {t('recovery.keyLabel', { groups: groups.length })}
      </p>
      <div className="recovery-key" role="group" aria-labelledby={keyLabelId}>
        {groups.map((group, i) => (
          <span key={i} className="recovery-group">
            {group}
          </span>
        ))}
      </div>
      <div className="inline-actions">
        <button type="button" onClick={() => void copy()}>
          {t('recovery.copy')}
        </button>
        <span className="muted" role="status">
          {copyNote}
        </span>
      </div>
      <p className="message message-warning">{t('recovery.onlyOnce')}</p>

      <h2>{t('recovery.confirmTitle')}</h2>
      <TextField
        className="field-narrow"
        label={t('recovery.typeLastGroup', { n: groups.length })}
        value={typed}
        onChange={setTyped}
        autoComplete="off"
        spellCheck={false}
        maxLength={lastRecoveryGroup(recoveryKey).length + 4}
        error={typedEnough && !groupOk ? t('recovery.groupMismatch') : null}
      />
      <div className="checkbox">
        <input id={storedId} type="checkbox" checked={stored} onChange={(e) => setStored(e.target.checked)} />
        <label htmlFor={storedId}>{t('recovery.stored')}</label>
      </div>
      <p id={reasonId} className={ready ? 'requirement requirement-met' : 'requirement'}>
        {ready ? t('recovery.ready') : !groupOk ? t('recovery.needGroup') : t('recovery.needStored')}
      </p>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={!ready} aria-describedby={reasonId}>
          {t('recovery.continue')}
        </button>
      </div>
    </form>
  );
}
