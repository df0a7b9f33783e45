import type { TFunction } from 'i18next';
import { errorCode } from '../api/api-error';

/** A failed call in the user's language: what happened and what to do next, never a stack. */
export function errorText(t: TFunction, err: unknown): string {
  return t(`errors.${errorCode(err)}`);
}
