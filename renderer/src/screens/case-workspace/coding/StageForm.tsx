// The coding form of one stage (issue 4 §1): case-level fields once, then one sub-form per
// victim or defendant, titled with the person's code, never the name. Ctrl+Z and Ctrl+Y (or
// Ctrl+Shift+Z) undo and redo coding changes outside text boxes, where they edit the text.
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodebookField, CodebookStage } from '../../../../../shared/codebook/codebook-schema';
import { recordKey } from '../../../../../shared/codebook/evaluate-case';
import type { PersonSummary } from '../../../../../shared/domain/person';
import type { CodebookText } from '../../../codebook/codebook-text';
import { FieldRow } from './FieldRow';
import type { CaseCoding } from './use-case-coding';

interface StageFormProps {
  caseId: string;
  stage: CodebookStage;
  persons: readonly PersonSummary[];
  coding: CaseCoding;
  text: CodebookText;
  labelOf: (fieldId: string) => string;
  documentTitle: (documentId: string) => string;
  onOpenDocument: (documentId: string) => void;
}

function isTextEntry(target: EventTarget): boolean {
  return target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type === 'text');
}

export function StageForm({ caseId, stage, persons, coding, text, labelOf, documentTitle, onOpenDocument }: StageFormProps) {
  const { t } = useTranslation();
  const { evaluation } = coding;
  const problemsByRecord = new Map<string, typeof evaluation.problems>();
  for (const p of evaluation.problems) {
    const key = recordKey(p.fieldId, p.personId);
    problemsByRecord.set(key, [...(problemsByRecord.get(key) ?? []), p]);
  }
  const derivedByRecord = new Map(evaluation.derived.map((d) => [recordKey(d.fieldId, d.personId), d]));
  const hasValue = (field: CodebookField, personId: string | null) => coding.valueOf(field.id, personId) !== null;
  // A deprecated field is shown only where it holds a value, so no value ever hides.
  const visible = (field: CodebookField, personId: string | null) => !field.deprecated || hasValue(field, personId);

  const row = (field: CodebookField, person: PersonSummary | null) => {
    const personId = person?.id ?? null;
    if (!visible(field, personId)) return null;
    const key = recordKey(field.id, personId);
    return (
      <FieldRow
        key={key}
        caseId={caseId}
        stageId={stage.id}
        field={field}
        personId={personId}
        personCode={person?.code ?? null}
        coding={coding}
        text={text}
        problems={problemsByRecord.get(key) ?? []}
        derived={derivedByRecord.get(key) ?? null}
        applicable={evaluation.isApplicable(field.id, personId)}
        labelOf={labelOf}
        documentTitle={documentTitle}
        onOpenDocument={onOpenDocument}
      />
    );
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey || isTextEntry(e.target)) return;
    if (e.code === 'KeyZ' && !e.shiftKey) {
      e.preventDefault();
      void coding.undo();
    } else if (e.code === 'KeyY' || (e.code === 'KeyZ' && e.shiftKey)) {
      e.preventDefault();
      void coding.redo();
    }
  };

  const caseFields = stage.fields.filter((f) => f.scope === 'case');
  const personSections = (['victim', 'defendant'] as const).map((role) => ({
    role,
    fields: stage.fields.filter((f) => f.scope === role),
    people: persons.filter((p) => p.role === role),
  }));
  const progress = evaluation.stages.find((s) => s.stageId === stage.id);

  return (
    <div className="stage-form" onKeyDown={onKeyDown}>
      <div className="stage-toolbar">
        <p className="note" role="status">
          {progress && progress.applicable > 0
            ? t('coding.stageProgress', { answered: progress.answered, applicable: progress.applicable })
            : t('coding.stageNothingToAnswer')}
          {progress && progress.problems > 0 && ` · ${t('coding.stageProblems', { count: progress.problems })}`}
        </p>
        <span className="page-header-spacer" />
        <button type="button" onClick={() => void coding.undo()} disabled={!coding.canUndo} aria-keyshortcuts="Control+Z">
          {t('coding.undo')}
        </button>
        <button type="button" onClick={() => void coding.redo()} disabled={!coding.canRedo} aria-keyshortcuts="Control+Y">
          {t('coding.redo')}
        </button>
        <span className="save-state" aria-live="polite">
          {coding.lastSave && t(`coding.save.${coding.lastSave}`)}
        </span>
      </div>
      {caseFields.length > 0 && (
        <section className="stage-section" aria-label={t('coding.caseLevel')}>
          {caseFields.map((f) => row(f, null))}
        </section>
      )}
      {personSections.map(({ role, fields, people }) =>
        fields.length === 0 ? null : people.length === 0 ? (
          <p key={role} className="note">
            {t(role === 'victim' ? 'stage.noVictims' : 'stage.noDefendants')}
          </p>
        ) : (
          people.map((person) => (
            <section key={person.id} className="stage-section person-form" aria-labelledby={`person-${person.id}-${stage.id}`}>
              <h3 id={`person-${person.id}-${stage.id}`}>{t(role === 'victim' ? 'coding.victimForm' : 'coding.defendantForm', { code: person.code })}</h3>
              {fields.map((f) => row(f, person))}
            </section>
          ))
        ),
      )}
    </div>
  );
}
