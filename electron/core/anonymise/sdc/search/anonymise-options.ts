// What the exporter asks of the k-anonymity engine, checked with zod before any work is done
// (DESIGN.md: zod at every boundary). Defaults follow research/anonymisation.md §2: distinct
// l-diversity l = 2 (T3c), at most 5 % of records suppressed (T3b), and a record is "at risk"
// when its re-identification probability exceeds 1/k (T3: k = 5 ⇔ max prosecutor risk 0.2).
import { z } from 'zod';
import { DossierError, type Problem } from '../../../../../shared/errors';
import type { Hierarchy } from '../hierarchies/hierarchy';

function isHierarchy(value: unknown): value is Hierarchy {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Hierarchy>;
  return typeof candidate.id === 'string' && Array.isArray(candidate.levels) && candidate.levels.length >= 2 && typeof candidate.generalise === 'function';
}

const FieldId = z.string().trim().min(1, 'A field id is needed.');

const QuasiIdentifier = z
  .object({
    field: FieldId,
    hierarchy: z.custom<Hierarchy>(isHierarchy, 'A generalisation hierarchy (id, two or more levels, generalise) is needed.'),
    /** The profile may require at least this level (e.g. dates at least to the year). */
    minLevel: z.number().int().min(0).optional(),
    /** The profile may forbid going above this level (e.g. keep sex exact, suppress instead). */
    maxLevel: z.number().int().min(0).optional(),
  })
  .strict();

export const AnonymiseOptions = z
  .object({
    quasiIdentifiers: z.array(QuasiIdentifier).min(1, 'At least one quasi-identifier is needed.'),
    k: z.number().int().min(2, 'k must be at least 2.'),
    sensitiveFields: z.array(FieldId).default([]),
    l: z.number().int().min(1).default(2),
    suppressionLimit: z.number().min(0).max(1).default(0.05),
    riskThreshold: z.number().gt(0).max(1).optional(),
  })
  .strict();

export type AnonymiseOptionsInput = z.input<typeof AnonymiseOptions>;

export interface ResolvedQuasiIdentifier {
  field: string;
  hierarchy: Hierarchy;
  minLevel: number;
  maxLevel: number;
}

export interface ResolvedOptions {
  quasiIdentifiers: readonly ResolvedQuasiIdentifier[];
  k: number;
  l: number;
  sensitiveFields: readonly string[];
  suppressionLimit: number;
  riskThreshold: number;
}

function fail(problems: Problem[]): never {
  const first = problems[0];
  throw new DossierError('VALIDATION', first ? `${first.message}` : 'The anonymisation settings are not valid.', problems);
}

export function resolveOptions(input: unknown, recordCount: number): ResolvedOptions {
  const parsed = AnonymiseOptions.safeParse(input);
  if (!parsed.success) {
    fail(parsed.error.issues.map((issue) => ({ path: `/${issue.path.map(String).join('/')}`, message: issue.message })));
  }
  const options = parsed.data;
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const quasiIdentifiers = options.quasiIdentifiers.map((qi, i) => {
    const top = qi.hierarchy.levels.length - 1;
    const minLevel = qi.minLevel ?? 0;
    const maxLevel = qi.maxLevel ?? top;
    if (seen.has(qi.field)) problems.push({ path: `/quasiIdentifiers/${i}/field`, message: `"${qi.field}" is listed twice as a quasi-identifier.` });
    seen.add(qi.field);
    if (maxLevel > top || minLevel > maxLevel) {
      problems.push({ path: `/quasiIdentifiers/${i}`, message: `Levels ${minLevel}-${maxLevel} do not fit the hierarchy "${qi.hierarchy.id}" (levels 0-${top}).` });
    }
    return { field: qi.field, hierarchy: qi.hierarchy, minLevel, maxLevel };
  });
  options.sensitiveFields.forEach((field, i) => {
    if (seen.has(field)) problems.push({ path: `/sensitiveFields/${i}`, message: `"${field}" cannot be both a quasi-identifier and a sensitive field.` });
  });
  if (options.k > recordCount) {
    problems.push({ path: '/k', message: `k = ${options.k} is larger than the number of records (${recordCount}): no release can put every record in a group of ${options.k}.` });
  }
  if (problems.length > 0) fail(problems);
  return {
    quasiIdentifiers,
    k: options.k,
    l: options.sensitiveFields.length > 0 ? options.l : 1,
    sensitiveFields: options.sensitiveFields,
    suppressionLimit: options.suppressionLimit,
    riskThreshold: options.riskThreshold ?? 1 / options.k,
  };
}
