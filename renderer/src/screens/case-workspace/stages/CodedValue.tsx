import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodebookField } from '../../../../../shared/codebook/codebook-schema';
import type { Coding } from '../../../../../shared/domain/coding';
import { formatNumber } from '../../../format/format-number';
import { formatCodingValue } from './stage-view';

const KNOWN_UNITS = ['years', 'persons', 'months', 'interviews', 'days', 'hearings', 'times'] as const;
type KnownUnit = (typeof KNOWN_UNITS)[number];

function isKnownUnit(unit: string | undefined): unit is KnownUnit {
  return unit !== undefined && (KNOWN_UNITS as readonly string[]).includes(unit);
}

/**
 * One coded value, read-only. Fields the codebook marks as direct personal data (file numbers,
 * "victim as referred to in the file", summaries) stay hidden until asked for (USERS.md:
 * names only where asked for).
 */
export function CodedValue({ field, coding }: { field: CodebookField; coding: Coding | null }) {
  const { t, i18n } = useTranslation();
  const [revealed, setRevealed] = useState(false);
  if (!coding) return <span className="not-coded">{t('stage.notCoded')}</span>;

  const lng = i18n.language;
  const text = formatCodingValue(field, coding.value, (n) => formatNumber(n, lng));
  const withUnit =
    typeof coding.value === 'number' && field.unit
      ? isKnownUnit(field.unit)
        ? t(`unit.${field.unit}`, { count: coding.value, value: text })
        : `${text} ${field.unit}`
      : text;

  if (field.personal !== 'direct') return <span className="coded-value">{withUnit}</span>;
  return (
    <span className="coded-value">
      {revealed ? withUnit : <span className="masked">{t('stage.personalHidden')}</span>}{' '}
      <button type="button" className="button-small" onClick={() => setRevealed((r) => !r)} aria-label={t(revealed ? 'stage.hideValue' : 'stage.showValue', { field: field.label })}>
        {revealed ? t('common.hide') : t('common.show')}
      </button>
    </span>
  );
}
