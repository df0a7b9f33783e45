// The cases × stages heat map as an ARIA grid with a roving tabindex: one Tab stop (the
// active cell), arrows / Page / Home / End to move, Enter or a click to open the case at that
// stage. Rows are virtualised; the active row always stays rendered so focus never falls into
// a recycled row.
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { CodebookStage } from '../../../../shared/codebook/codebook-schema';
import type { OverviewRow } from '../../../../shared/domain/review';
import type { CodebookText } from '../../codebook/codebook-text';
import { isCellKey, moveCell, type CellPos } from './grid-move';
import { HeatMapRow, LEAD_COLUMNS } from './HeatMapRow';
import { abbreviate } from './overview-model';

/** Must match .review-body-row's height and .review-head-row's in review.css. */
const ROW_HEIGHT = 32;
const HEAD_HEIGHT = 40;

interface HeatMapGridProps {
  rows: OverviewRow[];
  stages: readonly CodebookStage[];
  text: CodebookText;
  labelledBy: string;
  describedBy: string;
  active: CellPos;
  onActiveChange: (pos: CellPos) => void;
  onOpen: (row: OverviewRow, stageId: string | null) => void;
}

export function HeatMapGrid({ rows, stages, text, labelledBy, describedBy, active, onActiveChange, onOpen }: HeatMapGridProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [keyboardMoves, setKeyboardMoves] = useState(0);
  const stageIds = useMemo(() => stages.map((s) => s.id), [stages]);
  const cols = LEAD_COLUMNS + stages.length;
  const activeRow = Math.min(active.row, rows.length - 1);

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeRow >= 0 && !indexes.includes(activeRow)) indexes.push(activeRow);
      return indexes.sort((a, b) => a - b);
    },
    [activeRow],
  );

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin: HEAD_HEIGHT,
    rangeExtractor,
    getItemKey: (index) => rows[index]?.caseId ?? index,
  });

  // Only a keyboard move pulls focus: re-renders from scrolling or a reload never do.
  useLayoutEffect(() => {
    if (keyboardMoves === 0 || activeRow < 0) return;
    virtualizer.scrollToIndex(activeRow, { align: 'auto' });
    scrollRef.current?.querySelector<HTMLElement>(`[data-cell="${activeRow}:${active.col}"]`)?.focus({ preventScroll: false });
  }, [keyboardMoves, virtualizer]);

  const open = useCallback(
    (index: number, col: number) => {
      const row = rows[index];
      if (row) onOpen(row, col >= LEAD_COLUMNS ? (stageIds[col - LEAD_COLUMNS] ?? null) : null);
    },
    [rows, stageIds, onOpen],
  );
  const focusCell = useCallback((row: number, col: number) => onActiveChange({ row, col }), [onActiveChange]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && activeRow >= 0) {
      event.preventDefault();
      open(activeRow, active.col);
      return;
    }
    if (!isCellKey(event.key)) return;
    const pageSize = Math.floor(((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) - HEAD_HEIGHT) / ROW_HEIGHT) - 1;
    const next = moveCell({ row: activeRow, col: active.col }, event.key, rows.length, cols, pageSize, event.ctrlKey || event.metaKey);
    if (!next) return;
    event.preventDefault();
    onActiveChange(next);
    setKeyboardMoves((n) => n + 1);
  };

  const template = `130px minmax(180px, 1fr) 112px 96px repeat(${stages.length}, 76px)`;
  const lead = ['ref', 'title', 'status', 'complete'] as const;

  return (
    <div
      className="review-grid"
      role="grid"
      ref={scrollRef}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      aria-rowcount={rows.length + 1}
      aria-colcount={cols}
      style={{ ['--review-columns' as string]: template }}
      onKeyDown={onKeyDown}
    >
      <div role="rowgroup" className="review-head">
        <div role="row" className="review-row review-head-row" aria-rowindex={1}>
          {lead.map((id, i) => (
            <div key={id} role="columnheader" aria-colindex={i + 1} className="review-cell">
              {t(`overview.column.${id}`)}
            </div>
          ))}
          {stages.map((stage, i) => {
            const label = text.stageLabel(stage);
            return (
              <div key={stage.id} role="columnheader" aria-colindex={LEAD_COLUMNS + i + 1} className="review-cell heat-head" title={label} lang={text.lang}>
                <span aria-hidden="true">{abbreviate(label)}</span>
                <span className="visually-hidden">{label}</span>
              </div>
            );
          })}
        </div>
      </div>
      <div role="rowgroup" className="review-spacer" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((v) => {
          const row = rows[v.index];
          if (!row) return null;
          return (
            <HeatMapRow
              key={row.caseId}
              row={row}
              index={v.index}
              stageIds={stageIds}
              activeCol={v.index === activeRow ? active.col : -1}
              top={v.start - HEAD_HEIGHT}
              onOpenCell={open}
              onFocusCell={focusCell}
            />
          );
        })}
      </div>
    </div>
  );
}
