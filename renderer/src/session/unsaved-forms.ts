// Dialogs with typed but unsubmitted input (a new case, a pasted document, an identity edit).
// Their text is not kept across a lock (unlike memo drafts it may be very long, or personal
// data), so the lock screen must not claim that everything was saved: the count taken at the
// moment of locking lets it say plainly what was lost.
import { useEffect, useId } from 'react';

const dirty = new Set<string>();

export function unsavedFormCount(): number {
  return dirty.size;
}

/** Marks the calling form as holding unsubmitted input while `isDirty` is true. */
export function useUnsavedForm(isDirty: boolean): void {
  const id = useId();
  useEffect(() => {
    if (isDirty) dirty.add(id);
    else dirty.delete(id);
    return () => {
      dirty.delete(id);
    };
  }, [id, isDirty]);
}
