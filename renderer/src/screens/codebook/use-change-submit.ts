// The submit step every codebook dialog shares: send the change, keep the dialog open on
// failure, and place the vault's VALIDATION problems next to the controls they name.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodebookChange } from '../../../../shared/codebook/codebook-changes';
import { ApiError } from '../../api/api-error';
import { errorText } from '../../i18n/error-text';
import { serverProblems, type FormProblem } from './form-problems';

export type ApplyChanges = (changes: CodebookChange[]) => Promise<void>;

export function useChangeSubmit(apply: ApplyChanges, onDone: () => void) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fromVault, setFromVault] = useState<FormProblem[]>([]);

  const submit = async (changes: CodebookChange[], controls: ReadonlySet<string>, alias?: (key: string) => string) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    setFromVault([]);
    try {
      await apply(changes);
      onDone();
    } catch (err) {
      setBusy(false);
      if (err instanceof ApiError && err.code === 'VALIDATION' && err.problems.length > 0) {
        const { atControls, general } = serverProblems(err.problems, controls, alias);
        setFromVault(atControls);
        setError(general.length > 0 ? [errorText(t, err), ...general].join(' ') : errorText(t, err));
      } else {
        setError(errorText(t, err));
      }
    }
  };

  /** Problems from the vault are about what was sent: editing a control clears its own. */
  const clearAt = (at: string) => setFromVault((list) => list.filter((p) => p.at !== at));

  return { busy, error, fromVault, submit, clearAt };
}
