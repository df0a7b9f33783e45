// One field of a stage form: its label in the codebook language, its control, and what the
// form knows about it. Shortcuts act on the field holding focus: Alt+U answers "unknown /
// not stated in the file", Alt+Backspace clears, F1 shows the help, Alt+H the history.
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodebookField } from '../../../../../shared/codebook/codebook-schema';
import type { CaseProblem, DerivedValue } from '../../../../../shared/codebook/evaluate-case';
import { offersUnknown, UNKNOWN_VALUE, validateCodingValue, type CodingValue } from '../../../../../shared/codebook/validate-value';
import type { CodebookText } from '../../../codebook/codebook-text';
import { holdCoding } from '../../../session/coding-drafts';
import { ChoiceField } from './ChoiceField';
import { EvidenceDialog } from './EvidenceDialog';
import { FieldHistoryDialog } from './FieldHistoryDialog';
import { formatValue } from './format-value';
import { MultiChoiceField } from './MultiChoiceField';
import { caseProblemText, valueProblemText } from './problem-text';
import { TypedField } from './TypedField';
import type { CaseCoding } from './use-case-coding';

interface FieldRowProps {
  caseId: string;
  stageId: string;
  field: CodebookField;
  personId: string | null;
  /** The person's code (V1, D2) for names of controls in per-person sub-forms. */
  personCode: string | null;
  coding: CaseCoding;
  text: CodebookText;
  problems: readonly CaseProblem[];
  derived: DerivedValue | null;
  applicable: boolean;
  /** Another field's label in the codebook language (rules name the fields they involve). */
  labelOf: (fieldId: string) => string;
  documentTitle: (documentId: string) => string;
  onOpenDocument: (documentId: string) => void;
}

export function FieldRow({ caseId, stageId, field, personId, personCode, coding, text, problems, derived, applicable, labelOf, documentTitle, onOpenDocument }: FieldRowProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [showHelp, setShowHelp] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  const [localProblem, setLocalProblem] = useState<string | null>(null);
  const [revealed, setRevealed] = useState(false);
  const [citing, setCiting] = useState(false);
  const value = coding.valueOf(field.id, personId);
  const notice = coding.notice(field.id, personId);
  const label = text.fieldLabel(field);
  const unknownText = t('coding.unknown');
  const canUnknown = offersUnknown(field) && !field.derived;
  const masked = field.personal === 'direct' && !revealed;
  const evidence = (coding.codingOf(field.id, personId)?.evidence ?? []).flatMap((id) => {
    const annotation = coding.annotations.get(id);
    return annotation ? [annotation] : [];
  });

  const save = (next: CodingValue | null) => {
    if (next !== null) {
      const problem = validateCodingValue(field, next);
      if (problem) {
        setLocalProblem(valueProblemText(t, problem, (o) => text.optionLabel(field, o)));
        return;
      }
    }
    setLocalProblem(null);
    void coding.commit(stageId, field, personId, next);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    // Keys typed in this field's own dialogs (history, evidence) are theirs, not the field's.
    if (e.target instanceof Element && e.target.closest('dialog')) return;
    if (e.key === 'F1') {
      e.preventDefault();
      setShowHelp((v) => !v);
    } else if (e.altKey && !e.ctrlKey && e.code === 'KeyU' && canUnknown) {
      e.preventDefault();
      save(field.type === 'multi_choice' ? [UNKNOWN_VALUE] : UNKNOWN_VALUE);
    } else if (e.altKey && !e.ctrlKey && e.key === 'Backspace' && !field.derived) {
      e.preventDefault();
      save(null);
    } else if (e.altKey && !e.ctrlKey && e.code === 'KeyE' && value !== null && !field.derived) {
      e.preventDefault();
      setCiting(true);
    } else if (e.altKey && !e.ctrlKey && e.code === 'KeyH') {
      e.preventDefault();
      setShowHistory(true);
    }
  };

  const helpId = `${id}-help`;
  const messagesId = `${id}-messages`;
  const describedBy = showHelp ? `${helpId} ${messagesId}` : messagesId;
  const messages = [
    ...(localProblem ? [localProblem] : []),
    ...problems.map((p) => caseProblemText(t, p, labelOf, (o) => text.optionLabel(field, o))),
  ];
  const name = `${field.id}-${personCode ?? 'case'}-${id}`;
  const isGroup = field.type === 'single_choice' || field.type === 'yes_no_unknown' || field.type === 'multi_choice';
  const Wrapper = isGroup ? 'fieldset' : 'div';

  return (
    <Wrapper
      className={`field-row${applicable ? '' : ' field-not-applicable'}${messages.length > 0 ? ' field-invalid' : ''}`}
      data-field={field.id}
      data-type={field.type}
      data-person={personCode ?? undefined}
      onKeyDown={onKeyDown}
    >
      {isGroup ? (
        <legend className="field-label" lang={text.lang}>
          {label}
        </legend>
      ) : (
        <label className="field-label" htmlFor={id} lang={text.lang}>
          {label}
          {text.unit(field) && <span className="field-unit"> ({text.unit(field)})</span>}
        </label>
      )}
      <div className="field-tools">
        {field.personal === 'direct' && !field.derived && (
          <button type="button" className="button-link" tabIndex={-1} onClick={() => setRevealed((v) => !v)}>
            {revealed ? t('coding.hideValue') : t('coding.showValue')}
          </button>
        )}
        {canUnknown && (
          <button type="button" className="button-link" tabIndex={-1} aria-keyshortcuts="Alt+U" onClick={() => save(field.type === 'multi_choice' ? [UNKNOWN_VALUE] : UNKNOWN_VALUE)}>
            {t('coding.setUnknown')}
          </button>
        )}
        <button type="button" className="button-link" tabIndex={-1} aria-keyshortcuts="F1" aria-expanded={showHelp} onClick={() => setShowHelp((v) => !v)}>
          {t('coding.help')}
        </button>
        {value !== null && !field.derived && (
          <button type="button" className="button-link" tabIndex={-1} aria-keyshortcuts="Alt+E" onClick={() => setCiting(true)}>
            {t('coding.evidence')}
          </button>
        )}
        <button type="button" className="button-link" tabIndex={-1} aria-keyshortcuts="Alt+H" onClick={() => setShowHistory(true)}>
          {t('coding.history')}
        </button>
      </div>
      {!applicable && <p className="note">{t('coding.notApplicable', { condition: labelOf(field.applies_when?.field ?? '') })}</p>}
      {field.derived ? (
        <output id={id} className="derived-value" aria-describedby={describedBy}>
          {derived?.value == null ? t('coding.notComputed') : formatValue(t, text, field, derived.value, i18n.language)}
          {derived?.approximate && <span className="note"> {t('coding.approximate')}</span>}
          <span className="note"> · {t('coding.computed')}</span>
        </output>
      ) : field.type === 'single_choice' || field.type === 'yes_no_unknown' ? (
        <ChoiceField name={name} field={field} value={typeof value === 'string' ? value : null} text={text} describedBy={describedBy} onChange={save} />
      ) : field.type === 'multi_choice' ? (
        <MultiChoiceField field={field} value={Array.isArray(value) ? value : null} text={text} describedBy={describedBy} onChange={save} />
      ) : (
        <TypedField
          id={id}
          field={field}
          value={value}
          unknownText={unknownText}
          describedBy={describedBy}
          masked={masked}
          onCommit={save}
          onHold={(held) => holdCoding({ caseId, stageId, fieldId: field.id, personId, value: held, expectedRevision: coding.codingOf(field.id, personId)?.revision ?? null })}
          onParseProblem={setLocalProblem}
        />
      )}
      {showHelp && (
        <p id={helpId} className="field-help" lang={text.lang}>
          {text.fieldHelp(field)}
        </p>
      )}
      <div id={messagesId} className="field-messages" aria-live="polite">
        {messages.map((m) => (
          <p key={m} className="message-inline message-error">
            {m}
          </p>
        ))}
        {notice?.kind === 'conflict' && (
          <p className="message-inline message-warning" role="alert">
            {t('coding.conflict', { mine: formatValue(t, text, field, notice.mine, i18n.language) })}
          </p>
        )}
        {notice?.kind === 'refused' && <p className="message-inline message-error" role="alert">{t('coding.refused')}</p>}
        {notice?.kind === 'pending' && <p className="message-inline message-warning">{t('coding.pending')}</p>}
        {evidence.length > 0 && (
          <ul className="evidence-list" aria-label={t('coding.evidenceCount', { count: evidence.length })}>
            {evidence.map((a) => (
              <li key={a.id}>
                <button type="button" className="button-link" onClick={() => onOpenDocument(a.documentId)}>
                  <q>{a.quote}</q>
                </button>{' '}
                <span className="muted">— {documentTitle(a.documentId)}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {citing && (
        <EvidenceDialog
          title={personCode ? `${label} · ${personCode}` : label}
          annotations={[...coding.annotations.values()]}
          cited={coding.codingOf(field.id, personId)?.evidence ?? []}
          documentTitle={documentTitle}
          onSave={(ids) => {
            setCiting(false);
            void coding.cite(stageId, field.id, personId, ids);
          }}
          onClose={() => setCiting(false)}
        />
      )}
      {showHistory && (
        <FieldHistoryDialog
          caseId={caseId}
          stageId={stageId}
          field={field}
          personId={personId}
          title={personCode ? `${label} · ${personCode}` : label}
          text={text}
          onClose={() => setShowHistory(false)}
        />
      )}
    </Wrapper>
  );
}
