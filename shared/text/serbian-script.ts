// Serbian Latin → Cyrillic. Serbian has one letter per sound in both scripts, so the mapping is
// exact except for three digraphs (lj, nj, dž) that are single Cyrillic letters. Text that is
// not Serbian stays as written: acronyms (CTDC, UNODC), words with letters Serbian Latin lacks
// (Albanian ë, ç; English w, x, y, q) and anything in quotes (examples cited from files in
// other languages, which must stay verbatim).

const SINGLE: Record<string, string> = {
  a: 'а', b: 'б', c: 'ц', č: 'ч', ć: 'ћ', d: 'д', đ: 'ђ', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и',
  j: 'ј', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', š: 'ш', t: 'т', u: 'у',
  v: 'в', z: 'з', ž: 'ж',
};
const DIGRAPHS: Record<string, string> = { lj: 'љ', nj: 'њ', dž: 'џ' };
const FOREIGN = /[qwxyëçäöüéèàâ]/i;
/** Serbian abbreviations, which Cyrillic texts print in Cyrillic (unlike CTDC or UNODC). */
const SERBIAN_ACRONYMS = new Set(['EU', 'OEBS', 'TOK', 'KZ', 'KP', 'ZKP', 'VJT', 'OJT', 'RJT', 'MUP', 'NVO', 'SAD', 'UN', 'CZSR', 'KT', 'KTO']);
const WORD = /[\p{L}\p{M}]+/gu;

function convertWord(word: string): string {
  if (FOREIGN.test(word)) return word;
  // Acronyms stay Latin (CTDC, JIT, EUR), as Serbian Cyrillic texts print them.
  if (word.length > 1 && word === word.toUpperCase() && /[A-Z]/.test(word) && !SERBIAN_ACRONYMS.has(word)) return word;
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const pair = word.slice(i, i + 2);
    const digraph = DIGRAPHS[pair.toLowerCase()];
    if (digraph) {
      out += pair[0] === pair[0]?.toUpperCase() ? digraph.toUpperCase() : digraph;
      i++;
      continue;
    }
    const ch = word[i] as string;
    const lower = ch.toLowerCase();
    const mapped = SINGLE[lower];
    out += mapped === undefined ? ch : ch === lower ? mapped : mapped.toUpperCase();
  }
  return out;
}

export function serbianLatinToCyrillic(text: string): string {
  // Split off quoted passages ('…', "…", „…“, «…») and keep them verbatim.
  return text
    .split(/('[^']*'|"[^"]*"|„[^“”]*[“”]|«[^»]*»)/u)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(WORD, convertWord)))
    .join('');
}
