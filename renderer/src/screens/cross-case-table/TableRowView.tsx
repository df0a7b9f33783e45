import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableRow } from '../../../../shared/domain/review';
import type { FieldColumn } from './table-model';

interface TableRowViewProps {
  row: TableRow;
  texts: readonly string[];
  index: number;
  columns: readonly FieldColumn[];
  /** The active column in this row, or -1. */
  activeCol: number;
  /** The column being edited in this row, or -1; `editor` is rendered in it. */
  editingCol: number;
  editor: ReactNode;
  top: number;
  onFocusCell: (index: number, col: number) => void;
}

// Memoised on plain props: scrolling re-renders only the rows entering the window.
export const TableRowView = memo(function TableRowView({ row, texts, index, columns, activeCol, editingCol, editor, top, onFocusCell }: TableRowViewProps) {
  const { t } = useTranslation();
  const cell = (col: number, className: string, content: ReactNode) => {
    const editing = col === editingCol;
    const classes = ['review-cell', 'table-cell', className, col === activeCol ? 'is-active-cell' : '', editing ? 'is-editing' : ''].filter(Boolean).join(' ');
    return (
      <div
        key={col}
        role="gridcell"
        className={classes}
        tabIndex={col === activeCol && !editing ? 0 : -1}
        aria-colindex={col + 1}
        data-cell={`${index}:${col}`}
        onFocus={(e) => e.target === e.currentTarget && onFocusCell(index, col)}
        onClick={() => onFocusCell(index, col)}
      >
        {editing ? editor : content}
      </div>
    );
  };
  return (
    <div role="row" className={editingCol >= 0 ? 'review-row review-body-row table-body-row has-editor' : 'review-row review-body-row table-body-row'} aria-rowindex={index + 2} style={{ transform: `translateY(${top}px)` }}>
      {cell(0, 'cell-ref table-sticky table-sticky-ref', row.ref)}
      {cell(1, 'cell-title table-sticky table-sticky-title', row.title || <span className="muted">{t('table.untitled')}</span>)}
      {columns.map((c, i) => {
        const text = texts[i + 2] ?? '';
        const numeric = c.field.type === 'number' || c.field.type === 'duration';
        return cell(i + 2, numeric ? 'cell-number' : '', text === '' ? <span className="table-empty" aria-hidden="true">—</span> : <span title={text}>{text}</span>);
      })}
    </div>
  );
});
