// Validation of one coded value against its codebook field. Pure, so the renderer's forms
// and core's services apply the very same rules (a wrong type or an unknown option is an
// error wherever it is typed).
import type { CodebookField } from './codebook-schema';
import { isValidPartialDate } from '../text/partial-date';

export type CodingValue = string | number | string[];

/** Returns a message for the first problem found, or null when the value is valid. */
export function validateCodingValue(field: CodebookField, value: unknown): string | null {
  switch (field.type) {
    case 'single_choice':
    case 'yes_no_unknown': {
      if (typeof value !== 'string') return `expected one option id of ${field.id}`;
      return optionProblem(field, value);
    }
    case 'multi_choice': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
        return `expected a list of option ids of ${field.id}`;
      }
      if (value.length === 0) return 'an empty selection: clear the value instead';
      if (new Set(value).size !== value.length) return 'an option is listed twice';
      for (const v of value as string[]) {
        const problem = optionProblem(field, v);
        if (problem) return problem;
      }
      return null;
    }
    case 'number':
    case 'duration': {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        return `expected a number${field.unit ? ` in ${field.unit}` : ''}`;
      }
      if (field.integer && !Number.isInteger(value)) return 'expected a whole number';
      if (field.min !== undefined && value < field.min) return `must be at least ${field.min}`;
      if (field.max !== undefined && value > field.max) return `must be at most ${field.max}`;
      return null;
    }
    case 'date': {
      if (typeof value !== 'string' || !isValidPartialDate(value)) {
        return 'expected a real date as YYYY, YYYY-MM or YYYY-MM-DD';
      }
      return null;
    }
    case 'free_text': {
      if (typeof value !== 'string') return 'expected text';
      if (value.trim().length === 0) return 'empty text: clear the value instead';
      if (value.length > MAX_FREE_TEXT) return `longer than ${MAX_FREE_TEXT} characters`;
      return null;
    }
  }
}

export const MAX_FREE_TEXT = 100_000;

function optionProblem(field: CodebookField, optionId: string): string | null {
  const option = field.options?.find((o) => o.id === optionId);
  if (!option) return `unknown option "${optionId}" for ${field.id}`;
  if (option.deprecated) return `option "${optionId}" of ${field.id} is deprecated`;
  return null;
}
