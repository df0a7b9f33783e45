import { useTranslation } from 'react-i18next';
import type { CodebookText } from '../../codebook/codebook-text';
import type { FieldColumn, TableSort } from './table-model';

interface TableHeaderProps {
  columns: readonly FieldColumn[];
  text: CodebookText;
  sort: TableSort;
  filters: readonly string[];
  onSort: (col: number) => void;
  onFilter: (col: number, value: string) => void;
}

/** Sort buttons (Enter or a click) and a contains-filter per column. */
export function TableHeader({ columns, text, sort, filters, onSort, onFilter }: TableHeaderProps) {
  const { t } = useTranslation();
  const heads = [
    { key: 'ref', label: t('table.column.ref'), title: t('table.column.ref'), badge: null, lang: undefined, className: 'table-sticky table-sticky-ref' },
    { key: 'title', label: t('table.column.title'), title: t('table.column.title'), badge: null, lang: undefined, className: 'table-sticky table-sticky-title' },
    ...columns.map((c) => ({
      key: c.field.id,
      label: text.fieldLabel(c.field),
      title: `${text.stageLabel(c.stage)}: ${text.fieldLabel(c.field)}`,
      badge: c.field.derived ? t('table.computed') : c.field.scope !== 'case' ? t('table.perPerson') : null,
      lang: text.lang,
      className: '',
    })),
  ];
  return (
    <div role="rowgroup">
      <div role="row" className="review-row review-head-row table-head-row" aria-rowindex={1}>
        {heads.map((head, col) => {
          const sorted = sort.col === col;
          return (
            <div
              key={head.key}
              role="columnheader"
              aria-colindex={col + 1}
              aria-sort={sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
              className={`review-cell table-head-cell ${head.className}`}
              title={head.title}
            >
              <button type="button" className="sort-button" onClick={() => onSort(col)}>
                <span lang={head.lang}>{head.label}</span>
                <span className="sort-indicator" aria-hidden="true">
                  {sorted ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                </span>
              </button>
              {head.badge && <span className="table-readonly">{head.badge}</span>}
              <input
                type="search"
                className="table-filter"
                aria-label={t('table.filterColumn', { column: head.label })}
                value={filters[col] ?? ''}
                maxLength={200}
                spellCheck={false}
                autoComplete="off"
                onChange={(e) => onFilter(col, e.target.value)}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
