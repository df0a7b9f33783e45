// Issue 4 §5: any fields of the current codebook side by side across every case, sortable,
// filterable, and editable in place for case-scoped values.
import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableRow } from '../../../../shared/domain/review';
import { codebookText } from '../../codebook/codebook-text';
import { formatNumber } from '../../format/format-number';
import { errorText } from '../../i18n/error-text';
import { useSession } from '../../session/session-context';
import '../../styles/review.css';
import { parseDraft, type Draft, type ReadOnlyReason } from './cell-edit';
import { ColumnPicker } from './ColumnPicker';
import { saveCell } from './save-cell';
import { TableGrid } from './TableGrid';
import { buildTexts, DEFAULT_SORT, defaultFieldIds, FIXED_COLUMNS, fieldColumns, toggleTableSort, viewOrder, type CellLabels, type FieldColumn, type TableSort } from './table-model';
import { useCodebook, useCrossCaseTable } from './use-cross-case-table';

interface CrossCaseTableScreenProps {
  onOpenCase: (caseId: string, stageId: string | null) => void;
}

export function CrossCaseTableScreen({ onOpenCase }: CrossCaseTableScreenProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { settings } = useSession();
  const { codebook, error: codebookError } = useCodebook();
  const [chosen, setChosen] = useState<string[] | null>(null);
  const fieldIds = useMemo(() => chosen ?? (codebook ? defaultFieldIds(codebook) : []), [chosen, codebook]);
  const data = useCrossCaseTable(fieldIds);
  const headingId = useId();
  const introId = useId();
  const [sort, setSort] = useState<TableSort>(DEFAULT_SORT);
  const [filters, setFilters] = useState<Record<string, string>>({});
  const [announcement, setAnnouncement] = useState('');

  const text = useMemo(() => (codebook ? codebookText(codebook, settings.codebookLanguage) : null), [codebook, settings.codebookLanguage]);
  // Columns follow the table actually loaded, so texts and cells always agree.
  const columns = useMemo(() => (codebook && data.table ? fieldColumns(codebook, data.table.columns.map((c) => c.fieldId)) : []), [codebook, data.table]);
  const labels = useMemo<CellLabels | null>(
    () =>
      text && {
        unknown: t('table.unknown'),
        option: (field, id) => (id === 'unknown' ? t('table.unknown') : text.optionLabel(field, id)),
        number: (value) => formatNumber(value, lng),
        unit: (field) => text.unit(field),
      },
    [text, t, lng],
  );
  const rows = data.table?.rows;
  const texts = useMemo(() => (rows && labels ? buildTexts(rows, columns, labels) : []), [rows, columns, labels]);
  const columnKeys = useMemo(() => ['ref', 'title', ...columns.map((c) => c.field.id)], [columns]);
  const filterList = useMemo(() => columnKeys.map((k) => filters[k] ?? ''), [columnKeys, filters]);
  const order = useMemo(() => (rows ? viewOrder(rows, texts, columns, filterList, sort, lng) : []), [rows, texts, columns, filterList, sort, lng]);

  const columnLabel = useCallback((col: number) => {
    if (col === 0) return t('table.column.ref');
    if (col === 1) return t('table.column.title');
    const c = columns[col - FIXED_COLUMNS];
    return c && text ? text.fieldLabel(c.field) : '';
  }, [columns, text, t]);

  const onCommit = useCallback(
    async (row: TableRow, column: FieldColumn, draft: Draft): Promise<string | null> => {
      const parsed = parseDraft(column.field, draft);
      if (parsed.kind === 'invalid') {
        const { code, ...params } = parsed.problem;
        return t(`table.problem.${code}`, params);
      }
      const cell = row.cells[column.field.id];
      const revision = cell?.kind === 'case' ? cell.revision : null;
      const outcome = await saveCell({ caseId: row.caseId, stageId: column.stage.id, field: column.field, revision }, parsed);
      if (outcome.kind === 'failed') return errorText(t, outcome.err);
      data.patchCell(row.caseId, column.field.id, outcome.cell);
      if (outcome.kind === 'conflict') return t('table.conflict');
      const label = text ? text.fieldLabel(column.field) : column.field.id;
      setAnnouncement(t(outcome.cleared ? 'table.cleared' : 'table.saved', { column: label, ref: row.ref }));
      return null;
    },
    [t, text, data],
  );

  const onReadOnly = useCallback(
    (_row: TableRow, col: number, reason: ReadOnlyReason | 'fixed') => {
      setAnnouncement(reason === 'fixed' ? t('table.readOnly.fixed') : t(`table.readOnly.${reason}`, { column: columnLabel(col) }));
    },
    [t, columnLabel],
  );

  const error = codebookError ?? data.error;
  const total = rows?.length ?? 0;
  const filtered = filterList.some((f) => f.trim() !== '');

  return (
    <main className="review-screen">
      <div className="page-header">
        <h1 id={headingId} tabIndex={-1}>
          {t('table.title')}
        </h1>
        {rows && (
          <p className="count">
            {filtered ? t('table.countFiltered', { shown: formatNumber(order.length, lng), total: formatNumber(total, lng) }) : t('table.count', { count: total, formatted: formatNumber(total, lng) })}
          </p>
        )}
      </div>
      <p id={introId} className="muted review-intro">
        {t('table.intro')}
      </p>
      <div className="table-toolbar">
        {codebook && text && (
          <ColumnPicker
            codebook={codebook}
            text={text}
            selected={fieldIds}
            onChange={(ids) => {
              setChosen(ids);
              setSort((s) => (s.col >= FIXED_COLUMNS ? DEFAULT_SORT : s));
            }}
          />
        )}
        {filtered && (
          <button type="button" className="button-link" onClick={() => setFilters({})}>
            {t('table.clearFilters')}
          </button>
        )}
        <p className="muted review-intro" role="status" aria-live="polite">
          {announcement}
        </p>
      </div>
      {error && (
        <p className="message message-error" role="alert">
          {t(`errors.${error}`)}{' '}
          <button type="button" className="button-link" onClick={data.reload}>
            {t('common.retry')}
          </button>
        </p>
      )}
      {!rows || !text || !labels ? (
        !error && <p className="muted">{t('table.loading')}</p>
      ) : total === 0 ? (
        <p className="empty">{t('table.empty')}</p>
      ) : (
        <>
          {order.length === 0 && <p className="empty">{t('table.noMatch')}</p>}
          <TableGrid
            rows={rows}
            texts={texts}
            order={order}
            columns={columns}
            text={text}
            sort={sort}
            filters={filterList}
            labelledBy={headingId}
            describedBy={introId}
            onSort={(col) => setSort((s) => toggleTableSort(s, col))}
            onFilter={(col, value) => setFilters((f) => ({ ...f, [columnKeys[col] ?? '']: value }))}
            onOpen={(row, stageId) => onOpenCase(row.caseId, stageId)}
            onReadOnly={onReadOnly}
            onCommit={onCommit}
            editLabel={(row, column) => t('table.editLabel', { column: text.fieldLabel(column.field), ref: row.ref })}
            optionLabel={(column, id) => labels.option(column.field, id)}
          />
        </>
      )}
    </main>
  );
}
