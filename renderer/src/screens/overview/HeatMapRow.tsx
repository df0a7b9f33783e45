import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverviewRow, StageCell } from '../../../../shared/domain/review';
import { formatNumber } from '../../format/format-number';
import { heatLevel, percent, rowCompleteness } from './overview-model';

/** Columns before the stages: ref, title, status, completeness. Enter on them opens the case at its start. */
export const LEAD_COLUMNS = 4;

interface HeatMapRowProps {
  row: OverviewRow;
  index: number;
  stageIds: readonly string[];
  /** The active column in this row, or -1 when the active cell is elsewhere. */
  activeCol: number;
  top: number;
  onOpenCell: (index: number, col: number) => void;
  onFocusCell: (index: number, col: number) => void;
}

// Memoised on plain props, so scrolling re-renders only the rows entering the window.
export const HeatMapRow = memo(function HeatMapRow({ row, index, stageIds, activeCol, top, onOpenCell, onFocusCell }: HeatMapRowProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const total = rowCompleteness(row, stageIds);
  const pct = percent(total.answered, total.applicable);
  const cellProps = (col: number) => ({
    role: 'gridcell',
    tabIndex: col === activeCol ? 0 : -1,
    'data-cell': `${index}:${col}`,
    'aria-colindex': col + 1,
    onClick: () => onOpenCell(index, col),
    onFocus: () => onFocusCell(index, col),
  });
  return (
    <div role="row" className={activeCol >= 0 ? 'review-row review-body-row is-active' : 'review-row review-body-row'} aria-rowindex={index + 2} style={{ transform: `translateY(${top}px)` }}>
      <div {...cellProps(0)} className="review-cell cell-ref">
        {row.ref}
      </div>
      <div {...cellProps(1)} className="review-cell cell-title">
        {row.title || <span className="muted">{t('overview.untitled')}</span>}
      </div>
      <div {...cellProps(2)} className="review-cell">
        <span className={`status status-${row.status}`}>{t(`caseStatus.${row.status}`)}</span>
      </div>
      <div {...cellProps(3)} className="review-cell cell-number">
        {pct === null ? t('overview.notApplicable') : t('overview.percent', { value: formatNumber(pct, lng) })}
        <ProblemMarker problems={total.problems} />
      </div>
      {stageIds.map((stageId, i) => (
        <div key={stageId} {...cellProps(LEAD_COLUMNS + i)} className={`review-cell heat-cell heat-${heatLevel(row.stages[stageId])}`}>
          <StageCellText cell={row.stages[stageId]} />
        </div>
      ))}
    </div>
  );
});

function StageCellText({ cell }: { cell: StageCell | undefined }) {
  const { t, i18n } = useTranslation();
  if (!cell || cell.applicable === 0) {
    return (
      <>
        <span aria-hidden="true">{t('overview.notApplicable')}</span>
        <span className="visually-hidden">{t('overview.notApplicableLong')}</span>
      </>
    );
  }
  const lng = i18n.language;
  return (
    <>
      <span aria-hidden="true">
        {formatNumber(cell.answered, lng)}/{formatNumber(cell.applicable, lng)}
      </span>
      <span className="visually-hidden">{t('overview.cellDescription', { answered: formatNumber(cell.answered, lng), applicable: formatNumber(cell.applicable, lng) })}</span>
      <ProblemMarker problems={cell.problems} />
    </>
  );
}

function ProblemMarker({ problems }: { problems: number }) {
  const { t } = useTranslation();
  if (problems <= 0) return null;
  return (
    <>
      <span className="heat-problem" aria-hidden="true" title={t('overview.problems', { count: problems })}>
        !
      </span>
      <span className="visually-hidden">, {t('overview.problems', { count: problems })}</span>
    </>
  );
}
