import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../../shared/domain/case';
import { isCountry } from '../../domain/enums';
import { formatDateTime } from '../../format/format-date';
import { formatNumber } from '../../format/format-number';

interface CaseGridRowProps {
  item: CaseSummary;
  index: number;
  active: boolean;
  rowId: string;
  /** Offset from the top of the list, in pixels (the virtualiser's position for this row). */
  top: number;
  onOpen: (item: CaseSummary) => void;
  onActivate: (index: number) => void;
}

/** One case: codes and counts only, never a person's name (USERS.md). */
// Memoised with plain props only, so scrolling re-renders just the rows that enter the window.
export const CaseGridRow = memo(function CaseGridRow({ item, index, active, rowId, top, onOpen, onActivate }: CaseGridRowProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <div
      role="row"
      id={rowId}
      className={active ? 'grid-row grid-body-row is-active' : 'grid-row grid-body-row'}
      aria-rowindex={index + 2}
      aria-selected={active}
      tabIndex={active ? 0 : -1}
      data-index={index}
      style={{ transform: `translateY(${top}px)` }}
      onClick={() => onOpen(item)}
      onFocus={() => onActivate(index)}
    >
      <div role="gridcell" className="cell-ref">
        {item.ref}
      </div>
      <div role="gridcell" className="cell-title">
        {item.title || <span className="muted">{t('caseList.untitled')}</span>}
      </div>
      <div role="gridcell">
        <span className={`status status-${item.status}`}>{t(`caseStatus.${item.status}`)}</span>
      </div>
      <div role="gridcell">{isCountry(item.country) ? t(`country.${item.country}`) : (item.country ?? '—')}</div>
      <div role="gridcell" className="cell-number">
        {formatNumber(item.victims, lng)}
      </div>
      <div role="gridcell" className="cell-number">
        {formatNumber(item.defendants, lng)}
      </div>
      <div role="gridcell">{formatDateTime(item.updatedAt, lng)}</div>
    </div>
  );
});
