// Codebook edits make a new version without losing anything a coding refers to (issue 4 §7).
import { describe, expect, it } from 'vitest';
import { DEFAULT_CODEBOOK } from '../../../electron/core/codebook/codebook-store';
import { applyCodebookChanges, checkCodebookUpgrade } from '../../../shared/codebook/apply-codebook-changes';
import type { CodebookChange } from '../../../shared/codebook/codebook-changes';
import type { Codebook, CodebookField } from '../../../shared/codebook/codebook-schema';
import { isDossierError, type Problem } from '../../../shared/errors';
import { addField } from '../../helpers/codebook-fixtures';

const base: Codebook = DEFAULT_CODEBOOK;

function field(cb: Codebook, id: string): CodebookField {
  const found = cb.stages.flatMap((s) => s.fields).find((f) => f.id === id);
  if (!found) throw new Error(`no field ${id}`);
  return found;
}

function failure(fn: () => unknown): { code: string; problems: readonly Problem[] } {
  try {
    fn();
  } catch (err) {
    if (isDossierError(err)) return { code: err.code, problems: err.problems };
    throw err;
  }
  return { code: 'no error', problems: [] };
}


describe('applyCodebookChanges', () => {
  it('adds a field as a new version, marks when it came, and leaves the old version untouched', () => {
    const before = JSON.stringify(base);
    const next = applyCodebookChanges(base, [addField]);
    expect(next.version).toBe(2);
    expect(field(next, 'interpreter_used')).toMatchObject({ since_version: 2, label: 'Interpreter used' });
    expect(JSON.stringify(base)).toBe(before);
    expect(() => field(base, 'interpreter_used')).toThrow();
  });

  it('refuses a field id already used, an unknown stage, and a choice field without options', () => {
    expect(failure(() => applyCodebookChanges(base, [{ ...addField, field: { ...addField.field, id: 'country' } } as CodebookChange]))).toMatchObject({
      code: 'VALIDATION',
      problems: [{ path: '/changes/0', message: expect.stringMatching(/country already exists/) as unknown }],
    });
    expect(failure(() => applyCodebookChanges(base, [{ ...addField, stageId: 'nowhere' } as CodebookChange])).problems[0]?.message).toMatch(/no stage nowhere/);
    const noOptions = { ...addField, field: { ...addField.field, options: [] } } as CodebookChange;
    expect(failure(() => applyCodebookChanges(base, [noOptions])).problems[0]?.message).toMatch(/needs options/);
  });

  it('turns schema problems of the result into VALIDATION with JSON paths', () => {
    const badCondition = { ...addField, field: { ...addField.field, applies_when: { field: 'country', in: ['atlantis'] } } } as CodebookChange;
    const result = failure(() => applyCodebookChanges(base, [badCondition]));
    expect(result.code).toBe('VALIDATION');
    expect(result.problems[0]?.path).toMatch(/^\/stages\/0\/fields\/\d+\/applies_when\/in$/);
    expect(result.problems[0]?.message).toMatch(/atlantis/);
  });

  it('adds options to choice fields only, with new ids', () => {
    const next = applyCodebookChanges(base, [{ op: 'add_option', fieldId: 'country', option: { id: 'ba', label: 'Bosnia and Herzegovina' } }]);
    expect(field(next, 'country').options?.map((o) => o.id)).toEqual(['mk', 'rs', 'al', 'me', 'ba']);
    expect(failure(() => applyCodebookChanges(base, [{ op: 'add_option', fieldId: 'country', option: { id: 'mk', label: 'again' } }])).code).toBe('VALIDATION');
    expect(failure(() => applyCodebookChanges(base, [{ op: 'add_option', fieldId: 'court_case_number', option: { id: 'x', label: 'x' } }])).problems[0]?.message).toMatch(
      /free_text field/,
    );
  });

  it('relabels the base wording in English and the translation in another language', () => {
    const next = applyCodebookChanges(base, [
      { op: 'relabel', target: { kind: 'field', fieldId: 'country' }, locale: 'en', label: 'Country of trial', help: 'The state whose courts tried the case.' },
      { op: 'relabel', target: { kind: 'option', fieldId: 'country', optionId: 'mk' }, locale: 'en', label: 'N. Macedonia' },
      { op: 'relabel', target: { kind: 'title' }, locale: 'en', label: 'TIP review' },
      { op: 'relabel', target: { kind: 'stage', stageId: 'case_overview' }, locale: 'mk', label: 'Преглед' },
      { op: 'relabel', target: { kind: 'option', fieldId: 'country', optionId: 'rs' }, locale: 'mk', label: 'Србија' },
    ]);
    expect(next.title).toBe('TIP review');
    expect(field(next, 'country')).toMatchObject({ label: 'Country of trial', help: 'The state whose courts tried the case.' });
    expect(field(next, 'country').options?.[0]?.label).toBe('N. Macedonia');
    const mk = next.translations?.mk;
    expect(mk).toMatchObject({ locale: 'mk', stages: { case_overview: { label: 'Преглед' } } });
    expect(mk?.fields.country?.options).toMatchObject({ rs: 'Србија' });
    // Without a translation yet, one is started from the base title, holding only the edit.
    const bare: Codebook = { ...base, translations: {} };
    const started = applyCodebookChanges(bare, [{ op: 'relabel', target: { kind: 'option', fieldId: 'country', optionId: 'rs' }, locale: 'sq', label: 'Serbia (sq)' }]);
    expect(started.translations?.sq).toEqual({
      locale: 'sq',
      title: base.title,
      stages: {},
      fields: { country: { label: field(base, 'country').label, options: { rs: 'Serbia (sq)' } } },
      annotation_codes: {},
    });
    expect(failure(() => applyCodebookChanges(base, [{ op: 'relabel', target: { kind: 'field', fieldId: 'nope' }, locale: 'mk', label: 'x' }])).code).toBe('VALIDATION');
  });

  it('deprecates and restores fields and options without deleting them', () => {
    const v2 = applyCodebookChanges(base, [
      { op: 'deprecate_field', fieldId: 'court_case_number', deprecated: true },
      { op: 'deprecate_option', fieldId: 'country', optionId: 'me', deprecated: true },
    ]);
    expect(field(v2, 'court_case_number').deprecated).toBe(true);
    expect(field(v2, 'country').options?.find((o) => o.id === 'me')).toEqual({ id: 'me', label: 'Montenegro', deprecated: true });
    const v3 = applyCodebookChanges(v2, [{ op: 'deprecate_option', fieldId: 'country', optionId: 'me', deprecated: false }]);
    expect(v3.version).toBe(3);
    expect(field(v3, 'country').options?.find((o) => o.id === 'me')?.deprecated).toBeUndefined();
    expect(checkCodebookUpgrade(base, v2)).toEqual([]);
  });
});

describe('checkCodebookUpgrade', () => {
  it('accepts every edit the change operations make', () => {
    expect(checkCodebookUpgrade(base, applyCodebookChanges(base, [addField]))).toEqual([]);
  });

  it('names each removed option, field or stage, each retyped field, and a version that does not move on', () => {
    const next = JSON.parse(JSON.stringify(base)) as Codebook;
    const stages = next.stages;
    const overview = stages[0];
    if (!overview) throw new Error('no stage');
    const country = overview.fields.find((f) => f.id === 'country');
    if (!country) throw new Error('no country');
    country.options = country.options?.filter((o) => o.id !== 'al');
    country.scope = 'victim';
    overview.fields = overview.fields.filter((f) => f.id !== 'court_case_number');
    next.stages = stages.filter((s) => s.id !== 'review_assessment');
    const messages = checkCodebookUpgrade(base, next).map((p) => `${p.path} ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        '/version version 1 is not later than version 1',
        expect.stringMatching(/^\/stages\/0\/fields\/0\/options the option al of country was removed$/) as unknown,
        expect.stringMatching(/^\/stages\/0\/fields\/0\/scope the scope of country changed from case to victim$/) as unknown,
        expect.stringMatching(/the field court_case_number \(stage case_overview\) was removed/) as unknown,
        expect.stringMatching(/^\/stages\/9 the stage review_assessment was removed$/) as unknown,
      ]),
    );
    expect(messages.filter((m) => m.includes('review_assessment')).length).toBeGreaterThan(1);
  });
});
