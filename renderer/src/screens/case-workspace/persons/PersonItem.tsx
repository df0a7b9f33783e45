import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person, PersonSummary } from '../../../../../shared/domain/person';
import { dossier } from '../../../api/client';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { errorText } from '../../../i18n/error-text';
import { PersonIdentityDialog } from './PersonIdentityDialog';
import { PersonIdentityView } from './PersonIdentityView';

interface PersonItemProps {
  person: PersonSummary;
  onChanged: (person: PersonSummary) => void;
  onDeleted: () => void;
}

export function PersonItem({ person, onChanged, onDeleted }: PersonItemProps) {
  const { t } = useTranslation();
  const identityId = useId();
  // The revealed identity lives only here, and only until "Hide", closing the case or a lock.
  const [identity, setIdentity] = useState<Person | null>(null);
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const toggleIdentity = async () => {
    setError(null);
    if (identity) {
      setIdentity(null);
      return;
    }
    setBusy(true);
    try {
      setIdentity(await dossier.persons.reveal({ id: person.id }));
    } catch (err) {
      setError(errorText(t, err));
    }
    setBusy(false);
  };

  const remove = async () => {
    await dossier.persons.delete({ id: person.id });
    setDeleting(false);
    onDeleted();
  };

  const who = <span className="visually-hidden"> {person.code}</span>;

  return (
    <li className="item">
      <div className="item-line">
        <strong className="person-code">{person.code}</strong>
        <span className="muted">{t(`role.${person.role}`)}</span>
        <span className="item-actions">
          <button
            type="button"
            className="button-small"
            onClick={() => void toggleIdentity()}
            disabled={busy}
            aria-expanded={identity !== null}
            aria-controls={identity ? identityId : undefined}
          >
            {identity ? t('persons.hideIdentity') : t('persons.showIdentity')}
            {who}
          </button>
          <button type="button" className="button-small" onClick={() => setEditing(true)}>
            {t('persons.editIdentity')}
            {who}
          </button>
          <button type="button" className="button-small button-danger-quiet" onClick={() => setDeleting(true)}>
            {t('common.delete')}
            {who}
          </button>
        </span>
      </div>
      {identity && <PersonIdentityView id={identityId} person={identity} />}
      {error && (
        <p className="message-inline message-error" role="alert">
          {error}
        </p>
      )}
      {editing && (
        <PersonIdentityDialog
          personId={person.id}
          onClose={() => setEditing(false)}
          onSaved={(summary, updated) => {
            setEditing(false);
            if (identity) setIdentity(updated);
            onChanged(summary);
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('persons.deleteTitle', { code: person.code })}
          message={t('persons.deleteMessage')}
          confirmLabel={t('persons.deleteConfirm')}
          onConfirm={remove}
          onCancel={() => setDeleting(false)}
        />
      )}
    </li>
  );
}
