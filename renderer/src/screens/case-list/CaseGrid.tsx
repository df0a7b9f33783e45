// The case list as an ARIA grid of rows: one Tab stop (the active row), arrows, Page keys,
// Home/End to move, Enter to open. Virtualised so 10,000 rows scroll smoothly; the active row
// is always kept in the DOM so keyboard focus never falls into a row that was recycled.
import { useCallback, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../../shared/domain/case';
import type { CaseSortKey } from '../../domain/enums';
import { CASE_COLUMNS } from './case-columns';
import { isGridKey, moveActive, type CaseListFilters } from './case-list-query';
import { CaseGridRow } from './CaseGridRow';

/** Must match .grid-body-row's height in app.css. */
const ROW_HEIGHT = 32;

interface CaseGridProps {
  items: CaseSummary[];
  filters: CaseListFilters;
  labelledBy: string;
  activeIndex: number;
  onActiveChange: (index: number) => void;
  onSort: (key: CaseSortKey) => void;
  onOpen: (item: CaseSummary) => void;
  /** Move DOM focus to the active row after the next render (keyboard moves, returning from a case). */
  focusRequest: number;
}

export function CaseGrid({ items, filters, labelledBy, activeIndex, onActiveChange, onSort, onOpen, focusRequest }: CaseGridProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const idPrefix = useId();
  const [keyboardMoves, setKeyboardMoves] = useState(0);
  const active = Math.min(activeIndex, items.length - 1);

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (active >= 0 && !indexes.includes(active)) indexes.push(active);
      return indexes.sort((a, b) => a - b);
    },
    [active],
  );

  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    rangeExtractor,
    getItemKey: (index) => items[index]?.id ?? index,
  });

  // Only a keyboard move or an explicit request moves focus: re-renders from scrolling or a
  // refreshed list must never pull focus away from where the user is.
  // (`active` is read, not listened to: it also changes when a click focuses a row.)
  useLayoutEffect(() => {
    if (focusRequest + keyboardMoves === 0 || active < 0) return;
    virtualizer.scrollToIndex(active, { align: 'auto' });
    scrollRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`)?.focus({ preventScroll: true });
  }, [focusRequest, keyboardMoves, virtualizer]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && active >= 0) {
      const item = items[active];
      if (item) {
        event.preventDefault();
        onOpen(item);
      }
      return;
    }
    if (!isGridKey(event.key)) return;
    const pageSize = Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1;
    const next = moveActive(active, event.key, items.length, pageSize);
    if (next === null) return;
    event.preventDefault();
    onActiveChange(next);
    setKeyboardMoves((n) => n + 1);
  };

  const ariaSort = (key: CaseSortKey | null) => {
    if (!key) return undefined;
    if (filters.sort !== key) return 'none' as const;
    return filters.direction === 'asc' ? ('ascending' as const) : ('descending' as const);
  };

  return (
    <div className="case-grid" role="grid" aria-labelledby={labelledBy} aria-rowcount={items.length + 1} aria-colcount={CASE_COLUMNS.length}>
      <div role="rowgroup" className="grid-head">
        <div role="row" className="grid-row grid-head-row" aria-rowindex={1}>
          {CASE_COLUMNS.map((col) => (
            <div key={col.id} role="columnheader" aria-sort={ariaSort(col.sortKey)} className={col.numeric ? 'cell-number' : undefined}>
              {col.sortKey ? (
                <button type="button" className="sort-button" onClick={() => col.sortKey && onSort(col.sortKey)}>
                  {t(`caseList.column.${col.id}`)}
                  <span className="sort-indicator" aria-hidden="true">
                    {filters.sort === col.sortKey ? (filters.direction === 'asc' ? '▲' : '▼') : ''}
                  </span>
                </button>
              ) : (
                t(`caseList.column.${col.id}`)
              )}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" className="grid-body" ref={scrollRef} onKeyDown={onKeyDown}>
        <div role="presentation" className="grid-spacer" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((v) => {
            const item = items[v.index];
            if (!item) return null;
            return (
              <CaseGridRow
                key={item.id}
                item={item}
                index={v.index}
                rowId={`${idPrefix}-row-${v.index}`}
                active={v.index === active}
                top={v.start}
                onOpen={onOpen}
                onActivate={onActiveChange}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
