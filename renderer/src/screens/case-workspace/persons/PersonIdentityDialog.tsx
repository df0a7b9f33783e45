import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person, PersonSummary } from '../../../../../shared/domain/person';
import { errorCode, type ClientErrorCode } from '../../../api/api-error';
import { dossier } from '../../../api/client';
import { Dialog } from '../../../components/Dialog';
import { SelectField } from '../../../components/SelectField';
import { TextAreaField } from '../../../components/TextAreaField';
import { TextField } from '../../../components/TextField';
import { PERSON_ROLES, SEXES } from '../../../domain/enums';
import { errorText } from '../../../i18n/error-text';
import { useUnsavedForm } from '../../../session/unsaved-forms';
import { applyForm, formProblems, toForm, toUpdate, type PersonForm, type PersonFormProblem } from './person-form';
import { FormDialogFooter } from '../../../components/FormDialogFooter';

interface PersonIdentityDialogProps {
  personId: string;
  onClose: () => void;
  onSaved: (summary: PersonSummary, person: Person) => void;
}

const LIST_FIELDS = ['aliases', 'idNumbers', 'addresses', 'phones', 'emails', 'otherIdentifiers'] as const;

/** Edits code, role and identity. Opening it is an explicit request, so it reveals the person. */
export function PersonIdentityDialog({ personId, onClose, onSaved }: PersonIdentityDialogProps) {
  const { t } = useTranslation();
  const [original, setOriginal] = useState<Person | null>(null);
  const [form, setForm] = useState<PersonForm | null>(null);
  const [problems, setProblems] = useState<PersonFormProblem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [loadError, setLoadError] = useState<ClientErrorCode | null>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const loaded = form !== null;
  useUnsavedForm(form !== null && original !== null && JSON.stringify(form) !== JSON.stringify(toForm(original)));

  // The form replaces the loading text: move focus into it rather than leave it nowhere.
  useEffect(() => {
    if (loaded) codeRef.current?.focus();
  }, [loaded]);

  useEffect(() => {
    let live = true;
    dossier.persons.reveal({ id: personId }).then(
      (person) => {
        if (!live) return;
        setOriginal(person);
        setForm(toForm(person));
      },
      (err: unknown) => live && setLoadError(errorCode(err)),
    );
    return () => {
      live = false;
    };
  }, [personId]);

  const set = <K extends keyof PersonForm>(key: K) => (value: PersonForm[K]) => setForm((f) => (f ? { ...f, [key]: value } : f));
  const problemText = (field: PersonFormProblem['field']) => {
    const problem = problems.find((p) => p.field === field);
    return problem ? t(`identity.problem.${problem.kind}`) : null;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form || !original || busy) return;
    const found = formProblems(form);
    setProblems(found);
    if (found.length > 0) return;
    setBusy(true);
    setError(null);
    try {
      const summary = await dossier.persons.update(toUpdate(original.id, form));
      onSaved(summary, applyForm(original, form));
    } catch (err) {
      setError(errorCode(err) === 'CONFLICT' ? t('identity.conflict') : errorText(t, err));
      setBusy(false);
    }
  };

  const title = original ? t('identity.editTitle', { code: original.code }) : t('identity.editTitleLoading');
  return (
    <Dialog title={title} onClose={onClose} size="wide">
      {!form || !original ? (
        <>
          <p role={loadError ? 'alert' : 'status'}>{loadError ? t(`errors.${loadError}`) : t('common.loading')}</p>
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              {t('common.close')}
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <p className="side-note">{t('identity.privacyNote')}</p>
          <div className="form-grid">
            <TextField
              label={t('identity.code')}
              value={form.code}
              onChange={set('code')}
              inputRef={codeRef}
              error={problemText('code')}
              maxLength={20}
              autoComplete="off"
            />
            <SelectField
              label={t('identity.role')}
              value={form.role}
              onChange={set('role')}
              options={PERSON_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
            />
            <TextField label={t('identity.fullName')} value={form.fullName} onChange={set('fullName')} maxLength={500} autoComplete="off" />
            <TextField
              label={t('identity.dateOfBirth')}
              value={form.dateOfBirth}
              onChange={set('dateOfBirth')}
              hint={t('identity.dateHint')}
              error={problemText('dateOfBirth')}
              maxLength={10}
              autoComplete="off"
            />
            <SelectField
              label={t('identity.sex')}
              value={form.sex}
              onChange={set('sex')}
              options={[
                // "Not recorded" can be chosen only while nothing is recorded (see person-form.ts).
                ...(original.sex === null ? [{ value: '' as const, label: t('identity.notRecorded') }] : []),
                ...SEXES.map((s) => ({ value: s, label: t(`sex.${s}`) })),
              ]}
            />
            <TextField
              label={t('identity.citizenship')}
              value={form.citizenship}
              onChange={set('citizenship')}
              error={problemText('citizenship')}
              maxLength={20}
              autoComplete="off"
            />
            {LIST_FIELDS.map((key) => (
              <TextAreaField
                key={key}
                label={t(`identity.${key}`)}
                hint={t('identity.onePerLine')}
                value={form[key]}
                onChange={set(key)}
                rows={2}
              />
            ))}
          </div>
          <FormDialogFooter error={error} busy={busy} submitLabel={t('common.save')} onCancel={onClose} />
        </form>
      )}
    </Dialog>
  );
}
