import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../../shared/domain/case';
import { formatNumber } from '../../format/format-number';
import { CaseFilters } from './CaseFilters';
import { CaseGrid } from './CaseGrid';
import { hasActiveFilter, toggleSort, type CaseListFilters } from './case-list-query';
import { NewCaseDialog } from './NewCaseDialog';
import { useCaseList } from './use-case-list';

interface CaseListScreenProps {
  filters: CaseListFilters;
  onFiltersChange: (next: CaseListFilters) => void;
  onOpenCase: (id: string) => void;
  /** The case the user came back from: its row is made active and focused. */
  returnedFromId: string | null;
}

export function CaseListScreen({ filters, onFiltersChange, onOpenCase, returnedFromId }: CaseListScreenProps) {
  const { t, i18n } = useTranslation();
  const list = useCaseList(filters);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [activeId, setActiveId] = useState<string | null>(returnedFromId);
  const [focusRequest, setFocusRequest] = useState(0);
  const [creating, setCreating] = useState(false);
  const restored = useRef(false);

  const activeIndex = Math.max(
    0,
    list.items.findIndex((c) => c.id === activeId),
  );

  // Coming back from a case: once its row is loaded, put focus on it; otherwise on the heading.
  useEffect(() => {
    if (restored.current || !list.loaded) return;
    restored.current = true;
    if (returnedFromId && list.items.some((c) => c.id === returnedFromId)) setFocusRequest((n) => n + 1);
    else headingRef.current?.focus();
  }, [list.loaded, list.items, returnedFromId]);

  const onActiveChange = useCallback((index: number) => setActiveId(list.items[index]?.id ?? null), [list.items]);
  const open = useCallback((item: CaseSummary) => onOpenCase(item.id), [onOpenCase]);
  const lng = i18n.language;
  const filtered = hasActiveFilter(filters);

  return (
    <main className="case-list">
      <div className="page-header">
        <h1 id={headingId} ref={headingRef} tabIndex={-1}>
          {t('caseList.title')}
        </h1>
        <p className="count" role="status" aria-live="polite">
          {list.loaded &&
            (filtered
              ? t('caseList.countFiltered', { count: list.overall, shown: formatNumber(list.total, lng), overall: formatNumber(list.overall, lng) })
              : t('caseList.count', { count: list.overall, overall: formatNumber(list.overall, lng) }))}
        </p>
        <span className="page-header-spacer" />
        <button type="button" className="button-primary" onClick={() => setCreating(true)}>
          {t('caseList.newCase')}
        </button>
      </div>
      <CaseFilters filters={filters} onChange={onFiltersChange} />
      {list.error && (
        <p className="message message-error" role="alert">
          {t(`errors.${list.error}`)}{' '}
          <button type="button" className="button-link" onClick={list.reload}>
            {t('common.retry')}
          </button>
        </p>
      )}
      {list.complete && list.total > list.items.length && <p className="message message-info">{t('caseList.truncated', { shown: formatNumber(list.items.length, lng) })}</p>}
      {list.loaded && list.items.length === 0 ? (
        <p className="empty">{filtered ? t('caseList.noMatch') : t('caseList.empty')}</p>
      ) : (
        <CaseGrid
          items={list.items}
          filters={filters}
          labelledBy={headingId}
          activeIndex={activeIndex}
          onActiveChange={onActiveChange}
          onSort={(key) => onFiltersChange(toggleSort(filters, key))}
          onOpen={open}
          focusRequest={focusRequest}
        />
      )}
      {creating && <NewCaseDialog onClose={() => setCreating(false)} onCreated={(created) => onOpenCase(created.id)} />}
    </main>
  );
}
