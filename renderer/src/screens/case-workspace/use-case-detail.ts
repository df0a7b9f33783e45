import { useCallback, useEffect, useState } from 'react';
import type { Codebook } from '../../../../shared/codebook/codebook-schema';
import type { CaseDetail } from '../../../../shared/domain/case-detail';
import { errorCode, type ClientErrorCode } from '../../api/api-error';
import { dossier } from '../../api/client';

export interface CaseDetailState {
  detail: CaseDetail | null;
  codebook: Codebook | null;
  error: ClientErrorCode | null;
}

/** The case in one round trip (cases:get) plus the codebook it is coded under. */
export function useCaseDetail(caseId: string) {
  const [state, setState] = useState<CaseDetailState>({ detail: null, codebook: null, error: null });
  const [loads, setLoads] = useState(0);

  useEffect(() => {
    let live = true;
    Promise.all([dossier.cases.get({ id: caseId }), dossier.codebook.get({ caseId })]).then(
      ([detail, codebook]) => live && setState({ detail, codebook, error: null }),
      (err: unknown) => live && setState((s) => ({ ...s, error: errorCode(err) })),
    );
    return () => {
      live = false;
    };
  }, [caseId, loads]);

  const reload = useCallback(() => setLoads((n) => n + 1), []);
  /** Applies a change the vault has already confirmed, without another round trip. */
  const update = useCallback((change: (detail: CaseDetail) => CaseDetail) => {
    setState((s) => (s.detail ? { ...s, detail: change(s.detail) } : s));
  }, []);

  return { ...state, reload, update };
}
