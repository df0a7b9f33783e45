// Saving one case value from the table, with the revision the table showed: a value changed
// elsewhere meanwhile is never overwritten blindly (CONFLICT), and its newer value is fetched.
import type { CodebookField } from '../../../../shared/codebook/codebook-schema';
import type { TableCell } from '../../../../shared/domain/review';
import { errorCode } from '../../api/api-error';
import { dossier } from '../../api/client';
import type { ParsedDraft } from './cell-edit';

export type SaveOutcome = { kind: 'saved'; cell: TableCell; cleared: boolean } | { kind: 'conflict'; cell: TableCell } | { kind: 'failed'; err: unknown };

interface SaveTarget {
  caseId: string;
  stageId: string;
  field: CodebookField;
  revision: number | null;
}

export async function saveCell(target: SaveTarget, parsed: Exclude<ParsedDraft, { kind: 'invalid' }>): Promise<SaveOutcome> {
  const where = { caseId: target.caseId, stageId: target.stageId, fieldId: target.field.id, personId: null };
  try {
    if (parsed.kind === 'clear') {
      await dossier.codings.clear({ ...where, expectedRevision: target.revision });
      return { kind: 'saved', cell: { kind: 'case', value: null, revision: null }, cleared: true };
    }
    const coding = await dossier.codings.set({ ...where, value: parsed.value, expectedRevision: target.revision });
    return { kind: 'saved', cell: { kind: 'case', value: coding.value, revision: coding.revision }, cleared: false };
  } catch (err) {
    if (errorCode(err) !== 'CONFLICT') return { kind: 'failed', err };
    try {
      return { kind: 'conflict', cell: await currentCell(target) };
    } catch (reloadErr) {
      return { kind: 'failed', err: reloadErr };
    }
  }
}

async function currentCell(target: SaveTarget): Promise<TableCell> {
  const codings = await dossier.codings.list({ caseId: target.caseId });
  const coding = codings.find((c) => c.stageId === target.stageId && c.fieldId === target.field.id && c.personId === null);
  return coding ? { kind: 'case', value: coding.value, revision: coding.revision } : { kind: 'case', value: null, revision: null };
}
