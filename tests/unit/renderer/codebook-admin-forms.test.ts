import { describe, expect, it } from 'vitest';
import type { Codebook } from '../../../shared/codebook/codebook-schema';
import { conditionCandidates, emptyFieldForm, fieldFormControls, fieldFormProblems, fieldIds, optionRow, toAddField, withScope, withType } from '../../../renderer/src/screens/codebook/field-form';
import { idProblem, problemKey, serverProblems } from '../../../renderer/src/screens/codebook/form-problems';
import { toRelabel, wordingIn } from '../../../renderer/src/screens/codebook/label-target';

const codebook: Codebook = {
  id: 'tip',
  version: 1,
  title: 'Review',
  stages: [
    {
      id: 'overview',
      label: 'Overview',
      description: '',
      fields: [
        { id: 'country', type: 'single_choice', scope: 'case', personal: null, sensitive: false, label: 'Country', help: 'Where', options: [{ id: 'mk', label: 'North Macedonia' }] },
      ],
    },
  ],
  annotation_codes: [],
  translations: {
    mk: { locale: 'mk', title: 'Преглед', stages: { overview: { label: 'Преглед' } }, fields: { country: { label: 'Држава', options: { mk: 'Северна Македонија' } } }, annotation_codes: {} },
  },
};

describe('add-field form', () => {
  it('prefills yes/no/unknown and makes free text directly identifying until the reviewer picks', () => {
    const yn = withType(emptyFieldForm(), 'yes_no_unknown');
    expect(yn.options.map((o) => o.id)).toEqual(['yes', 'no', 'unknown']);
    expect(withType(emptyFieldForm(), 'free_text').personal).toBe('direct');
    const picked = { ...emptyFieldForm(), personal: 'quasi' as const, personalTouched: true };
    expect(withType(picked, 'free_text').personal).toBe('quasi');
    expect(withType(yn, 'single_choice').options.every((o) => o.id === '')).toBe(true);
  });

  it('checks the id live, the label and the options', () => {
    const taken = fieldIds(codebook);
    const form = { ...emptyFieldForm(), id: 'country', label: ' ', options: [optionRow('a', 'A'), optionRow('a', '')] };
    expect(fieldFormProblems(form, taken)).toEqual([
      { at: 'id', kind: 'idTaken' },
      { at: 'label', kind: 'required' },
      { at: 'option.1.id', kind: 'idTaken' },
      { at: 'option.1.label', kind: 'required' },
    ]);
    expect(idProblem('Bad-Id', new Set())).toBe('idFormat');
    expect(idProblem('', new Set())).toBe('required');
  });

  it('becomes an add_field change with only the parts its type has', () => {
    const form = { ...emptyFieldForm(), id: 'route', label: ' Route ', unit: 'km', options: [optionRow('land', 'Land'), optionRow('air', 'Air')] };
    expect(toAddField('overview', form)).toEqual({
      op: 'add_field',
      stageId: 'overview',
      field: { id: 'route', type: 'single_choice', scope: 'case', label: 'Route', help: '', personal: null, sensitive: false, options: [{ id: 'land', label: 'Land' }, { id: 'air', label: 'Air' }] },
    });
    const months = toAddField('overview', { ...withType(emptyFieldForm(), 'duration'), id: 'd', label: 'D', unit: 'months' });
    expect(months).toMatchObject({ field: { unit: 'months' } });
    expect(fieldFormControls(form).has('option.1.label')).toBe(true);
  });
});

describe('vault problems', () => {
  it('are placed at the control their path names', () => {
    expect(problemKey('/changes/0/field/id')).toBe('id');
    expect(problemKey('/changes/0/field/options/1/label')).toBe('option.1.label');
    expect(problemKey('/stages/2/fields/5/options')).toBe('options');
    expect(problemKey('/changes/0/label')).toBe('label');
    expect(problemKey('/baseVersion')).toBeNull();
    const { atControls, general } = serverProblems(
      [
        { path: '/changes/0/field/id', message: 'duplicate field id x' },
        { path: '/baseVersion', message: 'stale' },
      ],
      new Set(['id']),
    );
    expect(atControls).toEqual([{ at: 'id', kind: 'server', message: 'duplicate field id x' }]);
    expect(general).toEqual(['stale']);
  });
});

describe('renaming', () => {
  it('edits the English wording or a translation, never copying English into a missing one', () => {
    expect(wordingIn(codebook, { kind: 'field', fieldId: 'country' }, 'en')).toEqual({ label: 'Country', help: 'Where' });
    expect(wordingIn(codebook, { kind: 'field', fieldId: 'country' }, 'mk')).toEqual({ label: 'Држава', help: '' });
    expect(wordingIn(codebook, { kind: 'option', fieldId: 'country', optionId: 'mk' }, 'mk').label).toBe('Северна Македонија');
    expect(wordingIn(codebook, { kind: 'stage', stageId: 'overview' }, 'sq')).toEqual({ label: '', help: null });
    expect(toRelabel({ kind: 'stage', stageId: 'overview' }, 'sq', { label: ' Përmbledhje ', help: null })).toEqual({
      op: 'relabel',
      target: { kind: 'stage', stageId: 'overview' },
      locale: 'sq',
      label: 'Përmbledhje',
    });
    expect(toRelabel({ kind: 'field', fieldId: 'country' }, 'en', { label: 'Country', help: ' Where ' })).toMatchObject({ help: 'Where' });
  });
});

describe('bounds and conditions of a new field', () => {
  const withVictimField: Codebook = {
    ...codebook,
    stages: [
      {
        ...codebook.stages[0]!,
        fields: [
          ...codebook.stages[0]!.fields,
          { id: 'sentence_type', type: 'single_choice', scope: 'defendant', personal: null, sensitive: false, label: 'Sentence', help: '', options: [{ id: 'prison', label: 'Prison' }, { id: 'fine', label: 'Fine' }] },
          { id: 'old_flag', type: 'yes_no_unknown', scope: 'case', personal: null, sensitive: false, label: 'Old', help: '', deprecated: true, options: [{ id: 'yes', label: 'Yes' }] },
        ],
      },
    ],
  };

  it('reads bounds with a decimal comma and refuses words and an upside-down range', () => {
    const base = { ...withType(emptyFieldForm(), 'number'), id: 'months', label: 'Months' };
    expect(fieldFormProblems({ ...base, min: 'two', max: '' }, new Set())).toEqual([{ at: 'min', kind: 'notNumber' }]);
    expect(fieldFormProblems({ ...base, min: '24', max: '12' }, new Set())).toEqual([{ at: 'max', kind: 'minAboveMax' }]);
    expect(toAddField('overview', { ...base, min: '0', max: '2,5', integer: true })).toMatchObject({ field: { min: 0, max: 2.5, integer: true } });
    // Bounds of a field that is no longer numeric are not sent.
    expect(toAddField('overview', { ...withType(base, 'free_text'), min: '1' })).not.toHaveProperty('field.min');
  });

  it('offers only live choice fields of the same record, and needs at least one answer', () => {
    expect(conditionCandidates(withVictimField, 'case').map((f) => f.id)).toEqual(['country']);
    expect(conditionCandidates(withVictimField, 'defendant').map((f) => f.id)).toEqual(['country', 'sentence_type']);
    const form = { ...emptyFieldForm('number'), id: 'months', label: 'Months', scope: 'defendant' as const, appliesField: 'sentence_type', appliesOptions: [] };
    expect(fieldFormProblems(form, new Set())).toContainEqual({ at: 'appliesWhen', kind: 'conditionOptionsNeeded' });
    expect(toAddField('overview', { ...form, appliesOptions: ['prison'] })).toMatchObject({ field: { applies_when: { field: 'sentence_type', in: ['prison'] } } });
    // Coding it per case instead: the defendant's sentence no longer belongs to the same record.
    expect(withScope({ ...form, appliesOptions: ['prison'] }, 'case', withVictimField)).toMatchObject({ appliesField: '', appliesOptions: [] });
    expect(problemKey('/changes/0/field/applies_when/in')).toBe('appliesWhen');
  });
});
