import { useTranslation } from 'react-i18next';
import type { StrengthEstimate } from '../strength/strength-estimator';
import { isSuggestionKey, isWarningKey } from '../strength/zxcvbn-keys';

interface StrengthMeterProps {
  id: string;
  estimate: StrengthEstimate | null;
  /** The estimator's dictionaries are still loading. */
  loading: boolean;
}

/** zxcvbn's 0-4 score as a bar and a word, with its feedback in the interface language. */
export function StrengthMeter({ id, estimate, loading }: StrengthMeterProps) {
  const { t } = useTranslation();
  const suggestions = estimate?.suggestions.filter(isSuggestionKey) ?? [];
  const warning = estimate && isWarningKey(estimate.warning) ? estimate.warning : null;
  return (
    <div className="strength" id={id}>
      <div className={`strength-bar strength-${estimate?.score ?? 'none'}`} aria-hidden="true">
        <div className="strength-fill" />
      </div>
      <p className="strength-word">
        {t('strength.label')}{' '}
        <strong>
          {loading ? t('strength.loading') : estimate ? t(`strength.score.${estimate.score}`) : t('strength.none')}
        </strong>
        {estimate && <span className="muted"> ({t('strength.outOf', { score: estimate.score })})</span>}
      </p>
      {warning && <p className="strength-warning">{t(`strength.warning.${warning}`)}</p>}
      {suggestions.length > 0 && (
        <ul className="strength-suggestions">
          {suggestions.map((key) => (
            <li key={key}>{t(`strength.suggestion.${key}`)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
