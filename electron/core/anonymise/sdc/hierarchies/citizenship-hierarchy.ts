// Citizenship (codebook country ids) → regional group → national/foreign → *, after Eurostat's
// crim_thb breakdown "reporting country / other EU / non-EU" (research/anonymisation.md §1.4).
// "National" is relative to ONE reporting country fixed for the export: a hierarchy whose labels
// depended on another field of the record (each case's own country) would let two records that
// share a label at one level part at the next, breaking the nesting promise of hierarchy.ts that
// the lattice search relies on. Without a reporting country the national/foreign level is left out.
import { cellLabel, isUnknownValue, UNKNOWN, WITHHELD } from '../cell-value';
import { checkLevel, type Hierarchy } from './hierarchy';

export const WESTERN_BALKANS = 'western_balkans';
export const EU = 'eu';
export const OTHER_GROUP = 'other';
export const NATIONAL = 'national';
export const FOREIGN = 'foreign';

/** EU usage of "Western Balkans" (Croatia left the group when it joined the EU in 2013). */
const WESTERN_BALKAN_COUNTRIES = new Set(['mk', 'rs', 'al', 'me', 'xk', 'ba']);
const EU_COUNTRIES = new Set(['bg', 'gr', 'ro', 'hr', 'de', 'it', 'at', 'other_eu']);

/** Any other id (md, ua, tr, ch, other, stateless, or a country a newer codebook adds) is "other". */
export function regionalGroupOf(country: string): string {
  if (WESTERN_BALKAN_COUNTRIES.has(country)) return WESTERN_BALKANS;
  if (EU_COUNTRIES.has(country)) return EU;
  return OTHER_GROUP;
}

export interface CitizenshipOptions {
  /** The reporting country (codebook id, e.g. "mk"); enables the national/foreign level. */
  nationalCountry?: string;
}

export function citizenshipHierarchy(options: CitizenshipOptions = {}): Hierarchy {
  const national = options.nationalCountry;
  const levels = national === undefined ? ['country', 'regional group', WITHHELD] : ['country', 'regional group', 'national/foreign', WITHHELD];
  const hierarchy: Hierarchy = {
    id: national === undefined ? 'citizenship-regional-group' : `citizenship-national-${national}`,
    levels,
    generalise(value, level) {
      checkLevel(hierarchy, level);
      if (isUnknownValue(value)) return UNKNOWN;
      const country = cellLabel(value);
      const isNational = national !== undefined && country === national;
      switch (level) {
        case 0:
          return country;
        case 1:
          return isNational ? NATIONAL : regionalGroupOf(country);
        case 2:
          if (national !== undefined) return isNational ? NATIONAL : FOREIGN;
          return WITHHELD;
        default:
          return WITHHELD;
      }
    },
  };
  return hierarchy;
}
