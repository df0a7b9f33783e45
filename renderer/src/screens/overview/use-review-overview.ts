// Loads the heat map's data: the overview rows and the current codebook (for stage labels).
// Held in component state only; it goes with the screen (and with the vault on lock).
import { useEffect, useState } from 'react';
import type { Codebook } from '../../../../shared/codebook/codebook-schema';
import type { ReviewOverview } from '../../../../shared/domain/review';
import { errorCode, type ClientErrorCode } from '../../api/api-error';
import { dossier, subscribe } from '../../api/client';

export interface ReviewOverviewState {
  overview: ReviewOverview | null;
  codebook: Codebook | null;
  error: ClientErrorCode | null;
  reload: () => void;
}

export function useReviewOverview(): ReviewOverviewState {
  const [overview, setOverview] = useState<ReviewOverview | null>(null);
  const [codebook, setCodebook] = useState<Codebook | null>(null);
  const [error, setError] = useState<ClientErrorCode | null>(null);
  const [reloads, setReloads] = useState(0);

  useEffect(() => subscribe('cases:changed', () => setReloads((n) => n + 1)), []);

  useEffect(() => {
    let live = true;
    Promise.all([dossier.review.overview({}), dossier.codebook.current({})]).then(
      ([nextOverview, current]) => {
        if (!live) return;
        setOverview(nextOverview);
        setCodebook(current.codebook);
        setError(null);
      },
      (err: unknown) => {
        if (live) setError(errorCode(err));
      },
    );
    // An older answer arriving late must not replace a newer one.
    return () => {
      live = false;
    };
  }, [reloads]);

  return { overview, codebook, error, reload: () => setReloads((n) => n + 1) };
}
