import { useTranslation } from 'react-i18next';

const LEVELS = ['none', 'low', 'mid', 'high', 'full'] as const;

/** The colour scale in words, so colour is never the only carrier of meaning. */
export function HeatLegend() {
  const { t } = useTranslation();
  return (
    <ul className="heat-legend" aria-label={t('overview.legend')}>
      {LEVELS.map((level) => (
        <li key={level}>
          <span className={`heat-swatch heat-${level}`} aria-hidden="true" />
          {t(`overview.level.${level}`)}
        </li>
      ))}
      <li>
        <span className="heat-swatch heat-na" aria-hidden="true" />
        {t('overview.notApplicable')}: {t('overview.notApplicableLong')}
      </li>
      <li>
        <span className="heat-problem" aria-hidden="true">
          !
        </span>
        {t('overview.problemMarker')}
      </li>
    </ul>
  );
}
