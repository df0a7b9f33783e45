// What can be renamed (title, stage, field, option) and its current wording in one language:
// 'en' is the codebook's own wording, any other language its translation (empty when missing,
// so a rename never silently copies the English text into a translation). Pure, unit-tested.
import type { CodebookChange, LabelTarget } from '../../../../shared/codebook/codebook-changes';
import type { Codebook, CodebookField } from '../../../../shared/codebook/codebook-schema';
import type { CodebookLanguage } from '../../../../shared/domain/enums';

export interface Wording {
  label: string;
  /** Only fields carry a help text that can be edited here. */
  help: string | null;
}

function findField(codebook: Codebook, fieldId: string): CodebookField | undefined {
  for (const stage of codebook.stages) {
    const field = stage.fields.find((f) => f.id === fieldId);
    if (field) return field;
  }
  return undefined;
}

function baseWording(codebook: Codebook, target: LabelTarget): Wording {
  switch (target.kind) {
    case 'title':
      return { label: codebook.title, help: null };
    case 'stage':
      return { label: codebook.stages.find((s) => s.id === target.stageId)?.label ?? '', help: null };
    case 'field': {
      const field = findField(codebook, target.fieldId);
      return { label: field?.label ?? '', help: field?.help ?? '' };
    }
    case 'option':
      return { label: findField(codebook, target.fieldId)?.options?.find((o) => o.id === target.optionId)?.label ?? '', help: null };
  }
}

export function wordingIn(codebook: Codebook, target: LabelTarget, language: CodebookLanguage): Wording {
  const base = baseWording(codebook, target);
  if (language === 'en') return base;
  const tr = codebook.translations?.[language];
  switch (target.kind) {
    case 'title':
      return { label: tr?.title ?? '', help: null };
    case 'stage':
      return { label: tr?.stages[target.stageId]?.label ?? '', help: null };
    case 'field':
      return { label: tr?.fields[target.fieldId]?.label ?? '', help: tr?.fields[target.fieldId]?.help ?? '' };
    case 'option':
      return { label: tr?.fields[target.fieldId]?.options?.[target.optionId] ?? '', help: null };
  }
}

export function toRelabel(target: LabelTarget, language: CodebookLanguage, wording: Wording): CodebookChange {
  return {
    op: 'relabel',
    target,
    locale: language,
    label: wording.label.trim(),
    ...(target.kind === 'field' && wording.help !== null ? { help: wording.help.trim() } : {}),
  };
}
