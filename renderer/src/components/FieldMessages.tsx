import { useId } from 'react';

/**
 * The ids that tie a field's hint and error to it for screen readers, shared by every labelled
 * field so they describe themselves the same way.
 */
export function useFieldIds(hint: string | undefined, error: string | null | undefined, extraDescribedBy?: string) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null, extraDescribedBy ?? null].filter(Boolean).join(' ');
  return { id, hintId, errorId, describedBy: describedBy || undefined };
}

/** The hint under a field, and its error (announced). */
export function FieldMessages({ hint, error, hintId, errorId }: { hint?: string | undefined; error?: string | null | undefined; hintId: string; errorId: string }) {
  return (
    <>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
