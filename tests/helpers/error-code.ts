import { isDossierError } from '../../shared/errors';

/** The DossierError code `fn` throws, or 'no error'; any other exception propagates. */
export function errorCodeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (isDossierError(err)) return err.code;
    throw err;
  }
  return 'no error';
}
