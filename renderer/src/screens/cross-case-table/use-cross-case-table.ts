// Loads the current codebook and the table for the chosen fields, and keeps edited cells in
// step. Component state only: nothing about cases is kept outside the vault.
import { useCallback, useEffect, useState } from 'react';
import type { Codebook } from '../../../../shared/codebook/codebook-schema';
import type { CrossCaseTable, TableCell } from '../../../../shared/domain/review';
import { errorCode, type ClientErrorCode } from '../../api/api-error';
import { dossier } from '../../api/client';

export interface CrossCaseTableState {
  codebook: Codebook | null;
  table: CrossCaseTable | null;
  error: ClientErrorCode | null;
  reload: () => void;
  /** Replaces one cell of one row, after a save or a reload of that value. */
  patchCell: (caseId: string, fieldId: string, cell: TableCell) => void;
}

export function useCodebook(): { codebook: Codebook | null; error: ClientErrorCode | null } {
  const [codebook, setCodebook] = useState<Codebook | null>(null);
  const [error, setError] = useState<ClientErrorCode | null>(null);
  useEffect(() => {
    let live = true;
    dossier.codebook.current({}).then(
      (current) => live && setCodebook(current.codebook),
      (err: unknown) => live && setError(errorCode(err)),
    );
    return () => {
      live = false;
    };
  }, []);
  return { codebook, error };
}

export function useCrossCaseTable(fieldIds: readonly string[]): Omit<CrossCaseTableState, 'codebook'> {
  const [table, setTable] = useState<CrossCaseTable | null>(null);
  const [error, setError] = useState<ClientErrorCode | null>(null);
  const [reloads, setReloads] = useState(0);
  const key = fieldIds.join('\n');

  useEffect(() => {
    if (key === '') return;
    let live = true;
    dossier.review.table({ fieldIds: key.split('\n') }).then(
      (next) => {
        if (!live) return;
        setTable(next);
        setError(null);
      },
      (err: unknown) => live && setError(errorCode(err)),
    );
    // A slower answer for an older column choice must not replace a newer one.
    return () => {
      live = false;
    };
  }, [key, reloads]);

  const patchCell = useCallback((caseId: string, fieldId: string, cell: TableCell) => {
    setTable((current) => {
      if (!current) return current;
      return { ...current, rows: current.rows.map((row) => (row.caseId === caseId ? { ...row, cells: { ...row.cells, [fieldId]: cell } } : row)) };
    });
  }, []);

  return { table, error, reload: () => setReloads((n) => n + 1), patchCell };
}
