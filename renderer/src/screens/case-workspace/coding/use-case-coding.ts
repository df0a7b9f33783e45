// The coding state of one open case: its values, autosave, undo and redo, and what the
// codebook derives and checks (issue 4 §2-3). Values are applied at once on screen and saved
// through session/coding-drafts, so a lock or a slow save never loses an entry; every save
// names the revision it saw, so a value changed in another window is detected, not overwritten.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Codebook, CodebookField } from '../../../../../shared/codebook/codebook-schema';
import { evaluateCase, recordKey, type CaseEvaluation } from '../../../../../shared/codebook/evaluate-case';
import type { CodingValue } from '../../../../../shared/codebook/validate-value';
import type { Annotation } from '../../../../../shared/domain/annotation';
import type { Coding } from '../../../../../shared/domain/coding';
import type { PersonSummary } from '../../../../../shared/domain/person';
import { dossier } from '../../../api/client';
import { noteRevision, noteRevisions, saveCoding } from '../../../session/coding-drafts';
import { sameValue } from './same-value';

export interface UndoEntry {
  stageId: string;
  fieldId: string;
  personId: string | null;
  before: CodingValue | null;
  after: CodingValue | null;
}

/** What the form says about one value besides its own checks. */
export type FieldNotice =
  | { kind: 'saving' }
  | { kind: 'pending' }
  | { kind: 'conflict'; mine: CodingValue | null }
  | { kind: 'refused'; message: string };

export interface CaseCoding {
  evaluation: CaseEvaluation;
  valueOf(fieldId: string, personId: string | null): CodingValue | null;
  codingOf(fieldId: string, personId: string | null): Coding | null;
  notice(fieldId: string, personId: string | null): FieldNotice | null;
  commit(stageId: string, field: CodebookField, personId: string | null, value: CodingValue | null): Promise<boolean>;
  /** Replaces the annotated passages a value cites (issue 4 §6); the value must exist. */
  cite(stageId: string, fieldId: string, personId: string | null, evidence: string[]): Promise<boolean>;
  /** The case's annotated passages by id, for showing what a value cites. */
  annotations: ReadonlyMap<string, Annotation>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  canUndo: boolean;
  canRedo: boolean;
  /** The last save's state for the status line: null before any save in this view. */
  lastSave: 'saving' | 'saved' | 'failed' | null;
}

export function useCaseCoding(
  caseId: string,
  codebook: Codebook,
  initial: readonly Coding[],
  persons: readonly PersonSummary[],
  onCodingsChange: (codings: Coding[]) => void,
): CaseCoding {
  const [codings, setCodings] = useState<Map<string, Coding>>(() => toMap(initial));
  const [notices, setNotices] = useState<Map<string, FieldNotice>>(new Map());
  const [undoStack, setUndoStack] = useState<UndoEntry[]>([]);
  const [redoStack, setRedoStack] = useState<UndoEntry[]>([]);
  const [lastSave, setLastSave] = useState<CaseCoding['lastSave']>(null);
  const [annotations, setAnnotations] = useState<ReadonlyMap<string, Annotation>>(new Map());
  const codingsRef = useRef(codings);
  codingsRef.current = codings;
  const onChangeRef = useRef(onCodingsChange);
  onChangeRef.current = onCodingsChange;

  // The revisions as loaded; later `initial` arrays are this hook's own echoes (optimistic
  // values included) and must not overwrite what the saves learn.
  const loaded = useRef(initial);
  useEffect(() => noteRevisions(caseId, loaded.current), [caseId]);

  useEffect(() => {
    let live = true;
    dossier.annotations.listForCase({ caseId }).then(
      (list) => live && setAnnotations(new Map(list.map((a) => [a.id, a]))),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [caseId]);

  const evaluation = useMemo(
    () =>
      evaluateCase(
        codebook,
        [...codings.values()].map((c) => ({ fieldId: c.fieldId, personId: c.personId, value: c.value })),
        persons.map((p) => ({ id: p.id, role: p.role, code: p.code })),
      ),
    [codebook, codings, persons],
  );

  const setNotice = (key: string, notice: FieldNotice | null) =>
    setNotices((prev) => {
      const next = new Map(prev);
      if (notice) next.set(key, notice);
      else next.delete(key);
      return next;
    });

  const apply = useCallback((change: (map: Map<string, Coding>) => void) => {
    const next = new Map(codingsRef.current);
    change(next);
    codingsRef.current = next;
    setCodings(next);
    onChangeRef.current([...next.values()]);
  }, []);

  const reloadAfterConflict = useCallback(async () => {
    const fresh = await dossier.codings.list({ caseId });
    noteRevisions(caseId, fresh);
    apply((map) => {
      map.clear();
      for (const [k, v] of toMap(fresh)) map.set(k, v);
    });
  }, [apply, caseId]);

  const write = useCallback(
    async (stageId: string, fieldId: string, personId: string | null, value: CodingValue | null): Promise<boolean> => {
      const key = recordKey(fieldId, personId);
      const before = codingsRef.current.get(key) ?? null;
      // Shown at once: the reviewer never waits for the vault to see what they chose.
      apply((map) => {
        if (value === null) map.delete(key);
        else map.set(key, optimistic(before, { caseId, stageId, fieldId, personId, value }));
      });
      setNotice(key, { kind: 'saving' });
      setLastSave('saving');
      const outcome = await saveCoding({ caseId, stageId, fieldId, personId, value, expectedRevision: before?.revision ?? null });
      if (outcome.kind === 'saved') {
        apply((map) => {
          if (outcome.coding) map.set(key, outcome.coding);
          else map.delete(key);
        });
        setNotice(key, null);
        setLastSave('saved');
        return true;
      }
      setLastSave('failed');
      if (outcome.code === 'CONFLICT') {
        await reloadAfterConflict();
        setNotice(key, { kind: 'conflict', mine: value });
      } else if (outcome.code === 'LOCKED' || outcome.code === 'UNAVAILABLE') {
        setNotice(key, { kind: 'pending' });
      } else {
        apply((map) => {
          if (before) map.set(key, before);
          else map.delete(key);
        });
        setNotice(key, { kind: 'refused', message: outcome.message });
      }
      return false;
    },
    [apply, caseId, reloadAfterConflict],
  );

  const commit = useCallback(
    async (stageId: string, field: CodebookField, personId: string | null, value: CodingValue | null) => {
      const before = codingsRef.current.get(recordKey(field.id, personId))?.value ?? null;
      if (sameValue(before, value)) return true;
      const saved = await write(stageId, field.id, personId, value);
      if (saved) {
        setUndoStack((s) => [...s.slice(-199), { stageId, fieldId: field.id, personId, before, after: value }]);
        setRedoStack([]);
      }
      return saved;
    },
    [write],
  );

  const cite = useCallback(
    async (stageId: string, fieldId: string, personId: string | null, evidence: string[]) => {
      const key = recordKey(fieldId, personId);
      const current = codingsRef.current.get(key);
      if (!current) return false;
      setLastSave('saving');
      try {
        const saved = await dossier.codings.set({ caseId, stageId, fieldId, personId, value: current.value, evidence, expectedRevision: current.revision });
        noteRevision(saved);
        apply((map) => map.set(key, saved));
        setLastSave('saved');
        return true;
      } catch {
        setLastSave('failed');
        await reloadAfterConflict();
        return false;
      }
    },
    [apply, caseId, reloadAfterConflict],
  );

  const undo = useCallback(async () => {
    const entry = undoStack.at(-1);
    if (!entry) return;
    setUndoStack((s) => s.slice(0, -1));
    if (await write(entry.stageId, entry.fieldId, entry.personId, entry.before)) setRedoStack((s) => [...s, entry]);
  }, [undoStack, write]);

  const redo = useCallback(async () => {
    const entry = redoStack.at(-1);
    if (!entry) return;
    setRedoStack((s) => s.slice(0, -1));
    if (await write(entry.stageId, entry.fieldId, entry.personId, entry.after)) setUndoStack((s) => [...s, entry]);
  }, [redoStack, write]);

  return {
    evaluation,
    valueOf: (fieldId, personId) => codings.get(recordKey(fieldId, personId))?.value ?? null,
    codingOf: (fieldId, personId) => codings.get(recordKey(fieldId, personId)) ?? null,
    notice: (fieldId, personId) => notices.get(recordKey(fieldId, personId)) ?? null,
    commit,
    cite,
    annotations,
    undo,
    redo,
    canUndo: undoStack.length > 0,
    canRedo: redoStack.length > 0,
    lastSave,
  };
}

function toMap(codings: readonly Coding[]): Map<string, Coding> {
  return new Map(codings.map((c) => [recordKey(c.fieldId, c.personId), c]));
}

function optimistic(
  before: Coding | null,
  t: { caseId: string; stageId: string; fieldId: string; personId: string | null; value: CodingValue },
): Coding {
  const now = new Date().toISOString();
  return before
    ? { ...before, value: t.value }
    : { id: '', ...t, note: null, evidence: [], codebookVersion: 0, coderId: '', createdAt: now, updatedAt: now, revision: 0 };
}
