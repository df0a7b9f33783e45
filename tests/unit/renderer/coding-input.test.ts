import { describe, expect, it } from 'vitest';
import { parseDateInput, parseNumberInput } from '../../../renderer/src/screens/case-workspace/coding/parse-input';
import { nextSelection } from '../../../renderer/src/screens/case-workspace/coding/multi-selection';

describe('typed coding input', () => {
  it('reads numbers with either decimal mark and grouping, and refuses text pasted into a number field', () => {
    expect(parseNumberInput('54')).toEqual({ ok: true, value: 54 });
    expect(parseNumberInput('2,5')).toEqual({ ok: true, value: 2.5 });
    expect(parseNumberInput('1.234,5')).toEqual({ ok: true, value: 1234.5 });
    expect(parseNumberInput('1 234')).toEqual({ ok: true, value: 1234 });
    expect(parseNumberInput('')).toEqual({ ok: true, value: null });
    expect(parseNumberInput('?')).toEqual({ ok: true, value: 'unknown' });
    expect(parseNumberInput('fifty-four')).toEqual({ ok: false, reason: 'not_a_number' });
    expect(parseNumberInput('54 months')).toEqual({ ok: false, reason: 'not_a_number' });
  });

  it('reads ISO and regional dates, and refuses 31.02.2021', () => {
    expect(parseDateInput('2021-03')).toEqual({ ok: true, value: '2021-03' });
    expect(parseDateInput('15.03.2021')).toEqual({ ok: true, value: '2021-03-15' });
    expect(parseDateInput('15. 3. 2021.')).toEqual({ ok: true, value: '2021-03-15' });
    expect(parseDateInput('3/2021')).toEqual({ ok: true, value: '2021-03' });
    expect(parseDateInput('31.02.2021')).toEqual({ ok: false, reason: 'impossible_date' });
    expect(parseDateInput('2021-13')).toEqual({ ok: false, reason: 'impossible_date' });
    expect(parseDateInput('March 2021')).toEqual({ ok: false, reason: 'not_a_date' });
  });

  it('keeps "unknown" and known options apart in a multiple choice, in codebook order', () => {
    const order = ['a', 'b', 'c', 'unknown'];
    expect(nextSelection(['c'], 'a', true, order)).toEqual(['a', 'c']);
    expect(nextSelection(['a', 'c'], 'unknown', true, order)).toEqual(['unknown']);
    expect(nextSelection(['unknown'], 'b', true, order)).toEqual(['b']);
    expect(nextSelection(['b'], 'b', false, order)).toBeNull();
  });
});
