// Problems of a value in the reviewer's interface language. Core's English wording is for
// logs and the CLI; here every problem code has its own i18n key (issue 4 §3).
import type { TFunction } from 'i18next';
import type { CaseProblem } from '../../../../../shared/codebook/evaluate-case';
import type { ValueProblem } from '../../../../../shared/codebook/validate-value';
import type { Parsed } from './parse-input';

export function valueProblemText(t: TFunction, problem: ValueProblem, optionLabel: (id: string) => string): string {
  switch (problem.code) {
    case 'duplicate_option':
    case 'unknown_option':
    case 'deprecated_option':
      return t(`coding.problem.${problem.code}`, { option: optionLabel(problem.option) });
    case 'expected_number':
      return t('coding.problem.expected_number');
    case 'below_min':
      return t('coding.problem.below_min', { min: problem.min });
    case 'above_max':
      return t('coding.problem.above_max', { max: problem.max });
    case 'text_too_long':
      return t('coding.problem.text_too_long', { max: problem.max });
    default:
      return t(`coding.problem.${problem.code}`);
  }
}

export function parseProblemText(t: TFunction, parsed: Extract<Parsed<unknown>, { ok: false }>): string {
  return t(`coding.problem.${parsed.reason}`);
}

/** Cross-field problems name the other field by its label in the codebook language. */
export function caseProblemText(t: TFunction, problem: CaseProblem, fieldLabel: (id: string) => string, optionLabel: (id: string) => string): string {
  switch (problem.kind) {
    case 'value':
      return valueProblemText(t, problem.problem, optionLabel);
    case 'not_applicable':
      return t('coding.problem.not_applicable', { condition: fieldLabel(problem.condition) });
    case 'date_order':
      return t('coding.problem.date_order', { earlier: fieldLabel(problem.earlierField) });
  }
}
