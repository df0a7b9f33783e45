// Seeded synthetic victim records shaped like a review's victim table, for the benchmark and
// the tests of the disclosure-control engine. Skewed like real data (mostly women, mostly young,
// mostly nationals, a long tail of rare citizenships and places), because uniform data would
// hide the rare combinations that make k-anonymity hard. No person, real or invented, is named.
import { createRng, type Rng } from '../../demo/prng';
import type { SdcRecord } from './cell-value';
import { PLACE_TABLES } from './hierarchies/municipality-hierarchy';

const COUNTRIES = ['mk', 'rs', 'al', 'me'] as const;
const CITIZENSHIPS: readonly (readonly [string, number])[] = [
  ['national', 70], ['xk', 5], ['ba', 3], ['bg', 2], ['ro', 2], ['md', 2], ['ua', 2], ['gr', 1], ['tr', 1], ['other', 1], ['stateless', 0.3], ['unknown', 3],
];
const COURTS: Readonly<Record<(typeof COUNTRIES)[number], readonly string[]>> = {
  mk: ['mk_basic_criminal_skopje', 'mk_basic_other'],
  rs: ['rs_higher_oc_dept', 'rs_higher'],
  al: ['al_special_court', 'al_serious_crimes_court', 'al_first_instance'],
  me: ['me_higher', 'me_basic'],
};
const EXPLOITATION: readonly (readonly [string, number])[] = [['sexual', 60], ['labour', 20], ['begging', 8], ['marriage', 5], ['other', 4], ['unknown', 3]];

function age(rng: Rng): number | null {
  if (rng.chance(0.04)) return null;
  if (rng.chance(0.3)) return rng.int(12, 17);
  return rng.chance(0.85) ? rng.int(18, 35) : rng.int(36, 64);
}

function municipality(rng: Rng, country: string): string | null {
  if (rng.chance(0.08)) return null;
  if (rng.chance(0.03)) return `Village ${rng.int(1, 400)}`; // not in any table: falls back to the country
  const table = PLACE_TABLES.find((t) => t.country === country) ?? (PLACE_TABLES[0] as (typeof PLACE_TABLES)[number]);
  const names = Object.values(table.regions).flat().map((entry) => entry.split('|')[0] as string);
  // A few large towns hold most cases; the rest form a long tail.
  return rng.chance(0.6) ? (names[rng.int(0, Math.min(5, names.length - 1))] as string) : rng.pick(names);
}

function judgmentDate(rng: Rng): string | null {
  if (rng.chance(0.05)) return null;
  const year = rng.int(2012, 2024);
  const month = String(rng.int(1, 12)).padStart(2, '0');
  const day = String(rng.int(1, 28)).padStart(2, '0');
  const precision = rng.next();
  return precision < 0.1 ? String(year) : precision < 0.25 ? `${year}-${month}` : `${year}-${month}-${day}`;
}

export function syntheticVictimRecords(count: number, seed: number): SdcRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const rng = createRng(seed, i);
    const country = rng.weighted(COUNTRIES.map((c) => [c, 1] as const));
    const citizenship = rng.weighted(CITIZENSHIPS);
    return {
      case_country: country,
      victim_age_at_exploitation: age(rng),
      victim_sex: rng.weighted([['female', 75], ['male', 22], ['unknown', 3]]),
      victim_citizenship: citizenship === 'national' ? country : citizenship,
      victim_residence_municipality: municipality(rng, country),
      date_first_instance_judgment: judgmentDate(rng),
      first_instance_court: rng.pick(COURTS[country]),
      form_of_exploitation: rng.weighted(EXPLOITATION),
    };
  });
}
