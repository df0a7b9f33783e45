import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../../../shared/domain/case';
import { CASE_STATUSES } from '../../domain/enums';
import type { OverviewFilters } from './overview-model';

interface OverviewToolbarProps {
  filters: OverviewFilters;
  onChange: (next: OverviewFilters) => void;
}

function isStatus(value: string): value is CaseStatus {
  return (CASE_STATUSES as readonly string[]).includes(value);
}

export function OverviewToolbar({ filters, onChange }: OverviewToolbarProps) {
  const { t } = useTranslation();
  const searchId = useId();
  const statusId = useId();
  return (
    <div className="filters review-toolbar">
      <div className="field filter-search" role="search">
        <label htmlFor={searchId}>{t('overview.search')}</label>
        <input
          id={searchId}
          type="search"
          value={filters.text}
          maxLength={200}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => onChange({ ...filters, text: e.target.value })}
        />
      </div>
      <div className="field review-status-filter">
        <label htmlFor={statusId}>{t('overview.status')}</label>
        <select id={statusId} value={filters.status} onChange={(e) => onChange({ ...filters, status: isStatus(e.target.value) ? e.target.value : '' })}>
          <option value="">{t('overview.allStatuses')}</option>
          {CASE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`caseStatus.${status}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
