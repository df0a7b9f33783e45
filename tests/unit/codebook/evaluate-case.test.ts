// The codebook's rules beyond single values (issue 4 §3-4): which fields apply, the order of
// the dates of the proceedings, derived values and the completeness of each stage.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CODEBOOK } from '../../../electron/core/codebook/codebook-store';
import { evaluateCase, type EvalCoding, type EvalPerson } from '../../../shared/codebook/evaluate-case';

const persons: EvalPerson[] = [
  { id: 'v1', role: 'victim', code: 'V1' },
  { id: 'v2', role: 'victim', code: 'V2' },
  { id: 'd1', role: 'defendant', code: 'D1' },
];

function evaluate(codings: EvalCoding[], people = persons) {
  return evaluateCase(DEFAULT_CODEBOOK, codings, people);
}

const derivedOf = (codings: EvalCoding[], fieldId: string, personId: string | null = null) =>
  evaluate(codings).derived.find((d) => d.fieldId === fieldId && d.personId === personId);

describe('derived values', () => {
  it('counts victims and defendants from the persons of the case, and copies their codes', () => {
    expect(derivedOf([], 'number_of_victims')?.value).toBe(2);
    expect(derivedOf([], 'number_of_defendants')?.value).toBe(1);
    expect(derivedOf([], 'victim_code', 'v2')?.value).toBe('V2');
    expect(derivedOf([], 'defendant_code', 'd1')?.value).toBe('D1');
  });

  it('computes durations in days from the dates, marking month-precision results approximate', () => {
    const exact = derivedOf(
      [
        { fieldId: 'date_criminal_complaint', personId: null, value: '2021-03-15' },
        { fieldId: 'date_final_judgment', personId: null, value: '2022-03-15' },
      ],
      'duration_total',
    );
    expect(exact).toMatchObject({ value: 365, approximate: false });
    const months = derivedOf(
      [
        { fieldId: 'date_indictment', personId: null, value: '2021-01' },
        { fieldId: 'date_first_instance_judgment', personId: null, value: '2021-03' },
      ],
      'duration_indictment_to_judgment',
    );
    expect(months).toMatchObject({ value: 59, approximate: true });
  });

  it('computes no duration from a year alone, an unknown date or dates in the wrong order', () => {
    const with2 = (a: string, b: string) =>
      derivedOf(
        [
          { fieldId: 'date_criminal_complaint', personId: null, value: a },
          { fieldId: 'date_final_judgment', personId: null, value: b },
        ],
        'duration_total',
      )?.value;
    expect(with2('2021', '2023-01')).toBeNull();
    expect(with2('unknown', '2023-01')).toBeNull();
    expect(with2('2023-01', '2021-01')).toBeNull();
  });

  it('says whether a prison term is below the statutory minimum, only for imprisonment', () => {
    const sentence = (type: string, months: number, minimum: number) =>
      derivedOf(
        [
          { fieldId: 'sentence_type', personId: 'd1', value: type },
          { fieldId: 'imprisonment_months', personId: 'd1', value: months },
          { fieldId: 'statutory_minimum_months', personId: 'd1', value: minimum },
        ],
        'below_statutory_minimum',
        'd1',
      )?.value;
    expect(sentence('imprisonment', 36, 48)).toBe('yes');
    expect(sentence('imprisonment', 48, 48)).toBe('no');
    expect(sentence('suspended', 36, 48)).toBeNull();
  });
});

describe('cross-field rules', () => {
  it('flags imprisonment months for a defendant whose sentence is not imprisonment, and only then', () => {
    const withType = (type: string) =>
      evaluate([
        { fieldId: 'sentence_type', personId: 'd1', value: type },
        { fieldId: 'imprisonment_months', personId: 'd1', value: 24 },
      ]).problems;
    expect(withType('imprisonment')).toEqual([]);
    expect(withType('suspended')).toEqual([{ kind: 'not_applicable', fieldId: 'imprisonment_months', personId: 'd1', condition: 'sentence_type' }]);
    expect(withType('unknown')).toEqual([]);
  });

  it('requires complaint ≤ indictment ≤ judgment ≤ appeal ≤ final date, even with a date missing between', () => {
    const problems = evaluate([
      { fieldId: 'date_criminal_complaint', personId: null, value: '2021-06' },
      { fieldId: 'date_first_instance_judgment', personId: null, value: '2021-05-20' },
      { fieldId: 'date_final_judgment', personId: null, value: '2022' },
    ]).problems;
    expect(problems).toEqual([{ kind: 'date_order', fieldId: 'date_first_instance_judgment', personId: null, earlierField: 'date_criminal_complaint' }]);
  });

  it('does not call dates of the same month out of order at different precisions', () => {
    expect(
      evaluate([
        { fieldId: 'date_criminal_complaint', personId: null, value: '2021-06-30' },
        { fieldId: 'date_indictment', personId: null, value: '2021-06' },
      ]).problems,
    ).toEqual([]);
  });

  it('reports a stored value that fails its field, without stopping the rest', () => {
    const { problems } = evaluate([
      { fieldId: 'hearings_adjourned', personId: null, value: 'many' },
      { fieldId: 'country', personId: null, value: 'mk' },
    ]);
    expect(problems).toEqual([{ kind: 'value', fieldId: 'hearings_adjourned', personId: null, problem: { code: 'expected_number', unit: 'hearings' } }]);
  });
});

describe('completeness', () => {
  it('counts applicable questions per stage, per person, leaving out derived and inapplicable ones', () => {
    const before = evaluate([]).stages.find((s) => s.stageId === 'sentencing')!;
    // sentencing: 7 defendant fields, of which below_statutory_minimum is derived → 6 for D1.
    expect(before).toEqual({ stageId: 'sentencing', answered: 0, applicable: 6, problems: 0 });
    const suspended = evaluate([{ fieldId: 'sentence_type', personId: 'd1', value: 'suspended' }]).stages.find((s) => s.stageId === 'sentencing')!;
    // imprisonment months no longer apply; the sentence type is answered.
    expect(suspended).toEqual({ stageId: 'sentencing', answered: 1, applicable: 5, problems: 0 });
  });

  it('counts "unknown / not stated" as an answer, for numbers and dates too', () => {
    const stage = evaluate([
      { fieldId: 'hearings_adjourned', personId: null, value: 'unknown' },
      { fieldId: 'date_first_instance_judgment', personId: null, value: 'unknown' },
    ]).stages.find((s) => s.stageId === 'first_instance_trial')!;
    expect(stage.answered).toBe(2);
  });

  it('asks nothing per victim when a case has no victims', () => {
    const stage = evaluate([], []).stages.find((s) => s.stageId === 'victim_protection_support')!;
    expect(stage.applicable).toBe(0);
  });
});
