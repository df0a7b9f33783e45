import { describe, expect, it } from 'vitest';
import type { Person } from '../../../shared/domain/person';
import { applyForm, formProblems, lines, toForm, toUpdate } from '../../../renderer/src/screens/case-workspace/persons/person-form';

const person: Person = {
  id: '7d3f2a9e-0000-4000-8000-000000000001',
  caseId: 'c',
  key: 'k',
  role: 'victim',
  code: 'V1',
  fullName: 'Марија Н.',
  aliases: ['Маја'],
  dateOfBirth: '1999-04',
  sex: 'female',
  citizenship: 'MK',
  idNumbers: [],
  addresses: ['Скопје', 'Битола'],
  phones: [],
  emails: [],
  otherIdentifiers: [],
  createdAt: '',
  updatedAt: '',
};

describe('person identity form', () => {
  it('edits lists one entry per line, dropping blank lines', () => {
    expect(toForm(person).addresses).toBe('Скопје\nБитола');
    expect(lines('  a \n\n b\n')).toEqual(['a', 'b']);
  });

  it('sends every identity field, cleared ones as empty', () => {
    const form = { ...toForm(person), fullName: '', aliases: '', phones: '+389 70 000 000' };
    const update = toUpdate(person.id, form);
    expect(update).toMatchObject({ id: person.id, code: 'V1', role: 'victim', fullName: null, aliases: [], phones: ['+389 70 000 000'], dateOfBirth: '1999-04', sex: 'female' });
    expect(applyForm(person, form)).toMatchObject({ fullName: null, aliases: [], phones: ['+389 70 000 000'] });
  });

  it('refuses a malformed code or date, and clears an emptied date, sex or citizenship', () => {
    const form = toForm(person);
    expect(formProblems(form)).toEqual([]);
    expect(formProblems({ ...form, code: '' })).toEqual([{ field: 'code', kind: 'codeEmpty' }]);
    expect(formProblems({ ...form, code: 'V 1' })).toEqual([{ field: 'code', kind: 'codeFormat' }]);
    expect(formProblems({ ...form, dateOfBirth: '04/1999' })).toEqual([{ field: 'dateOfBirth', kind: 'dateFormat' }]);
    expect(formProblems({ ...form, dateOfBirth: '' })).toEqual([]);
    expect(toUpdate(person.id, { ...form, dateOfBirth: '', sex: '', citizenship: ' ' })).toMatchObject({ dateOfBirth: null, sex: null, citizenship: null });
  });
});
