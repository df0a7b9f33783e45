// Validation of one coded value against its codebook field. Pure, so the renderer's forms
// and core's services apply the very same rules (a wrong type or an unknown option is an
// error wherever it is typed). Problems are codes with parameters: the renderer words them
// through i18n, core and the CLI through `describeValueProblem`.
import type { CodebookField } from './codebook-schema';
import { isValidPartialDate } from '../text/partial-date';

export type CodingValue = string | number | string[];

/**
 * "Unknown / not stated in the file". Choice fields carry it as their `unknown` option; for a
 * number, date, duration or free-text field the same string is the value, so the interchange
 * format's value types stay as they are and the answer counts as given (the reviewer looked).
 */
export const UNKNOWN_VALUE = 'unknown';

export const MAX_FREE_TEXT = 100_000;

export type ValueProblem =
  | { code: 'expected_option' }
  | { code: 'expected_options' }
  | { code: 'empty_selection' }
  | { code: 'duplicate_option'; option: string }
  | { code: 'unknown_option'; option: string }
  | { code: 'deprecated_option'; option: string }
  | { code: 'unknown_not_offered' }
  | { code: 'expected_number'; unit: string | null }
  | { code: 'expected_whole_number' }
  | { code: 'below_min'; min: number }
  | { code: 'above_max'; max: number }
  | { code: 'expected_date' }
  | { code: 'expected_text' }
  | { code: 'empty_text' }
  | { code: 'text_too_long'; max: number };

/** Whether "unknown" can be answered for this field (a few reviewer-judgement fields have no such option). */
export function offersUnknown(field: CodebookField): boolean {
  if (field.type === 'single_choice' || field.type === 'multi_choice' || field.type === 'yes_no_unknown') {
    return field.options?.some((o) => o.id === UNKNOWN_VALUE && !o.deprecated) ?? false;
  }
  return true;
}

/** True when the value records "unknown / not stated in the file". */
export function isUnknownValue(value: CodingValue): boolean {
  return value === UNKNOWN_VALUE || (Array.isArray(value) && value.length === 1 && value[0] === UNKNOWN_VALUE);
}

/**
 * Returns the first problem found, or null when the value is valid. `stored` values were
 * valid when coded: an option deprecated since then stays valid for them (issue 4 §7), only
 * new values may not choose it.
 */
export function validateCodingValue(field: CodebookField, value: unknown, stored = false): ValueProblem | null {
  switch (field.type) {
    case 'single_choice':
    case 'yes_no_unknown': {
      if (typeof value !== 'string') return { code: 'expected_option' };
      return optionProblem(field, value, stored);
    }
    case 'multi_choice': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return { code: 'expected_options' };
      if (value.length === 0) return { code: 'empty_selection' };
      const seen = new Set<string>();
      for (const v of value as string[]) {
        if (seen.has(v)) return { code: 'duplicate_option', option: v };
        seen.add(v);
        const problem = optionProblem(field, v, stored);
        if (problem) return problem;
      }
      return null;
    }
    case 'number':
    case 'duration': {
      if (value === UNKNOWN_VALUE) return null;
      if (typeof value !== 'number' || !Number.isFinite(value)) return { code: 'expected_number', unit: field.unit ?? null };
      if (field.integer && !Number.isInteger(value)) return { code: 'expected_whole_number' };
      if (field.min !== undefined && value < field.min) return { code: 'below_min', min: field.min };
      if (field.max !== undefined && value > field.max) return { code: 'above_max', max: field.max };
      return null;
    }
    case 'date': {
      if (value === UNKNOWN_VALUE) return null;
      if (typeof value !== 'string' || !isValidPartialDate(value)) return { code: 'expected_date' };
      return null;
    }
    case 'free_text': {
      if (typeof value !== 'string') return { code: 'expected_text' };
      if (value.trim().length === 0) return { code: 'empty_text' };
      if (value.length > MAX_FREE_TEXT) return { code: 'text_too_long', max: MAX_FREE_TEXT };
      return null;
    }
  }
}

function optionProblem(field: CodebookField, optionId: string, stored: boolean): ValueProblem | null {
  const option = field.options?.find((o) => o.id === optionId);
  if (!option) return optionId === UNKNOWN_VALUE ? { code: 'unknown_not_offered' } : { code: 'unknown_option', option: optionId };
  if (option.deprecated && !stored) return { code: 'deprecated_option', option: optionId };
  return null;
}

/** English wording for core, the CLI and interchange reports. */
export function describeValueProblem(field: CodebookField, problem: ValueProblem): string {
  switch (problem.code) {
    case 'expected_option':
      return `expected one option id of ${field.id}`;
    case 'expected_options':
      return `expected a list of option ids of ${field.id}`;
    case 'empty_selection':
      return 'an empty selection: clear the value instead';
    case 'duplicate_option':
      return `the option "${problem.option}" is listed twice`;
    case 'unknown_option':
      return `unknown option "${problem.option}" for ${field.id}`;
    case 'deprecated_option':
      return `option "${problem.option}" of ${field.id} is deprecated and takes no new values`;
    case 'unknown_not_offered':
      return `${field.id} has no "unknown" answer`;
    case 'expected_number':
      return `expected a number${problem.unit ? ` in ${problem.unit}` : ''}`;
    case 'expected_whole_number':
      return 'expected a whole number';
    case 'below_min':
      return `must be at least ${problem.min}`;
    case 'above_max':
      return `must be at most ${problem.max}`;
    case 'expected_date':
      return 'expected a real date as YYYY, YYYY-MM or YYYY-MM-DD';
    case 'expected_text':
      return 'expected text';
    case 'empty_text':
      return 'empty text: clear the value instead';
    case 'text_too_long':
      return `longer than ${problem.max} characters`;
  }
}
