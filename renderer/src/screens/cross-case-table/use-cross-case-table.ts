// Loads the current codebook and the table for the chosen fields, and keeps edited cells in
// step. Component state only: nothing about cases is kept outside the vault.
import { useCallback, useEffect, useRef, useState } from 'react';
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

  const tableRef = useRef<CrossCaseTable | null>(null);
  tableRef.current = table;
  const loadedFor = useRef(-1);

  useEffect(() => {
    if (key === '') return;
    const wanted = key.split('\n');
    const current = tableRef.current;
    // A column added or removed changes only that column: at 10,000 cases, reloading all
    // twenty columns for one more would cost seconds (npm run bench).
    const incremental = current !== null && loadedFor.current === reloads;
    const have = new Set(current?.columns.map((c) => c.fieldId));
    const missing = wanted.filter((f) => !have.has(f));
    if (incremental && missing.length === 0) {
      setTable(withColumns(current, current.columns, wanted));
      return;
    }
    let live = true;
    dossier.review.table({ fieldIds: incremental ? missing : wanted }).then(
      (next) => {
        if (!live) return;
        loadedFor.current = reloads;
        setTable(incremental && current ? merged(current, next, wanted) : next);
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

/** The table with its columns in the chosen order (cells of dropped columns are ignored). */
function withColumns(table: CrossCaseTable, known: CrossCaseTable['columns'], wanted: readonly string[]): CrossCaseTable {
  const byId = new Map(known.map((c) => [c.fieldId, c]));
  return { ...table, columns: wanted.flatMap((id) => byId.get(id) ?? []) };
}

/** Adds the freshly loaded columns' cells to the rows already shown. */
function merged(current: CrossCaseTable, added: CrossCaseTable, wanted: readonly string[]): CrossCaseTable {
  const addedRows = new Map(added.rows.map((r) => [r.caseId, r]));
  const rows = current.rows.map((row) => {
    const extra = addedRows.get(row.caseId);
    return extra ? { ...row, cells: { ...row.cells, ...extra.cells } } : row;
  });
  return withColumns({ ...current, rows }, [...current.columns, ...added.columns], wanted);
}
