// Issue 4 §4: the review at a glance, cases × stages of the current codebook, coloured by
// completeness (with the numbers as text, so colour is never the only signal).
import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverviewRow } from '../../../../shared/domain/review';
import { codebookText } from '../../codebook/codebook-text';
import { useSession } from '../../session/session-context';
import '../../styles/review.css';
import type { CellPos } from './grid-move';
import { HeatLegend } from './HeatLegend';
import { HeatMapGrid } from './HeatMapGrid';
import { LEAD_COLUMNS } from './HeatMapRow';
import { DEFAULT_OVERVIEW_FILTERS, filterOverviewRows, summarise, type OverviewFilters } from './overview-model';
import { OverviewSummaryLine } from './OverviewSummaryLine';
import { OverviewToolbar } from './OverviewToolbar';
import { useReviewOverview } from './use-review-overview';

interface ReviewOverviewScreenProps {
  /** Opens the case at that stage (a click on a heat-map cell). */
  onOpenCase: (caseId: string, stageId: string | null) => void;
}

export function ReviewOverviewScreen({ onOpenCase }: ReviewOverviewScreenProps) {
  const { t } = useTranslation();
  const { settings } = useSession();
  const data = useReviewOverview();
  const headingId = useId();
  const introId = useId();
  const [filters, setFilters] = useState<OverviewFilters>(DEFAULT_OVERVIEW_FILTERS);
  // The active cell starts on the first stage of the first case: where work usually begins.
  const [active, setActive] = useState<CellPos>({ row: 0, col: LEAD_COLUMNS });

  const overview = data.overview;
  const codebook = data.codebook;
  const stages = useMemo(() => {
    if (!codebook || !overview) return [];
    return overview.stageIds.flatMap((id) => codebook.stages.filter((s) => s.id === id));
  }, [codebook, overview]);
  const text = useMemo(() => (codebook ? codebookText(codebook, settings.codebookLanguage) : null), [codebook, settings.codebookLanguage]);
  const rows = useMemo(() => (overview ? filterOverviewRows(overview.rows, filters) : []), [overview, filters]);
  const summary = useMemo(() => (overview ? summarise(overview.rows, overview.stageIds) : null), [overview]);
  const open = useCallback((row: OverviewRow, stageId: string | null) => onOpenCase(row.caseId, stageId), [onOpenCase]);

  return (
    <main className="review-screen">
      <div className="page-header">
        <h1 id={headingId} tabIndex={-1}>
          {t('overview.title')}
        </h1>
        {summary && <OverviewSummaryLine summary={summary} shown={rows.length} />}
      </div>
      <p id={introId} className="muted review-intro">
        {t('overview.intro')}
      </p>
      <OverviewToolbar
        filters={filters}
        onChange={(next) => {
          setFilters(next);
          setActive((pos) => ({ ...pos, row: 0 }));
        }}
      />
      <HeatLegend />
      {data.error && (
        <p className="message message-error" role="alert">
          {t(`errors.${data.error}`)}{' '}
          <button type="button" className="button-link" onClick={data.reload}>
            {t('common.retry')}
          </button>
        </p>
      )}
      {!overview || !text ? (
        !data.error && <p className="muted">{t('overview.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="empty">{overview.rows.length === 0 ? t('overview.empty') : t('overview.noMatch')}</p>
      ) : (
        <HeatMapGrid rows={rows} stages={stages} text={text} labelledBy={headingId} describedBy={introId} active={active} onActiveChange={setActive} onOpen={open} />
      )}
    </main>
  );
}
