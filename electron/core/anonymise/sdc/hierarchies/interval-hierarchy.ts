// Numeric values (ages, amounts of money, sentence lengths) generalised into bands. A band level
// is declared by the lower bounds of its bands; the construction refuses levels that do not nest
// (every bound of a coarser level must be a bound of each finer one), so the hierarchy keeps the
// nesting promise of hierarchy.ts by construction rather than by care.
import { DossierError } from '../../../../../shared/errors';
import { isUnknownValue, UNKNOWN, WITHHELD, type CellValue } from '../cell-value';
import { checkLevel, type Hierarchy } from './hierarchy';

export interface BandLevel {
  name: string;
  /** Lower bounds of the bands, ascending, the first equal to the domain's minimum. */
  lowerBounds: readonly number[];
  /** Optional names of the bands (same length as lowerBounds), e.g. ["child", "adult"]. */
  labels?: readonly string[];
}

export interface IntervalHierarchySpec {
  id: string;
  /** Name of level 0 (the exact value), e.g. "years". */
  exactLevel: string;
  /** What the value is, for error messages ("an age", "an amount"). */
  valueNoun: string;
  /** Largest plausible value (an age of 300 is a typing error, not a band). */
  maximum?: number;
  bandLevels: readonly BandLevel[];
}

/** "18-24" for an inner band, "0" for a one-value band, "50+" for the last one (integer domains). */
function bandLabel(bounds: readonly number[], index: number): string {
  const low = bounds[index] as number;
  const next = bounds[index + 1];
  if (next === undefined) return `${low}+`;
  return next - 1 === low ? String(low) : `${low}-${next - 1}`;
}

function checkSpec(spec: IntervalHierarchySpec): void {
  let previous: readonly number[] | null = null;
  for (const level of spec.bandLevels) {
    const bounds = level.lowerBounds;
    if (bounds.length === 0 || bounds.some((b, i) => i > 0 && b <= (bounds[i - 1] as number))) {
      throw new RangeError(`Hierarchy "${spec.id}": level "${level.name}" needs ascending bounds.`);
    }
    if (level.labels && level.labels.length !== bounds.length) {
      throw new RangeError(`Hierarchy "${spec.id}": level "${level.name}" has ${level.labels.length} labels for ${bounds.length} bands.`);
    }
    if (previous && (bounds[0] !== previous[0] || bounds.some((b) => !previous?.includes(b)))) {
      throw new RangeError(`Hierarchy "${spec.id}": level "${level.name}" does not nest in the level below it.`);
    }
    previous = bounds;
  }
}

/** Reads a number from a numeric cell ("17", 17); anything else is the user's data error. */
export function readNumber(value: CellValue, spec: Pick<IntervalHierarchySpec, 'valueNoun' | 'maximum'>, minimum: number): number {
  const number = typeof value === 'number' ? value : Number(String(value).trim());
  if (!Number.isFinite(number) || (typeof value === 'string' && value.trim() === '')) {
    throw new DossierError('VALIDATION', `"${String(value)}" is not ${spec.valueNoun}: a number is expected.`);
  }
  if (number < minimum) {
    throw new DossierError('VALIDATION', `${number} is not ${spec.valueNoun}: the smallest possible value is ${minimum}.`);
  }
  if (spec.maximum !== undefined && number > spec.maximum) {
    throw new DossierError('VALIDATION', `${number} is not ${spec.valueNoun}: the largest possible value is ${spec.maximum}.`);
  }
  return number;
}

function bandIndex(bounds: readonly number[], number: number): number {
  let index = 0;
  while (index + 1 < bounds.length && number >= (bounds[index + 1] as number)) index++;
  return index;
}

export function intervalHierarchy(spec: IntervalHierarchySpec): Hierarchy {
  checkSpec(spec);
  const minimum = spec.bandLevels[0]?.lowerBounds[0] ?? 0;
  const hierarchy: Hierarchy = {
    id: spec.id,
    levels: [spec.exactLevel, ...spec.bandLevels.map((l) => l.name), WITHHELD],
    generalise(value, level) {
      checkLevel(hierarchy, level);
      if (isUnknownValue(value)) return UNKNOWN;
      const number = readNumber(value, spec, minimum);
      if (level === 0) return String(number);
      const band = spec.bandLevels[level - 1];
      if (!band) return WITHHELD;
      const index = bandIndex(band.lowerBounds, number);
      return band.labels?.[index] ?? bandLabel(band.lowerBounds, index);
    },
  };
  return hierarchy;
}
