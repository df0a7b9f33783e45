// The words of a codebook in the reviewer's chosen codebook language (issue 4 §8), apart from
// the interface language. A label missing from a translation falls back to the codebook's own
// wording, so a field added later in English is never shown blank.
import type { Codebook, CodebookField, CodebookStage, CodebookTranslation } from '../../../shared/codebook/codebook-schema';
import type { CodebookLanguage } from '../../../shared/domain/enums';

export interface CodebookText {
  /** The BCP 47 tag for the `lang` attribute of codebook text. */
  lang: string;
  title(): string;
  stageLabel(stage: CodebookStage): string;
  stageDescription(stage: CodebookStage): string;
  fieldLabel(field: CodebookField): string;
  fieldHelp(field: CodebookField): string;
  unit(field: CodebookField): string | null;
  optionLabel(field: CodebookField, optionId: string): string;
  annotationCodeLabel(id: string, fallback: string): string;
}

export function codebookText(codebook: Codebook, language: CodebookLanguage): CodebookText {
  const tr: CodebookTranslation | undefined = language === 'en' ? undefined : codebook.translations?.[language];
  return {
    lang: tr ? language : 'en',
    title: () => tr?.title ?? codebook.title,
    stageLabel: (stage) => tr?.stages[stage.id]?.label ?? stage.label,
    stageDescription: (stage) => tr?.stages[stage.id]?.description ?? stage.description,
    fieldLabel: (field) => tr?.fields[field.id]?.label ?? field.label,
    fieldHelp: (field) => tr?.fields[field.id]?.help ?? field.help,
    unit: (field) => tr?.fields[field.id]?.unit ?? field.unit ?? null,
    optionLabel: (field, optionId) =>
      tr?.fields[field.id]?.options?.[optionId] ?? field.options?.find((o) => o.id === optionId)?.label ?? optionId,
    annotationCodeLabel: (id, fallback) => tr?.annotation_codes[id]?.label ?? fallback,
  };
}
