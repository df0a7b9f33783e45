import { describe, expect, it } from 'vitest';
import { Codebook } from '../../../shared/codebook/codebook-schema';
import type { Coding } from '../../../shared/domain/coding';
import type { PersonSummary } from '../../../shared/domain/person';
import codebookJson from '../../../electron/core/codebook/tip-case-review.v1.json';
import { buildStageView, formatCodingValue } from '../../../renderer/src/screens/case-workspace/stages/stage-view';

const codebook = Codebook.parse(codebookJson);
const stage = (id: string) => {
  const found = codebook.stages.find((s) => s.id === id);
  if (!found) throw new Error(id);
  return found;
};
const field = (stageId: string, fieldId: string) => {
  const found = stage(stageId).fields.find((f) => f.id === fieldId);
  if (!found) throw new Error(fieldId);
  return found;
};

const persons: PersonSummary[] = [
  { id: 'p-v1', caseId: 'c', role: 'victim', code: 'V1' },
  { id: 'p-v2', caseId: 'c', role: 'victim', code: 'V2' },
  { id: 'p-d1', caseId: 'c', role: 'defendant', code: 'D1' },
  { id: 'p-w1', caseId: 'c', role: 'witness', code: 'W1' },
];

function coding(stageId: string, fieldId: string, value: Coding['value'], personId: string | null = null): Coding {
  return {
    id: `${stageId}/${fieldId}/${personId}`,
    caseId: 'c',
    stageId,
    fieldId,
    personId,
    value,
    note: null,
    evidence: [],
    codebookVersion: 1,
    coderId: 'r',
    createdAt: '',
    updatedAt: '',
    revision: 0,
  };
}

describe('stage view', () => {
  it('lists case fields once with their values, the rest as not coded', () => {
    const view = buildStageView(stage('case_overview'), [coding('case_overview', 'country', 'mk')], persons);
    expect(view.caseEntries.map((e) => e.field.id)).toContain('country');
    expect(view.caseEntries.find((e) => e.field.id === 'country')?.coding?.value).toBe('mk');
    expect(view.victimGroups).toEqual([]);
    expect(view.coded).toBe(1);
    expect(view.total).toBe(view.caseEntries.length);
  });

  it('groups victim fields per victim code, never per witness, and counts per person', () => {
    const s = stage('victims_identification');
    const view = buildStageView(s, [coding(s.id, 'victim_sex', 'female', 'p-v2')], persons);
    expect(view.victimGroups.map((g) => g.person.code)).toEqual(['V1', 'V2']);
    expect(view.defendantGroups).toEqual([]);
    const perVictim = s.fields.filter((f) => f.scope === 'victim').length;
    expect(view.total).toBe(view.caseEntries.length + 2 * perVictim);
    expect(view.victimGroups[1]?.entries.find((e) => e.field.id === 'victim_sex')?.coding?.value).toBe('female');
    expect(view.victimGroups[0]?.entries.find((e) => e.field.id === 'victim_sex')?.coding).toBeNull();
  });

  it('ignores codings of other stages', () => {
    const view = buildStageView(stage('sentencing'), [coding('case_overview', 'country', 'mk')], persons);
    expect(view.coded).toBe(0);
    expect(view.defendantGroups.map((g) => g.person.code)).toEqual(['D1']);
  });

  it('shows option labels and formatted numbers', () => {
    const fmt = (n: number) => `#${n}`;
    expect(formatCodingValue(field('case_overview', 'country'), 'mk', fmt)).toBe(field('case_overview', 'country').options?.[0]?.label);
    const docs = field('case_overview', 'documents_reviewed');
    expect(formatCodingValue(docs, ['criminal_complaint', 'no_such_option'], fmt)).toBe(`${docs.options?.[0]?.label}; no_such_option`);
    expect(formatCodingValue(field('case_overview', 'number_of_victims'), 3, fmt)).toBe('#3');
    expect(formatCodingValue(field('case_overview', 'fact_summary'), '<b>as typed</b>', fmt)).toBe('<b>as typed</b>');
  });
});
