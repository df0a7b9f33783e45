import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodebookField } from '../../../../shared/codebook/codebook-schema';
import { Dialog } from '../../components/Dialog';
import { FormDialogFooter } from '../../components/FormDialogFooter';
import { TextField } from '../../components/TextField';
import { MAX_ID, MAX_LABEL, idProblem, labelProblem, type FormProblem } from './form-problems';
import { useChangeSubmit, type ApplyChanges } from './use-change-submit';
import { useProblemText } from './use-problem-text';

interface AddOptionDialogProps {
  field: CodebookField;
  /** The field's name in the codebook language, for the dialog title. */
  fieldLabel: string;
  apply: ApplyChanges;
  onClose: () => void;
}

const CONTROLS = new Set(['id', 'label']);

/** The vault may name the option's id as option/id, options or options/<i>/id: all mean 'id'. */
function toControl(key: string): string {
  if (key === 'options' || /^option\.\d+\.id$/.test(key)) return 'id';
  if (/^option\.\d+\.label$/.test(key)) return 'label';
  return key;
}

/** Adds an option to a choice field; values coded before keep their meaning. */
export function AddOptionDialog({ field, fieldLabel, apply, onClose }: AddOptionDialogProps) {
  const { t } = useTranslation();
  const [id, setId] = useState('');
  const [label, setLabel] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const { busy, error, fromVault, submit, clearAt } = useChangeSubmit(apply, onClose);

  const taken = new Set((field.options ?? []).map((o) => o.id));
  const idKind = idProblem(id, taken);
  const labelKind = labelProblem(label);
  const local: FormProblem[] = [...(idKind ? [{ at: 'id', kind: idKind }] : []), ...(labelKind ? [{ at: 'label', kind: labelKind }] : [])];
  const problemAt = useProblemText([...local.filter((p) => submitted || (p.at === 'id' && id !== '')), ...fromVault]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (local.length > 0) return;
    void submit([{ op: 'add_option', fieldId: field.id, option: { id, label: label.trim() } }], CONTROLS, toControl);
  };

  return (
    <Dialog title={t('codebookAdmin.addOption.title', { field: fieldLabel })} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <p className="side-note">{t('codebookAdmin.wordingNote')}</p>
        <TextField
          label={t('codebookAdmin.addOption.id')}
          hint={t('codebookAdmin.idHint')}
          value={id}
          onChange={(value) => {
            clearAt('id');
            setId(value);
          }}
          error={problemAt('id')}
          className="cb-id-input"
          autoComplete="off"
          spellCheck={false}
          maxLength={MAX_ID}
        />
        <TextField
          label={t('codebookAdmin.addOption.label')}
          value={label}
          onChange={(value) => {
            clearAt('label');
            setLabel(value);
          }}
          error={problemAt('label')}
          autoComplete="off"
          maxLength={MAX_LABEL}
        />
        <FormDialogFooter error={error} busy={busy} submitLabel={t('codebookAdmin.addOption.submit')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
