import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../../shared/anonymise';
import { codePointLength } from '../../../shared/text/code-points';
import { person, scrub } from './helpers';

const victim = person({ role: 'victim', code: 'V1', fullName: 'Ивана Стојановска', phones: ['+389 70 123 456'], emails: ['ivana.s@mail.mk'] });

describe('the scrub result', () => {
  it('changes the text only inside the reported spans, and reports both offset units', () => {
    // An emoji (two UTF-16 units, one code point) before the name shifts the two units apart.
    const text = '😀 Оштетената Ивана Стојановска, тел. 070/123-456 😀 пиши на ivana.s@mail.mk.';
    const r = scrub(text, [victim], 'mk');
    let rebuilt = '';
    let cursor = 0;
    for (const x of r.replacements) {
      rebuilt += text.slice(cursor, x.start) + r.text.slice(x.outputStart, x.outputEnd);
      expect(r.text.slice(x.outputStart, x.outputEnd)).toBe(x.placeholder);
      expect(x.startCodePoint).toBe(codePointLength(text.slice(0, x.start)));
      expect(x.endCodePoint).toBe(codePointLength(text.slice(0, x.end)));
      cursor = x.end;
    }
    expect(rebuilt + text.slice(cursor)).toBe(r.text);
    expect(r.replacements.map((x) => x.kind)).toEqual(['person', 'phone', 'email']);
    expect(r.replacements[0]?.startCodePoint).toBe(r.replacements[0]!.start - 1);
  });

  it('carries offsets, never the removed words', () => {
    const r = scrub('Ивана Стојановска, 070 123 456', [victim], 'mk');
    const json = JSON.stringify(r);
    expect(json).not.toContain('Ивана');
    expect(json).not.toContain('123');
  });

  it('leaves nothing for the last-mile check in its output, and the check skips placeholders', () => {
    const scrubber = createScrubber([victim]);
    const r = scrubber.scrub('Ивана Стојановска (Ivana Stojanovska, И.С.), родена на 15.03.2004, ЕМБГ 1503004405009, тел. +389 70 123 456.', { language: 'mk' });
    expect(scrubber.findIdentifiers(r.text)).toEqual([]);
    expect(scrubber.findIdentifiers('[ЖРТВА-1] и [ЛИЦЕ-3] и [VICTIM-2] и [TELEFON]')).toEqual([]);
  });

  it('reports what is still in a text for the last-mile check, with where it is', () => {
    const scrubber = createScrubber([victim]);
    const text = 'Извештај: [ЖРТВА-1] и Stojanovska, 070 123 456';
    const hits = scrubber.findIdentifiers(text).map((h) => [text.slice(h.start, h.end), h.kind, h.confidence]);
    expect(hits).toEqual([['Stojanovska', 'person', 'high'], ['070 123 456', 'phone', 'high']]);
  });

  it('gives the same text and placeholders when run again on its own output', () => {
    const scrubber = createScrubber([victim]);
    const first = scrubber.scrub('Оштетената Ивана и сведокот Горан Илиевски; Илиевски рече.', { language: 'mk' });
    const second = scrubber.scrub(first.text, { language: 'mk' });
    expect(second.text).toBe(first.text);
    expect(second.replacements).toEqual([]);
  });
});

describe('bad input', () => {
  it('scrubs an empty text and a text without personal data to themselves', () => {
    expect(scrub('', [victim]).text).toBe('');
    expect(scrub('Судот ја одби жалбата.', [victim], 'mk').text).toBe('Судот ја одби жалбата.');
  });

  it('works for a case with no persons (recognisers only)', () => {
    expect(scrub('JMBG 1503004405009, tel. 063/123-4567', [], 'sr-Latn').text).toBe('JMBG [LIČNI-BROJ], tel. [TELEFON]');
  });

  it('uses persons whose fields are empty or missing without failing', () => {
    const empty = person({ role: 'other', fullName: null });
    const blank = person({ role: 'victim', fullName: '   ', aliases: [''], dateOfBirth: '1990' });
    const odd = person({ role: 'witness', fullName: '…', dateOfBirth: 'unknown' });
    const scrubber = createScrubber([empty, blank, odd]);
    expect(scrubber.scrub('Nothing here.', { language: 'en' }).text).toBe('Nothing here.');
    expect(scrubber.skipped).toEqual(expect.arrayContaining([
      { personId: odd.id, field: 'fullName', reason: 'too-short' },
      { personId: odd.id, field: 'dateOfBirth', reason: 'not-a-date' },
    ]));
  });

  it('detects the language when the vault does not know it or names another', () => {
    expect(scrub('Оштетената Ивана Стојановска дојде во судот.', [victim], 'xx').language).toBe('mk');
    expect(scrub('Оштетената Ивана Стојановска дојде во судот.', [victim], '').text).toBe('Оштетената [ЖРТВА-1] дојде во судот.');
  });

  it('warns about text in a script the name matchers cannot read, and still removes numbers', () => {
    const r = scrub('Η μάρτυρας Μαρία Παπαδοπούλου, τηλ. +30 694 123 4567', [victim]);
    expect(r.warnings).toEqual([{ code: 'unexpected-script', scripts: ['Greek'] }]);
    expect(r.text).toContain('[PHONE]');
    expect(scrub('Оштетената Ивана', [victim], 'mk').warnings).toEqual([]);
  });
});
