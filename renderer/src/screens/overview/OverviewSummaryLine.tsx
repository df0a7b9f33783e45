import { useTranslation } from 'react-i18next';
import { CASE_STATUSES } from '../../domain/enums';
import { formatNumber } from '../../format/format-number';
import type { OverviewSummary } from './overview-model';

/** "120 cases: 40 Not started, … Overall 37 % complete." Announced politely when it changes. */
export function OverviewSummaryLine({ summary, shown }: { summary: OverviewSummary; shown: number }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const statuses = CASE_STATUSES.map((status) => t('overview.statusCount', { count: summary.byStatus[status], status: t(`caseStatus.${status}`) })).join(', ');
  const pct = summary.percent === null ? t('overview.noPercent') : t('overview.percent', { value: summary.percent });
  return (
    <p className="count review-summary" role="status" aria-live="polite">
      {t('overview.summary', { count: summary.total, formatted: formatNumber(summary.total, lng), statuses, percent: pct })}
      {shown !== summary.total && <> {t('overview.shown', { shown: formatNumber(shown, lng), total: formatNumber(summary.total, lng) })}</>}
    </p>
  );
}
