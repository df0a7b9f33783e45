import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_STATUSES, COUNTRIES } from '../../domain/enums';
import { DEFAULT_FILTERS, hasActiveFilter, toggleIn, type CaseListFilters } from './case-list-query';

interface CaseFiltersProps {
  filters: CaseListFilters;
  onChange: (next: CaseListFilters) => void;
}

export function CaseFilters({ filters, onChange }: CaseFiltersProps) {
  const { t } = useTranslation();
  const searchId = useId();
  const hintId = useId();
  return (
    <div className="filters">
      <div className="field filter-search" role="search">
        <label htmlFor={searchId}>{t('caseList.search')}</label>
        <input
          id={searchId}
          type="search"
          value={filters.text}
          maxLength={200}
          onChange={(e) => onChange({ ...filters, text: e.target.value })}
          aria-describedby={hintId}
          spellCheck={false}
          autoComplete="off"
        />
        <p id={hintId} className="field-hint">
          {t('caseList.searchHint')}
        </p>
      </div>
      <fieldset className="filter-group">
        <legend>{t('caseList.status')}</legend>
        {CASE_STATUSES.map((status) => (
          <label key={status} className="chip">
            <input
              type="checkbox"
              checked={filters.statuses.includes(status)}
              onChange={() => onChange({ ...filters, statuses: toggleIn(filters.statuses, status) })}
            />
            {t(`caseStatus.${status}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="filter-group">
        <legend>{t('caseList.country')}</legend>
        {COUNTRIES.map((country) => (
          <label key={country} className="chip">
            <input
              type="checkbox"
              checked={filters.countries.includes(country)}
              onChange={() => onChange({ ...filters, countries: toggleIn(filters.countries, country) })}
            />
            {t(`country.${country}`)}
          </label>
        ))}
      </fieldset>
      {hasActiveFilter(filters) && (
        <button type="button" className="button-link" onClick={() => onChange({ ...DEFAULT_FILTERS, sort: filters.sort, direction: filters.direction })}>
          {t('caseList.clearFilters')}
        </button>
      )}
    </div>
  );
}
