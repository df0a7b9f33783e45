import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabelTarget } from '../../../../shared/codebook/codebook-changes';
import type { Codebook } from '../../../../shared/codebook/codebook-schema';
import type { CodebookLanguage } from '../../../../shared/domain/enums';
import { Dialog } from '../../components/Dialog';
import { FormDialogFooter } from '../../components/FormDialogFooter';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { CODEBOOK_LANGUAGE_NAMES, CODEBOOK_LANGUAGE_OPTIONS } from './codebook-languages';
import { MAX_HELP, MAX_LABEL, labelProblem, type FormProblem } from './form-problems';
import { toRelabel, wordingIn, type Wording } from './label-target';
import { useChangeSubmit, type ApplyChanges } from './use-change-submit';
import { useProblemText } from './use-problem-text';

interface RelabelDialogProps {
  codebook: Codebook;
  target: LabelTarget;
  /** What is renamed, as shown on screen, for the dialog title. */
  name: string;
  /** The codebook language chosen in the status bar: the one edited unless another is picked. */
  initialLanguage: CodebookLanguage;
  apply: ApplyChanges;
  onClose: () => void;
}

const CONTROLS = new Set(['label', 'help']);

/** Renames the title, a stage, a field or an option in one language; ids never change. */
export function RelabelDialog({ codebook, target, name, initialLanguage, apply, onClose }: RelabelDialogProps) {
  const { t } = useTranslation();
  const [language, setLanguage] = useState<CodebookLanguage>(initialLanguage);
  const [wording, setWording] = useState<Wording>(() => wordingIn(codebook, target, initialLanguage));
  const [submitted, setSubmitted] = useState(false);
  const { busy, error, fromVault, submit, clearAt } = useChangeSubmit(apply, onClose);
  const english = wordingIn(codebook, target, 'en');

  const labelKind = labelProblem(wording.label);
  const local: FormProblem[] = labelKind ? [{ at: 'label', kind: labelKind }] : [];
  const problemAt = useProblemText([...(submitted ? local : []), ...fromVault]);

  // Another language shows that language's wording to edit, never the one typed for the last.
  const pickLanguage = (next: CodebookLanguage) => {
    setLanguage(next);
    setWording(wordingIn(codebook, target, next));
    setSubmitted(false);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (local.length > 0) return;
    void submit([toRelabel(target, language, wording)], CONTROLS);
  };

  const englishHint = language === 'en' ? undefined : t('codebookAdmin.relabel.englishWording', { text: english.label });
  return (
    <Dialog title={t(`codebookAdmin.relabel.title.${target.kind}`, { name })} onClose={onClose} size="wide">
      <form onSubmit={onSubmit} noValidate>
        <SelectField label={t('codebookAdmin.relabel.language')} value={language} onChange={pickLanguage} options={CODEBOOK_LANGUAGE_OPTIONS} />
        <p className="side-note">
          {language === 'en' ? t('codebookAdmin.relabel.baseNote') : t('codebookAdmin.relabel.translationNote', { language: CODEBOOK_LANGUAGE_NAMES[language] })}
        </p>
        <TextField
          label={t('codebookAdmin.relabel.label')}
          hint={englishHint}
          value={wording.label}
          onChange={(label) => {
            clearAt('label');
            setWording((w) => ({ ...w, label }));
          }}
          error={problemAt('label')}
          lang={language}
          autoComplete="off"
          maxLength={MAX_LABEL}
        />
        {wording.help !== null && (
          <TextAreaField
            label={t('codebookAdmin.relabel.help')}
            value={wording.help}
            onChange={(help) => {
              clearAt('help');
              setWording((w) => ({ ...w, help }));
            }}
            error={problemAt('help')}
            lang={language}
            rows={4}
            maxLength={MAX_HELP}
          />
        )}
        <FormDialogFooter error={error} busy={busy} submitLabel={t('codebookAdmin.relabel.submit')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
