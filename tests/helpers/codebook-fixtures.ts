import type { CodebookChange } from '../../shared/codebook/codebook-changes';

/** A new single-choice case field, the edit most codebook tests start from. */
export const addField: Extract<CodebookChange, { op: 'add_field' }> = {
  op: 'add_field',
  stageId: 'case_overview',
  field: {
    id: 'interpreter_used',
    type: 'single_choice',
    scope: 'case',
    personal: null,
    sensitive: false,
    label: 'Interpreter used',
    help: 'Whether the court used an interpreter.',
    options: [
      { id: 'yes', label: 'Yes' },
      { id: 'no', label: 'No' },
    ],
  },
};
