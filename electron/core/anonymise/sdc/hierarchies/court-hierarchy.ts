// Court → court type (basic / higher / appellate / supreme) → *. The court itself, with the year
// and the sentence, can single out a case that the media reported (research/anonymisation.md §4,
// "Case-level linkage"); its type keeps what analyses need (instance and level of the court).
// The codebook's own court ids are mapped by table; an id a newer codebook adds is typed by the
// words in it, and one that says nothing becomes "other" (never a guessed real type).
import { cellLabel, isUnknownValue, UNKNOWN, WITHHELD } from '../cell-value';
import { checkLevel, type Hierarchy } from './hierarchy';

export type CourtType = 'basic' | 'higher' | 'appellate' | 'supreme' | 'other' | 'not_applicable';

/** first_instance_court and appeal_court options of tip-case-review.v1. */
const COURT_TYPES: Readonly<Record<string, CourtType>> = {
  mk_basic_criminal_skopje: 'basic',
  mk_basic_other: 'basic',
  rs_higher_oc_dept: 'higher',
  rs_higher: 'higher',
  // Albania's special anti-corruption and organised-crime court and the former serious-crimes
  // court try at first instance what higher courts try elsewhere in the region.
  al_special_court: 'higher',
  al_serious_crimes_court: 'higher',
  al_first_instance: 'basic',
  me_higher: 'higher',
  me_basic: 'basic',
  mk_appeal_skopje: 'appellate',
  mk_appeal_other: 'appellate',
  rs_appeal_belgrade: 'appellate',
  rs_appeal_other: 'appellate',
  al_special_appeal: 'appellate',
  al_appeal: 'appellate',
  me_appeal: 'appellate',
  other: 'other',
  not_applicable: 'not_applicable',
};

export function courtTypeOf(court: string): CourtType {
  const known = COURT_TYPES[court];
  if (known) return known;
  if (/supreme|cassation/.test(court)) return 'supreme';
  if (/appeal|appellate/.test(court)) return 'appellate';
  if (/higher|special|serious/.test(court)) return 'higher';
  if (/basic|first_instance/.test(court)) return 'basic';
  return 'other';
}

export const COURT_HIERARCHY: Hierarchy = {
  id: 'court-type',
  levels: ['court', 'court type', WITHHELD],
  generalise(value, level) {
    checkLevel(COURT_HIERARCHY, level);
    if (isUnknownValue(value)) return UNKNOWN;
    const court = cellLabel(value);
    if (level === 0) return court;
    return level === 1 ? courtTypeOf(court) : WITHHELD;
  },
};
