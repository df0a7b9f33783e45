// Court and prosecution case numbers in the national formats (domain.md §6.1): they lead
// straight to the court registry and to press reports, so they are direct identifiers
// (domain.md §4). Forms covered:
// - North Macedonia: К-1234/21, К.бр. 1234/21, КОК-45/21, КЖ-456/21, КОКЖ-100/21, КО.бр. 123/21;
// - Serbia: K 9/20, К. 4219/10, K.Po1 12/21, Kž1 334/25, Kž1 Po1 5/22, Kzz 909/2025, KT 123/21,
//   KTO 12/21, K-123/2019, KO 45/2020;
// - Montenegro: K. 123/21, Kž 45/22, Kt. 12/21, Kt-S 12/21;
// - Albania and Kosovo: PP nr. 123/2020, P.nr. 45/2020, PKR 12/19, "Nr. 1234 i Regj. Themeltar",
//   "Vendim nr. 56", "Procedimi penal nr. 188";
// - any language: "предмет бр. 123/19", "predmet broj K 12/21", "case no. 45/2020", and a bare
//   "бр. / br. / nr. 123/19" unless it cites an official gazette or a law (Службен весник бр. 37/96,
//   Sl. glasnik RS br. 85/2005, Ligji nr. 8/2020), which are public and stay.

import { contextBefore } from './context';
import { outermost } from './resolve-overlaps';
import type { Detection } from './types';

const PREFIXES = [
  // North Macedonia, in Cyrillic and in the Latin of English notes
  'КОКЖ', 'КОК', 'КРИОК', 'КРИ', 'КЖ', 'КО', 'КП', 'КВ', 'КИ', 'К',
  'KOKŽ', 'KOKZ', 'KOK', 'KRIOK', 'KRI', 'KŽ', 'KO', 'KP', 'KV', 'KI', 'K',
  // Serbia and Montenegro, both scripts
  'Kž1', 'Kž2', 'Kž', 'KŽ1', 'KŽ2', 'Kzz', 'KZZ', 'Kt', 'KT', 'Kto', 'KTO', 'Ktr', 'KTR', 'Kti', 'KTI', 'Kri', 'Ki', 'Kv', 'Kpp', 'Kr',
  'Кж1', 'Кж2', 'Кж', 'Кзз', 'Кт', 'Кто', 'КТО', 'КТ', 'Ктр', 'Кри', 'Ки', 'Кв', 'Кр', 'Кпп',
  // Albania and Kosovo
  'PAKR', 'PKR', 'Pkr', 'PA1', 'PA2', 'PP', 'P',
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PREFIX = [...new Set(PREFIXES)].sort((a, b) => b.length - a.length).map(escape).join('|');
const MARKER = String.raw`(?:бр|br|nr|Nr|no|No|број|broj)\.?`;
const YEAR = String.raw`\s?\/\s?(?:\d{4}|\d{2})(?![\p{N}])`;

const PREFIXED = new RegExp(
  String.raw`(?=[KКP])(?<![\p{L}\p{N}])(?:${PREFIX})(?:[.\s-]?(?:Po|По|PO|ПО)\d)?(?:-[SС])?(?![\p{L}])\.?\s?(?:${MARKER})?[\s.\-]*\d{1,6}${YEAR}`,
  'gu',
);

const AFTER_KEYWORD = new RegExp(
  String.raw`(?<![\p{L}])(?:предмет\p{L}*|predmet\p{L}*|case|file|çështj\p{L}*|dosj\p{L}*)\s+(?<id>(?:(?:бр|br|nr|no|број|broj|number)\.?\s*)?(?:\p{Lu}\p{L}{0,4}\d?[.\s\-]*)?\d{1,6}${YEAR})`,
  'giu',
);

const ALBANIAN_DECISION = new RegExp(
  String.raw`(?<![\p{L}])(?:Vendim(?:i|it)?|Procedim(?:i|it)?\s+penal|Akt(?:i|it)?|Kall[ëe]zim\p{L}*)\s*(?<id>[Nn]r\.?\s*\d{1,6}(?:\/\d{2,4})?)(?![\p{N}])`,
  'gu',
);

const KEYWORD_HINT = /предмет|predmet|case|file|çështj|dosj/iu;
const DECISION_HINT = /Vendim|Procedim|Akt|Kall/u;

const ALBANIAN_REGISTER = /(?=[Nn])(?<![\p{L}])[Nn]r\.?\s*\d{1,6}(?:\/\d{2,4})?(?=\s+i\s+(?:Regj|Vendimit|Aktit|Procedimit))/gu;

const BARE_NUMBER = new RegExp(String.raw`(?=[бbnN])(?<![\p{L}])${MARKER}\s*\d{1,6}${YEAR}`, 'gu');
const GAZETTE = /(?:весник|гласник|glasnik|list\p{L}*|fletor\p{L}*|gazette|закон\p{L}*|zakon\p{L}*|ligj\p{L}*|law|уредб\p{L}*|uredb\p{L}*|правилник\p{L}*|pravilnik\p{L}*)/iu;

function detection(start: number, end: number): Detection {
  return { kind: 'case-number', start, end, personId: null, detector: 'case-number', confidence: 'low' };
}

export function findCaseNumbers(text: string): Detection[] {
  const found: Detection[] = [];
  for (const m of text.matchAll(PREFIXED)) found.push(detection(m.index, m.index + m[0].length));
  // The keyword patterns start with a word; they run only on texts that contain one of them.
  const keyed = [...(KEYWORD_HINT.test(text) ? [AFTER_KEYWORD] : []), ...(DECISION_HINT.test(text) ? [ALBANIAN_DECISION] : [])];
  for (const pattern of keyed) {
    for (const m of text.matchAll(pattern)) {
      const id = m.groups?.['id'] ?? '';
      const end = m.index + m[0].length;
      found.push(detection(end - id.length, end));
    }
  }
  for (const m of text.matchAll(ALBANIAN_REGISTER)) found.push(detection(m.index, m.index + m[0].length));
  for (const m of text.matchAll(BARE_NUMBER)) {
    if (!GAZETTE.test(contextBefore(text, m.index, 60))) found.push(detection(m.index, m.index + m[0].length));
  }
  return outermost(found);
}
