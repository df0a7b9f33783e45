// Municipality (free text as coded) → region → country → *, by lookup in the tables of
// ../places (North Macedonia, Serbia, Albania, Montenegro, Kosovo). The text is matched after
// folding case, script and diacritics, so "Куманово", "Kumanovo" and "Kumanovë" are one place.
// A municipality the tables do not know goes to the country level at every level below "*"
// (issue 6 task: "unknown municipality goes to country level"), taken from `countryField` when
// the caller names a field that holds the municipality's country; without one it is withheld
// ("*"): guessing the country of a place we cannot read would put false data in the export.
// A name that several regions share (and the country does not settle) is treated the same way.
import { foldText } from '../../../../../shared/text/fold-text';
import { cellLabel, isUnknownValue, UNKNOWN, WITHHELD, type SdcRecord } from '../cell-value';
import { AL_PLACES } from '../places/places-al';
import type { CountryPlaces } from '../places/country-places';
import { ME_PLACES } from '../places/places-me';
import { MK_PLACES } from '../places/places-mk';
import { RS_PLACES } from '../places/places-rs';
import { XK_PLACES } from '../places/places-xk';
import { checkLevel, type Hierarchy } from './hierarchy';

export const PLACE_TABLES: readonly CountryPlaces[] = [MK_PLACES, RS_PLACES, AL_PLACES, ME_PLACES, XK_PLACES];

interface Place {
  name: string;
  region: string;
  country: string;
}

/** Words that name the kind of unit, not the unit ("Општина Куманово", "Bashkia Tiranë"). */
const ADMINISTRATIVE_WORDS = new Set(['opstina', 'grad', 'bashkia', 'komuna', 'municipality', 'city', 'of', 'e']);

export function placeKey(text: string): string {
  const words = foldText(text).replace(/[^a-z0-9]+/g, ' ').trim().split(' ');
  let start = 0;
  while (start < words.length - 1 && ADMINISTRATIVE_WORDS.has(words[start] as string)) start++;
  return words.slice(start).join(' ');
}

function buildIndex(tables: readonly CountryPlaces[]): Map<string, Place[]> {
  const index = new Map<string, Place[]>();
  const canonicalNames = new Set<string>();
  for (const table of tables) {
    for (const [region, entries] of Object.entries(table.regions)) {
      for (const entry of entries) {
        const [name, ...aliases] = entry.split('|') as [string, ...string[]];
        // Two places with one canonical label would share level 0 and part at level 1.
        if (canonicalNames.has(name)) throw new Error(`Place "${name}" is listed twice.`);
        canonicalNames.add(name);
        const place: Place = { name, region, country: table.country };
        for (const key of new Set([name, ...aliases].map(placeKey))) {
          const list = index.get(key) ?? [];
          list.push(place);
          index.set(key, list);
        }
      }
    }
  }
  return index;
}

const PLACE_INDEX = buildIndex(PLACE_TABLES);

type Resolution = { kind: 'place'; place: Place } | { kind: 'country'; country: string } | { kind: 'withheld' };

function resolve(text: string, record: SdcRecord, countryField: string | undefined): Resolution {
  const contextCountry = countryField === undefined || isUnknownValue(record[countryField]) ? null : cellLabel(record[countryField]);
  let candidates = PLACE_INDEX.get(placeKey(text)) ?? [];
  const inContext = candidates.filter((p) => p.country === contextCountry);
  if (inContext.length > 0) candidates = inContext;
  const first = candidates[0];
  if (first && candidates.every((p) => p.region === first.region)) return { kind: 'place', place: first };
  if (first && candidates.every((p) => p.country === first.country)) return { kind: 'country', country: first.country };
  return contextCountry === null ? { kind: 'withheld' } : { kind: 'country', country: contextCountry };
}

export interface MunicipalityOptions {
  /** A field holding the country the municipality lies in (codebook country id), if any. */
  countryField?: string;
}

export function municipalityHierarchy(options: MunicipalityOptions = {}): Hierarchy {
  const hierarchy: Hierarchy = {
    id: options.countryField === undefined ? 'municipality-region-country' : `municipality-region-country-via-${options.countryField}`,
    levels: ['municipality', 'region', 'country', WITHHELD],
    generalise(value, level, record) {
      checkLevel(hierarchy, level);
      if (isUnknownValue(value)) return UNKNOWN;
      if (level === 3) return WITHHELD;
      const found = resolve(cellLabel(value), record, options.countryField);
      if (found.kind === 'withheld') return WITHHELD;
      if (found.kind === 'country') return found.country;
      return [found.place.name, found.place.region, found.place.country][level] as string;
    },
  };
  return hierarchy;
}

export const MUNICIPALITY_HIERARCHY = municipalityHierarchy();
