import { describe, expect, it } from 'vitest';
import { codePointLength, codePointToUtf16, sliceCodePoints, utf16ToCodePoint } from '../../../shared/text/code-points';
import { foldText } from '../../../shared/text/fold-text';
import { normaliseText } from '../../../shared/text/normalise-text';
import { isValidPartialDate } from '../../../shared/text/partial-date';
import { checkPassphrasePolicy } from '../../../shared/passphrase-policy';

describe('code points and UTF-16 indices', () => {
  const text = 'a😀b𝄞ѝ';
  it('counts code points, not UTF-16 units', () => {
    expect(text.length).toBe(7);
    expect(codePointLength(text)).toBe(5);
  });
  it('converts both ways and slices by code points', () => {
    expect([0, 1, 2, 3, 4, 5].map((cp) => codePointToUtf16(text, cp))).toEqual([0, 1, 3, 4, 6, 7]);
    expect([0, 1, 3, 4, 6, 7].map((i) => utf16ToCodePoint(text, i))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(sliceCodePoints(text, 1, 4)).toBe('😀b𝄞');
  });
  it('refuses positions outside the text', () => {
    expect(codePointToUtf16(text, 6)).toBe(-1);
    expect(codePointToUtf16(text, -1)).toBe(-1);
    expect(sliceCodePoints(text, 3, 2)).toBeNull();
    expect(sliceCodePoints(text, 0, 9)).toBeNull();
  });
});

describe('text normalisation', () => {
  it('removes the BOM, makes LF line ends and NFC', () => {
    expect(normaliseText('\uFEFFa\r\nb\rc\u0301')).toBe('a\nb\nć');
  });
});

describe('folding across scripts and diacritics', () => {
  it('matches Serbian Cyrillic, Latin with and without diacritics', () => {
    expect(foldText('Петровић')).toBe('petrovic');
    expect(foldText('Petrović')).toBe('petrovic');
    expect(foldText('Đorđević')).toBe(foldText('Ђорђевић'));
    expect(foldText('Hoxhës')).toBe('hoxhes');
    expect(foldText('Ѓорѓиевски')).toBe('gjorgjievski');
  });
});

describe('partial dates', () => {
  it('accepts a year, a month or a real day', () => {
    for (const d of ['2021', '2021-02', '2020-02-29', '2021-12-31']) expect(isValidPartialDate(d), d).toBe(true);
  });
  it('rejects impossible or malformed dates', () => {
    for (const d of ['2021-02-31', '2021-02-29', '2021-13', '31.02.2021', '21-02-01', '2021-2-1', '', '1850']) expect(isValidPartialDate(d), d).toBe(false);
  });
});

describe('passphrase policy', () => {
  it('needs 12 characters of some variety', () => {
    expect(checkPassphrasePolicy('short')).toMatch(/too short/);
    expect(checkPassphrasePolicy('aaaaaaaaaaaaaaaa')).toMatch(/repeats/);
    expect(checkPassphrasePolicy('четири случајни зборови')).toBeNull();
  });
});
