// The vault's current codebook and its versions, and the one way to change it: every edit is
// sent against the version on screen, so an edit made elsewhere meanwhile is a CONFLICT, after
// which the codebook is reloaded and the reviewer told so.
import { useCallback, useEffect, useState } from 'react';
import type { CodebookChange, CurrentCodebook } from '../../../../shared/codebook/codebook-changes';
import { errorCode, type ClientErrorCode } from '../../api/api-error';
import { dossier } from '../../api/client';

export type Notice = { kind: 'saved'; version: number } | { kind: 'conflict' } | null;

export function useCodebook() {
  const [data, setData] = useState<CurrentCodebook | null>(null);
  const [loadError, setLoadError] = useState<ClientErrorCode | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  const reload = useCallback(async () => {
    try {
      setData(await dossier.codebook.current({}));
      setLoadError(null);
    } catch (err) {
      setLoadError(errorCode(err));
    }
  }, []);

  useEffect(() => {
    let live = true;
    dossier.codebook.current({}).then(
      (current) => live && setData(current),
      (err: unknown) => live && setLoadError(errorCode(err)),
    );
    return () => {
      live = false;
    };
  }, []);

  /**
   * Makes a new version. Resolves once it is saved, or once a conflict was handled by
   * reloading; any other failure is thrown for the dialog to show.
   */
  const apply = useCallback(
    async (changes: CodebookChange[]): Promise<void> => {
      if (!data) return;
      setNotice(null);
      try {
        const next = await dossier.codebook.change({ baseVersion: data.codebook.version, changes });
        setData(next);
        setNotice({ kind: 'saved', version: next.codebook.version });
      } catch (err) {
        if (errorCode(err) !== 'CONFLICT') throw err;
        await reload();
        setNotice({ kind: 'conflict' });
      }
    },
    [data, reload],
  );

  return { data, loadError, notice, apply };
}
