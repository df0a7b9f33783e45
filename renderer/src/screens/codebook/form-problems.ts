// Problems of a codebook edit, found before sending or returned by the vault (VALIDATION), keyed
// by the form control they belong to so each dialog shows them next to that control.
import type { Problem } from '../../../../shared/errors';

export type ProblemKind = 'required' | 'idFormat' | 'idTaken' | 'tooLong' | 'optionsNeeded' | 'notNumber' | 'minAboveMax' | 'conditionOptionsNeeded';

/** `at` names a control: 'id', 'label', 'help', 'unit', 'min', 'max', 'appliesWhen', 'options', or 'option.<row>.id|label'. */
export type FormProblem = { at: string; kind: ProblemKind } | { at: string; kind: 'server'; message: string };

export const ID_PATTERN = /^[a-z0-9][a-z0-9_]*$/;
export const MAX_ID = 100;
export const MAX_LABEL = 500;
export const MAX_HELP = 5000;

/** What is wrong with an id as typed, checked on every keystroke. */
export function idProblem(id: string, taken: ReadonlySet<string>): ProblemKind | null {
  if (id === '') return 'required';
  if (id.length > MAX_ID) return 'tooLong';
  if (!ID_PATTERN.test(id)) return 'idFormat';
  if (taken.has(id)) return 'idTaken';
  return null;
}

export function labelProblem(label: string): ProblemKind | null {
  const trimmed = label.trim();
  if (trimmed === '') return 'required';
  return trimmed.length > MAX_LABEL ? 'tooLong' : null;
}

/**
 * The control a vault problem belongs to. Paths point into the request
 * (/changes/0/field/options/1/id) or into the resulting codebook (/stages/2/fields/5/id); both
 * end in the same names once the container is dropped.
 */
export function problemKey(path: string): string | null {
  let parts = path.split('/').filter((p) => p !== '');
  if (parts[0] === 'changes' && parts.length >= 2) parts = parts.slice(2);
  if (parts[0] === 'stages' && parts[2] === 'fields' && parts.length >= 4) parts = parts.slice(4);
  if (parts[0] === 'field' || parts[0] === 'option') parts = parts.slice(1);
  const [first, second, third] = parts;
  if (parts.length === 1 && first && ['id', 'label', 'help', 'unit', 'min', 'max', 'options'].includes(first)) return first;
  if (first === 'applies_when') return 'appliesWhen';
  if (parts.length === 3 && first === 'options' && second && /^\d+$/.test(second) && (third === 'id' || third === 'label')) {
    return `option.${second}.${third}`;
  }
  return null;
}

/** Splits the vault's problems into those shown at a control the dialog has and the rest. */
export function serverProblems(problems: readonly Problem[], controls: ReadonlySet<string>, alias: (key: string) => string = (k) => k) {
  const atControls: FormProblem[] = [];
  const general: string[] = [];
  for (const problem of problems) {
    const key = problemKey(problem.path);
    const at = key === null ? null : alias(key);
    if (at !== null && controls.has(at)) atControls.push({ at, kind: 'server', message: problem.message });
    else general.push(problem.message);
  }
  return { atControls, general };
}
