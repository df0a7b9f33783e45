// zxcvbn-ts, loaded only when the first-run screen needs it: its dictionaries are large and
// the unlock screen, shown every morning, should not wait for them. Feedback comes back as
// zxcvbn's translation keys (no translations are passed), so i18next words it.
import type { StrengthScore } from './passphrase-rules';

export interface StrengthEstimate {
  score: StrengthScore;
  /** zxcvbn warning key, e.g. "commonNames"; null when there is nothing to warn about. */
  warning: string | null;
  /** zxcvbn suggestion keys, e.g. "anotherWord". */
  suggestions: string[];
}

export type Estimator = (passphrase: string, userInputs: readonly string[]) => StrengthEstimate;

let loading: Promise<Estimator> | null = null;

export function loadEstimator(): Promise<Estimator> {
  loading ??= (async () => {
    const [{ ZxcvbnFactory }, common, en] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
    ]);
    const zxcvbn = new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary },
      graphs: common.adjacencyGraphs,
      useLevenshteinDistance: true,
    });
    return (passphrase, userInputs) => {
      const result = zxcvbn.check(passphrase, [...userInputs]);
      return {
        score: result.score as StrengthScore,
        warning: result.feedback.warning || null,
        suggestions: result.feedback.suggestions,
      };
    };
  })();
  // A failed load (it cannot fail offline, the chunk is local) must not stick forever.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
