import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Codebook, CodebookStage } from '../../../../shared/codebook/codebook-schema';
import { isChoiceType, isNumericType } from '../../../../shared/codebook/field-kinds';
import type { CodebookText } from '../../codebook/codebook-text';
import { Dialog } from '../../components/Dialog';
import { FormDialogFooter } from '../../components/FormDialogFooter';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { FIELD_SCOPE_CHOICES, FIELD_TYPE_CHOICES, emptyFieldForm, fieldFormControls, fieldFormProblems, fieldIds, toAddField, withScope, withType, type FieldForm } from './field-form';
import { MAX_HELP, MAX_ID, MAX_LABEL } from './form-problems';
import { AppliesWhenFields } from './AppliesWhenFields';
import { OptionRowsEditor } from './OptionRowsEditor';
import { PersonalFlagFields } from './PersonalFlagFields';
import { useChangeSubmit, type ApplyChanges } from './use-change-submit';
import { useProblemText } from './use-problem-text';

interface AddFieldDialogProps {
  codebook: Codebook;
  text: CodebookText;
  stage: CodebookStage;
  /** The stage's name in the codebook language, for the dialog title. */
  stageLabel: string;
  apply: ApplyChanges;
  onClose: () => void;
}

/** Adds a field to a stage; the new version carries it, earlier codings are untouched. */
export function AddFieldDialog({ codebook, text, stage, stageLabel, apply, onClose }: AddFieldDialogProps) {
  const { t } = useTranslation();
  const [form, setForm] = useState<FieldForm>(() => emptyFieldForm());
  const [submitted, setSubmitted] = useState(false);
  const taken = useMemo(() => fieldIds(codebook), [codebook]);
  const { busy, error, fromVault, submit, clearAt } = useChangeSubmit(apply, onClose);

  const local = fieldFormProblems(form, taken);
  // The id is checked as it is typed; the rest once the reviewer tries to save.
  const shown = [...local.filter((p) => submitted || (p.at === 'id' && form.id !== '')), ...fromVault];
  const problemAt = useProblemText(shown);

  const set = <K extends keyof FieldForm>(key: K) => (value: FieldForm[K]) => {
    clearAt(key);
    setForm((f) => ({ ...f, [key]: value }));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (local.length > 0) return;
    void submit([toAddField(stage.id, form)], fieldFormControls(form));
  };

  return (
    <Dialog title={t('codebookAdmin.addField.title', { stage: stageLabel })} onClose={onClose} size="wide">
      <form onSubmit={onSubmit} noValidate>
        <p className="side-note">{t('codebookAdmin.wordingNote')}</p>
        <div className="form-grid">
          <TextField
            label={t('codebookAdmin.addField.id')}
            hint={t('codebookAdmin.idHint')}
            value={form.id}
            onChange={set('id')}
            error={problemAt('id')}
            className="cb-id-input"
            autoComplete="off"
            spellCheck={false}
            maxLength={MAX_ID}
          />
          <TextField label={t('codebookAdmin.addField.label')} value={form.label} onChange={set('label')} error={problemAt('label')} autoComplete="off" maxLength={MAX_LABEL} />
          <SelectField
            label={t('codebookAdmin.addField.type')}
            value={form.type}
            onChange={(type) => setForm((f) => withType(f, type))}
            options={FIELD_TYPE_CHOICES.map((type) => ({ value: type, label: t(`codebookAdmin.type.${type}`) }))}
          />
          <SelectField
            label={t('codebookAdmin.addField.scope')}
            value={form.scope}
            onChange={(scope) => {
              clearAt('appliesWhen');
              setForm((f) => withScope(f, scope, codebook));
            }}
            options={FIELD_SCOPE_CHOICES.map((scope) => ({ value: scope, label: t(`codebookAdmin.scope.${scope}`) }))}
          />
          {isNumericType(form.type) && (
            <>
              <TextField label={t('codebookAdmin.addField.unit')} hint={t('codebookAdmin.addField.unitHint')} value={form.unit} onChange={set('unit')} error={problemAt('unit')} autoComplete="off" maxLength={MAX_LABEL} />
              <TextField label={t('codebookAdmin.addField.min')} value={form.min} onChange={set('min')} error={problemAt('min')} autoComplete="off" inputMode="decimal" maxLength={30} />
              <TextField label={t('codebookAdmin.addField.max')} value={form.max} onChange={set('max')} error={problemAt('max')} autoComplete="off" inputMode="decimal" maxLength={30} />
              <label className="checkbox">
                <input type="checkbox" checked={form.integer} onChange={(e) => set('integer')(e.target.checked)} />
                {t('codebookAdmin.addField.integer')}
              </label>
            </>
          )}
        </div>
        <AppliesWhenFields
          codebook={codebook}
          text={text}
          scope={form.scope}
          fieldId={form.appliesField}
          optionIds={form.appliesOptions}
          error={problemAt('appliesWhen')}
          onChange={(appliesField, appliesOptions) => {
            clearAt('appliesWhen');
            setForm((f) => ({ ...f, appliesField, appliesOptions }));
          }}
        />
        <TextAreaField label={t('codebookAdmin.addField.help')} value={form.help} onChange={set('help')} error={problemAt('help')} rows={3} maxLength={MAX_HELP} />
        {isChoiceType(form.type) && <OptionRowsEditor rows={form.options} onChange={set('options')} problemAt={problemAt} />}
        <PersonalFlagFields
          personal={form.personal}
          sensitive={form.sensitive}
          onPersonal={(personal) => setForm((f) => ({ ...f, personal, personalTouched: true }))}
          onSensitive={set('sensitive')}
        />
        <FormDialogFooter error={error} busy={busy} submitLabel={t('codebookAdmin.addField.submit')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
