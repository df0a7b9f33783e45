// Words that are never a person's name on their own, as folded keys (fold-key.ts): particles
// of composite names, and the short function words of Macedonian, Serbian/Montenegrin,
// Albanian and English that start sentences with a capital. A vault alias such as "the Boss"
// must not make every capitalised "The" a name, and "оштетената Во" is no name either.

import { foldKey } from './fold-key';

const WORDS = [
  // particles of composite names
  'de', 'la', 'le', 'von', 'van', 'der', 'den', 'del', 'da', 'di', 'du', 'el', 'al', 'bin', 'ibn',
  // English
  'the', 'a', 'an', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'by', 'for', 'with', 'from', 'as', 'is', 'was', 'were',
  'he', 'she', 'it', 'they', 'his', 'her', 'their', 'this', 'that', 'on', 'after', 'before', 'when', 'mr', 'mrs', 'ms',
  // Macedonian
  'и', 'на', 'од', 'во', 'со', 'за', 'до', 'по', 'се', 'да', 'не', 'но', 'а', 'што', 'кој', 'која', 'таа', 'тој',
  'тие', 'тоа', 'при', 'без', 'кај', 'според', 'после', 'пред', 'како', 'дека', 'истата', 'истиот', 'г-ѓа', 'г-дин',
  // Serbian, Montenegrin (both scripts fold alike)
  'i', 'u', 'na', 'od', 'za', 'do', 'po', 'se', 'je', 'su', 'sa', 'iz', 'kod', 'pred', 'posle', 'poslije', 'ali',
  'a', 'što', 'koji', 'koja', 'ona', 'on', 'oni', 'to', 'kao', 'da', 'ne', 'prema', 'nakon', 'pri', 'bez',
  // Albanian
  'e', 'të', 'në', 'me', 'për', 'nga', 'dhe', 'që', 'ai', 'ajo', 'ata', 'në', 'pas', 'para', 'si', 'se', 'nuk', 'ka',
  'kishte', 'ishte', 'është', 'sipas', 'tek', 'te',
];

export const FUNCTION_WORDS: ReadonlySet<string> = new Set(WORDS.map(foldKey));
