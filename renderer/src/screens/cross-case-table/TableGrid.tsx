// The cross-case table as a spreadsheet-like ARIA grid: one Tab stop (the active cell),
// arrows / Home / End / Page keys to move, Enter or F2 to edit a case value in place,
// Ctrl+Enter to open the case. Rows are virtualised (the active and the edited row stay
// rendered); ref and title stay in view when scrolling sideways.
import { useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import type { TableRow } from '../../../../shared/domain/review';
import type { CodebookText } from '../../codebook/codebook-text';
import { isCellKey, moveCell, type CellPos } from '../overview/grid-move';
import { draftFor, readOnlyReason, type Draft, type ReadOnlyReason } from './cell-edit';
import { CellEditor, type CommitMove } from './CellEditor';
import { TableHeader } from './TableHeader';
import { FIXED_COLUMNS, type FieldColumn, type TableSort } from './table-model';
import { TableRowView } from './TableRowView';

/** Must match .review-body-row's height in review.css. */
const ROW_HEIGHT = 32;

interface TableGridProps {
  rows: readonly TableRow[];
  texts: readonly string[][];
  /** Indexes into rows, in the order shown. */
  order: readonly number[];
  columns: readonly FieldColumn[];
  text: CodebookText;
  sort: TableSort;
  filters: readonly string[];
  labelledBy: string;
  describedBy: string;
  onSort: (col: number) => void;
  onFilter: (col: number, value: string) => void;
  onOpen: (row: TableRow, stageId: string | null) => void;
  onReadOnly: (row: TableRow, col: number, reason: ReadOnlyReason | 'fixed') => void;
  onCommit: (row: TableRow, column: FieldColumn, draft: Draft) => Promise<string | null>;
  editLabel: (row: TableRow, column: FieldColumn) => string;
  optionLabel: (column: FieldColumn, optionId: string) => string;
}

export function TableGrid(props: TableGridProps) {
  const { rows, texts, order, columns, text, sort, filters, labelledBy, describedBy, onSort, onFilter, onOpen, onReadOnly, onCommit, editLabel, optionLabel } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLDivElement>(null);
  const [headHeight, setHeadHeight] = useState(76);
  const [active, setActive] = useState<CellPos>({ row: 0, col: FIXED_COLUMNS });
  const [editing, setEditing] = useState<CellPos | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const cols = FIXED_COLUMNS + columns.length;
  const activeRow = Math.min(active.row, order.length - 1);
  const activeCol = Math.min(active.col, cols - 1);

  useLayoutEffect(() => {
    const height = headRef.current?.offsetHeight;
    if (height && height !== headHeight) setHeadHeight(height);
  }, [columns, headHeight]);

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      for (const keep of [activeRow, editing?.row ?? -1]) if (keep >= 0 && keep < order.length && !indexes.includes(keep)) indexes.push(keep);
      return indexes.sort((a, b) => a - b);
    },
    [activeRow, editing, order.length],
  );

  const virtualizer = useVirtualizer({
    count: order.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    scrollMargin: headHeight,
    rangeExtractor,
    getItemKey: (index) => rows[order[index] ?? -1]?.caseId ?? index,
  });

  // Focus follows only keyboard moves and a closed editor, never scrolling or a reload.
  useLayoutEffect(() => {
    if (focusTick === 0 || activeRow < 0) return;
    virtualizer.scrollToIndex(activeRow, { align: 'auto' });
    scrollRef.current?.querySelector<HTMLElement>(`[data-cell="${activeRow}:${activeCol}"]`)?.focus();
  }, [focusTick, virtualizer]);

  const focusCell = useCallback((row: number, col: number) => setActive({ row, col }), []);
  const rowAt = (viewIndex: number): TableRow | undefined => rows[order[viewIndex] ?? -1];

  const startEditing = (viewIndex: number, col: number) => {
    const row = rowAt(viewIndex);
    if (!row) return;
    const column = columns[col - FIXED_COLUMNS];
    if (!column) {
      onReadOnly(row, col, 'fixed');
      return;
    }
    const reason = readOnlyReason(column.field, row.cells[column.field.id]);
    if (reason) onReadOnly(row, col, reason);
    else setEditing({ row: viewIndex, col });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (editing || activeRow < 0) return;
    const row = rowAt(activeRow);
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (row) onOpen(row, columns[activeCol - FIXED_COLUMNS]?.stage.id ?? null);
      return;
    }
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      startEditing(activeRow, activeCol);
      return;
    }
    if (!isCellKey(event.key)) return;
    const pageSize = Math.floor(((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) - headHeight) / ROW_HEIGHT) - 1;
    const next = moveCell({ row: activeRow, col: activeCol }, event.key, order.length, cols, pageSize, event.ctrlKey || event.metaKey);
    if (!next) return;
    event.preventDefault();
    setActive(next);
    setFocusTick((n) => n + 1);
  };

  const closeEditor = (move: CommitMove | 'cancel') => {
    setEditing(null);
    if (move === 'right') setActive((pos) => ({ row: pos.row, col: Math.min(pos.col + 1, cols - 1) }));
    setFocusTick((n) => n + 1);
  };

  const editorFor = (viewIndex: number): { col: number; node: ReactNode } => {
    if (!editing || editing.row !== viewIndex) return { col: -1, node: null };
    const row = rowAt(viewIndex);
    const column = columns[editing.col - FIXED_COLUMNS];
    const cell = column && row?.cells[column.field.id];
    if (!row || !column || !cell || cell.kind !== 'case') return { col: -1, node: null };
    return {
      col: editing.col,
      node: (
        <CellEditor
          key={`${row.caseId}:${column.field.id}`}
          field={column.field}
          initial={draftFor(column.field, cell.value)}
          label={editLabel(row, column)}
          optionLabel={(id) => optionLabel(column, id)}
          onCancel={() => closeEditor('cancel')}
          onCommit={async (draft, move) => {
            const problem = await onCommit(row, column, draft);
            if (problem === null) closeEditor(move);
            return problem;
          }}
        />
      ),
    };
  };

  const template = `130px 220px repeat(${columns.length}, 190px)`;

  return (
    <div
      className="review-grid"
      role="grid"
      ref={scrollRef}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      aria-rowcount={order.length + 1}
      aria-colcount={cols}
      style={{ ['--review-columns' as string]: template }}
    >
      <div ref={headRef} className="review-head">
        <TableHeader columns={columns} text={text} sort={sort} filters={filters} onSort={onSort} onFilter={onFilter} />
      </div>
      <div role="rowgroup" className="review-spacer" style={{ height: virtualizer.getTotalSize() }} onKeyDown={onKeyDown}>
        {virtualizer.getVirtualItems().map((v) => {
          const dataIndex = order[v.index];
          const row = dataIndex === undefined ? undefined : rows[dataIndex];
          if (!row || dataIndex === undefined) return null;
          const editor = editorFor(v.index);
          return (
            <TableRowView
              key={row.caseId}
              row={row}
              texts={texts[dataIndex] ?? []}
              index={v.index}
              columns={columns}
              activeCol={v.index === activeRow ? activeCol : -1}
              editingCol={editor.col}
              editor={editor.node}
              top={v.start - headHeight}
              onFocusCell={focusCell}
            />
          );
        })}
      </div>
    </div>
  );
}
