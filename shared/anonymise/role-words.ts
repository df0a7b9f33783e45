// Words that introduce a person in court files, police notes and English summaries, as folded
// keys (fold-key.ts), in each language (issue 6 item 3: "capitalised personal names next to role
// words"): procedural roles in their inflected and definite forms (оштетената, oštećenoj,
// të pandehurit), the minor and citizen descriptors police reports put before a name
// (малолетната, shtetasja — not the Slavic "državljanin", which courts follow with a country),
// honorifics (госпоѓа, gospođa, zonja, Mrs) and nickname words (звани, zvani, alias, i quajtur).

import { foldKey } from './fold-key';

const MACEDONIAN = [
  'оштетена', 'оштетената', 'оштетениот', 'оштетен', 'оштетени', 'оштетените', 'жртва', 'жртвата', 'жртвите',
  'обвинет', 'обвинета', 'обвинетиот', 'обвинетата', 'обвинетите', 'осомничен', 'осомничена', 'осомничениот',
  'осомничената', 'осудениот', 'осудената', 'сведок', 'сведокот', 'сведочка', 'сведочката', 'малолетната',
  'малолетниот', 'малолетна', 'малолетен', 'именуваниот', 'именуваната', 'наречен', 'наречена', 'господин',
  'госпоѓа', 'лицето',
];

const SERBIAN = [
  'oštećena', 'oštećeni', 'oštećenu', 'oštećenoj', 'oštećenog', 'oštećenom', 'oštećene',
  'žrtva', 'žrtve', 'žrtvu', 'žrtvi', 'žrtvom',
  'okrivljeni', 'okrivljena', 'okrivljenog', 'okrivljenom', 'okrivljenu', 'okrivljenoj', 'okrivljene',
  'optuženi', 'optužena', 'optuženog', 'optuženom', 'optuženu', 'optuženoj', 'optužene',
  'osumnjičeni', 'osumnjičena', 'osumnjičenog', 'osumnjičenom', 'osumnjičenu', 'osumnjičenoj',
  'osuđeni', 'osuđena', 'osuđenog', 'osuđenom',
  'svedok', 'svedoka', 'svedoku', 'svedokom', 'svedokinja', 'svedokinje', 'svedokinju', 'svedokinjom',
  'svjedok', 'svjedoka', 'svjedoku', 'svjedokom', 'svjedokinja', 'svjedokinje', 'svjedokinju', 'svjedokinjom',
  'maloletna', 'maloletni', 'maloletnu', 'maloletnoj', 'maloletnog', 'maloljetna', 'maloljetni', 'maloljetnu',
  'maloljetnoj', 'maloljetnog', 'imenovani', 'imenovana', 'imenovanog', 'imenovanu', 'imenom', 'zvani', 'zvana', 'zv', 'nadimkom',
  'gospodin', 'gospođa', 'gospodina', 'gospođe', 'gđa', 'gđe',
];

const ALBANIAN = [
  'viktima', 'viktimës', 'viktimën', 'viktimë', 'dëmtuari', 'dëmtuara', 'dëmtuarit', 'dëmtuarës', 'dëmtuarën',
  'dëmtuarin', 'pandehuri', 'pandehura', 'pandehurit', 'pandehurës', 'pandehurën', 'pandehurin',
  'akuzuari', 'akuzuara', 'akuzuarit', 'akuzuarës', 'akuzuarën', 'akuzuarin', 'dyshuari', 'dyshuara',
  'dyshuarit', 'dyshuarës', 'dyshuarën', 'dyshuarin', 'dëshmitari', 'dëshmitarja', 'dëshmitarit',
  'dëshmitares', 'dëshmitaren', 'dëshmitarin', 'dëshmitar', 'shtetasi', 'shtetasja', 'shtetasit',
  'shtetases', 'shtetasen', 'shtetasin', 'mitura', 'mituri', 'miturën', 'miturit', 'miturës',
  'zoti', 'zonja', 'z', 'znj', 'emrin', 'quajtur', 'nofkën',
];

const ENGLISH = [
  'victim', 'victims', 'defendant', 'defendants', 'accused', 'witness', 'witnesses', 'suspect', 'complainant',
  'offender', 'perpetrator', 'minor', 'mr', 'mrs', 'ms', 'miss', 'named', 'called', 'alias', 'aka',
];

export const ROLE_WORDS: ReadonlySet<string> = new Set([...MACEDONIAN, ...SERBIAN, ...ALBANIAN, ...ENGLISH].map(foldKey));

/** Role words written as abbreviations, after which a dot does not end the sentence (Mrs. Ana Novak). */
export const ABBREVIATED_ROLE_WORDS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'gđa', 'gđe', 'z', 'znj', 'zv'].map(foldKey));

/**
 * Kinship words of the personal-data block ("син на Петар", "sin Dragana", "i biri i Arbenit",
 * "son of Marko"): the parent's name is personal data too. One little word may stand between.
 */
export const KINSHIP_WORDS: ReadonlySet<string> = new Set(
  [
    'син', 'синот', 'ќерка', 'ќерката', 'татко', 'мајка', 'таткото', 'мајката',
    'sin', 'kći', 'kći', 'ćerka', 'kćerka', 'otac', 'majka', 'oca', 'majke', 'сина',
    'biri', 'bija', 'babai', 'nëna', 'ati',
    'son', 'daughter', 'father', 'mother',
  ].map(foldKey),
);

/** The little words allowed between a kinship word and the name (на, od, of, i, e, të). */
export const KINSHIP_CONNECTORS: ReadonlySet<string> = new Set(['на', 'од', 'od', 'of', 'i', 'e', 'të'].map(foldKey));
