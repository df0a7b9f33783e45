import { z } from 'zod';
import { ShortText, Uuid } from './ids';
import { PERSON_ROLES, SEXES } from './enums';

export { PERSON_ROLES, SEXES } from './enums';
export const PersonRole = z.enum(PERSON_ROLES);
export type PersonRole = z.infer<typeof PersonRole>;

export const Sex = z.enum(SEXES);

const PartialDate = z.string().regex(/^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
const List = z.array(ShortText).max(100);

/** Identifying attributes: every one is personal data (case-interchange.md "person"). */
export const PersonIdentity = z
  .object({
    // null clears an attribute; undefined (absent) leaves it as it is.
    fullName: ShortText.nullable().optional(),
    aliases: List.optional(),
    dateOfBirth: PartialDate.nullable().optional(),
    sex: Sex.nullable().optional(),
    citizenship: z.string().max(20).nullable().optional(),
    idNumbers: List.optional(),
    addresses: List.optional(),
    phones: List.optional(),
    emails: List.optional(),
    otherIdentifiers: List.optional(),
  })
  .strict();
export type PersonIdentity = z.infer<typeof PersonIdentity>;

/** What lists and forms show: the pseudonymous code, never the name (USERS.md). */
export interface PersonSummary {
  id: string;
  caseId: string;
  role: PersonRole;
  code: string;
}

export interface Person extends PersonSummary {
  key: string;
  fullName: string | null;
  aliases: string[];
  dateOfBirth: string | null;
  sex: z.infer<typeof Sex> | null;
  citizenship: string | null;
  idNumbers: string[];
  addresses: string[];
  phones: string[];
  emails: string[];
  otherIdentifiers: string[];
  createdAt: string;
  updatedAt: string;
}

export const PersonCode = z.string().trim().min(1).max(20).regex(/^[\p{L}\p{N}_-]+$/u, 'a code is letters, digits, _ or -');

export const PersonCreate = PersonIdentity.extend({
  caseId: Uuid,
  role: PersonRole,
  /** Defaults to the next free code of the role: V1, V2 … D1 … W1 … P1. */
  code: PersonCode.optional(),
}).strict();
export type PersonCreate = z.input<typeof PersonCreate>;

export const PersonUpdate = PersonIdentity.extend({
  id: Uuid,
  role: PersonRole.optional(),
  code: PersonCode.optional(),
}).strict();
export type PersonUpdate = z.input<typeof PersonUpdate>;
