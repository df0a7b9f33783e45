import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonRole, PersonSummary } from '../../../../../shared/domain/person';
import { dossier } from '../../../api/client';
import { SelectField } from '../../../components/SelectField';
import { PERSON_ROLES } from '../../../domain/enums';
import { errorText } from '../../../i18n/error-text';

interface AddPersonFormProps {
  caseId: string;
  onAdded: (person: PersonSummary) => void;
}

/** Adds a person by role only; the vault gives the next free code (V1, D2 …). */
export function AddPersonForm({ caseId, onAdded }: AddPersonFormProps) {
  const { t } = useTranslation();
  const [role, setRole] = useState<PersonRole>('victim');
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ error: boolean; text: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setNote(null);
    try {
      const added = await dossier.persons.create({ caseId, role });
      onAdded(added);
      setNote({ error: false, text: t('persons.added', { code: added.code }) });
    } catch (err) {
      setNote({ error: true, text: errorText(t, err) });
    }
    setBusy(false);
  };

  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} noValidate>
      <SelectField
        label={t('persons.newRole')}
        value={role}
        onChange={setRole}
        options={PERSON_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
      />
      <button type="submit" disabled={busy}>
        {t('persons.add')}
      </button>
      <p className={note?.error ? 'message-inline message-error' : 'message-inline'} role="status">
        {note?.text}
      </p>
    </form>
  );
}
