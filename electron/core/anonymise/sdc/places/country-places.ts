// The shape of the municipality tables: for one country, its regions and the municipalities in
// each. An entry is "Canonical name|alias|alias…"; spellings that fold to the same key
// (Куманово / Kumanovo, Štip / Stip) need no alias, because lookups fold case, script and
// diacritics (shared/text/fold-text.ts). Aliases cover other languages' names (Albanian
// "Kumanovë", Serbian "Priština") and definite forms ("Tirana").

export interface CountryPlaces {
  /** Codebook country id. */
  country: string;
  /** Region label → municipality entries. */
  regions: Readonly<Record<string, readonly string[]>>;
}
