// The identity editor's form: lists are edited one entry per line. Pure, so the mapping to
// persons:update and the checks made before sending are unit-tested.
import type { Person, PersonRole, PersonUpdate } from '../../../../../shared/domain/person';
import type { Sex } from '../../../domain/enums';

export interface PersonForm {
  code: string;
  role: PersonRole;
  fullName: string;
  aliases: string;
  dateOfBirth: string;
  sex: Sex | '';
  citizenship: string;
  idNumbers: string;
  addresses: string;
  phones: string;
  emails: string;
  otherIdentifiers: string;
}

export type PersonFormProblem =
  | { field: 'code'; kind: 'codeEmpty' | 'codeFormat' }
  | { field: 'dateOfBirth'; kind: 'dateFormat' }
  | { field: 'citizenship'; kind: 'tooLong' };

const LIST_FIELDS = ['aliases', 'idNumbers', 'addresses', 'phones', 'emails', 'otherIdentifiers'] as const;
const PARTIAL_DATE = /^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$/;
const CODE = /^[\p{L}\p{N}_-]+$/u;
const MAX_ENTRY = 500;
const MAX_ENTRIES = 100;

export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim().slice(0, MAX_ENTRY))
    .filter((l) => l.length > 0)
    .slice(0, MAX_ENTRIES);
}

export function toForm(p: Person): PersonForm {
  return {
    code: p.code,
    role: p.role,
    fullName: p.fullName ?? '',
    aliases: p.aliases.join('\n'),
    dateOfBirth: p.dateOfBirth ?? '',
    sex: p.sex ?? '',
    citizenship: p.citizenship ?? '',
    idNumbers: p.idNumbers.join('\n'),
    addresses: p.addresses.join('\n'),
    phones: p.phones.join('\n'),
    emails: p.emails.join('\n'),
    otherIdentifiers: p.otherIdentifiers.join('\n'),
  };
}

export function formProblems(form: PersonForm): PersonFormProblem[] {
  const problems: PersonFormProblem[] = [];
  const code = form.code.trim();
  if (code === '') problems.push({ field: 'code', kind: 'codeEmpty' });
  else if (code.length > 20 || !CODE.test(code)) problems.push({ field: 'code', kind: 'codeFormat' });
  const dob = form.dateOfBirth.trim();
  if (dob !== '' && !PARTIAL_DATE.test(dob)) problems.push({ field: 'dateOfBirth', kind: 'dateFormat' });
  if (form.citizenship.trim().length > 20) problems.push({ field: 'citizenship', kind: 'tooLong' });
  return problems;
}

export function toUpdate(id: string, form: PersonForm): PersonUpdate {
  const dob = form.dateOfBirth.trim();
  const update: PersonUpdate = {
    id,
    code: form.code.trim(),
    role: form.role,
    // An emptied field is sent as null, which clears it in the vault.
    fullName: form.fullName.trim() === '' ? null : form.fullName.trim().slice(0, MAX_ENTRY),
    citizenship: form.citizenship.trim() === '' ? null : form.citizenship.trim(),
    dateOfBirth: dob === '' ? null : dob,
    sex: form.sex === '' ? null : form.sex,
  };
  for (const key of LIST_FIELDS) update[key] = lines(form[key]);
  return update;
}

/** The person as stored after a successful update, without another reveal. */
export function applyForm(original: Person, form: PersonForm): Person {
  const update = toUpdate(original.id, form);
  return {
    ...original,
    code: update.code ?? original.code,
    role: update.role ?? original.role,
    fullName: update.fullName ?? null,
    dateOfBirth: update.dateOfBirth ?? null,
    sex: update.sex ?? null,
    citizenship: update.citizenship ?? null,
    aliases: update.aliases ?? [],
    idNumbers: update.idNumbers ?? [],
    addresses: update.addresses ?? [],
    phones: update.phones ?? [],
    emails: update.emails ?? [],
    otherIdentifiers: update.otherIdentifiers ?? [],
  };
}
