// Small facts about field types, free of zod so the renderer bundle can use them (its CSP
// forbids the `new Function` probe zod makes).
import type { FieldType } from './codebook-schema';

export function isChoiceType(type: FieldType): boolean {
  return type === 'single_choice' || type === 'multi_choice' || type === 'yes_no_unknown';
}

export function isNumericType(type: FieldType): boolean {
  return type === 'number' || type === 'duration';
}
