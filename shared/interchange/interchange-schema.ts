// The case interchange format, version 1 (case-interchange.md and its JSON schema). Objects
// are strict like the schema's additionalProperties: false, so a misspelt key is reported
// instead of silently dropped.
import { z } from 'zod';
import { CASE_STATUSES } from '../domain/case';
import { DOCUMENT_KINDS } from '../domain/document';
import { PERSON_ROLES, SEXES } from '../domain/person';

const PartialDate = z.string().regex(/^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
const Strings = z.array(z.string());

export const InterchangePerson = z
  .object({
    key: z.string().min(1),
    role: z.enum(PERSON_ROLES),
    code: z.string().optional(),
    full_name: z.string().optional(),
    aliases: Strings.optional(),
    date_of_birth: PartialDate.optional(),
    sex: z.enum(SEXES).optional(),
    citizenship: z.string().optional(),
    id_numbers: Strings.optional(),
    addresses: Strings.optional(),
    phones: Strings.optional(),
    emails: Strings.optional(),
    other_identifiers: Strings.optional(),
  })
  .strict();
export type InterchangePerson = z.infer<typeof InterchangePerson>;

export const InterchangeCoding = z
  .object({
    stage: z.string(),
    field: z.string(),
    person: z.string().optional(),
    value: z.union([z.string(), z.number(), z.array(z.string())]),
    note: z.string().optional(),
    evidence: Strings.optional(),
  })
  .strict();
export type InterchangeCoding = z.infer<typeof InterchangeCoding>;

export const InterchangeDocument = z
  .object({
    key: z.string().min(1),
    kind: z.enum(DOCUMENT_KINDS).optional(),
    title: z.string().optional(),
    language: z.string().optional(),
    date: PartialDate.optional(),
    text: z.string(),
  })
  .strict();
export type InterchangeDocument = z.infer<typeof InterchangeDocument>;

export const InterchangeAnnotation = z
  .object({
    id: z.string().optional(),
    document: z.string(),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    quote: z.string().optional(),
    codes: Strings.optional(),
    memo: z.string().optional(),
    coder: z.string().optional(),
  })
  .strict();
export type InterchangeAnnotation = z.infer<typeof InterchangeAnnotation>;

export const InterchangeMemo = z.object({ text: z.string(), document: z.string().optional() }).strict();

export const InterchangeCase = z
  .object({
    ref: z.string().min(1),
    title: z.string().optional(),
    status: z.enum(CASE_STATUSES).optional(),
    persons: z.array(InterchangePerson).optional(),
    codings: z.array(InterchangeCoding).optional(),
    documents: z.array(InterchangeDocument).optional(),
    annotations: z.array(InterchangeAnnotation).optional(),
    memos: z.array(InterchangeMemo).optional(),
  })
  .strict();
export type InterchangeCase = z.infer<typeof InterchangeCase>;

export const InterchangeFile = z
  .object({
    format: z.literal('case-interchange'),
    version: z.literal(1),
    codebook: z.object({ id: z.string(), version: z.number().int() }).strict(),
    cases: z.array(InterchangeCase),
  })
  .strict();
export type InterchangeFile = z.infer<typeof InterchangeFile>;
