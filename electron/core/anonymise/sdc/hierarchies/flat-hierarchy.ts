// The simplest hierarchy: the exact value or nothing ("*"). For quasi-identifiers with no
// meaningful middle level, such as sex (research/anonymisation.md §2: "Sex: not generalised …
// Suppress it instead if required") or education; the profile may cap it at level 0 so that
// only local suppression, never withholding the whole column, protects the records.
import { DossierError } from '../../../../../shared/errors';
import { cellLabel, isUnknownValue, UNKNOWN, WITHHELD } from '../cell-value';
import { checkLevel, type Hierarchy } from './hierarchy';

/** `options`, when given, are the only values accepted (the codebook's option ids). */
export function flatHierarchy(id: string, options?: readonly string[]): Hierarchy {
  const allowed = options ? new Set(options) : null;
  const hierarchy: Hierarchy = {
    id,
    levels: ['value', WITHHELD],
    generalise(value, level) {
      checkLevel(hierarchy, level);
      if (isUnknownValue(value)) return UNKNOWN;
      const label = cellLabel(value);
      if (allowed && !allowed.has(label)) {
        throw new DossierError('VALIDATION', `"${label}" is not one of the options of ${id}.`);
      }
      return level === 0 ? label : WITHHELD;
    },
  };
  return hierarchy;
}
