import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTable, type Updater } from '@tanstack/react-table';
import { observeElementRect, useVirtualizer, type Rect } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { caseColumns, caseTableFeatures, headerKey, sortColumn, sortOfColumn, type CaseRow, type CaseTable } from './caseColumns';
import { firstDirection, type CasesStore } from './casesStore';

export const ROW_HEIGHT = 36;
const OVERSCAN = 4;
/** Within this many rows of the last loaded one, the next page is fetched. */
const LOAD_AHEAD = 15;
/** The viewport assumed until layout measures one (and in environments without layout). */
const FALLBACK_RECT: Rect = { width: 1200, height: 600 };
const MIN_WIDTH = 60;
const MAX_WIDTH = 800;
const RESIZE_STEP = 16;

const apply = <T,>(updater: Updater<T>, old: T): T => (typeof updater === 'function' ? (updater as (old: T) => T)(old) : updater);

function ResizeHandle({ table, columnId, size, onResizeStart }: { table: CaseTable; columnId: string; size: number; onResizeStart: (event: unknown) => void }) {
  const { t } = useTranslation();
  const resize = (delta: number) =>
    table.setColumnSizing((old) => ({ ...old, [columnId]: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, size + delta)) }));
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={t('cases.resize', { column: t(headerKey[columnId] ?? columnId) })}
      aria-valuenow={Math.round(size)}
      aria-valuemin={MIN_WIDTH}
      aria-valuemax={MAX_WIDTH}
      tabIndex={0}
      className="resize-handle"
      onMouseDown={onResizeStart}
      onTouchStart={onResizeStart}
      onClick={(e) => e.stopPropagation()}
      onDoubleClick={() => table.getColumn(columnId)?.resetSize()}
      onKeyDown={(e) => {
        if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
          e.preventDefault();
          resize(e.key === 'ArrowLeft' ? -RESIZE_STEP : RESIZE_STEP);
        }
      }}
    />
  );
}

/**
 * The case rows as a table (explicit roles: CSS grid layout must not cost the table semantics): TanStack Table v9 for columns, sizing and selection, TanStack
 * Virtual so the DOM holds only the rows in view (plus overscan) however many cases match. Rows
 * come page by page from the store; nearing the last loaded row fetches the next page.
 */
export function CaseGrid({ store, labelledBy, describedBy, onOpen }: { store: CasesStore; labelledBy: string; describedBy: string; onOpen?: ((caseId: string) => void) | undefined }) {
  const { t } = useTranslation();
  const rows = useStore(store, (s) => s.rows);
  const next = useStore(store, (s) => s.next);
  const loading = useStore(store, (s) => s.loading);
  const total = useStore(store, (s) => s.total);
  const sort = useStore(store, (s) => s.sort);
  const direction = useStore(store, (s) => s.direction);
  const selection = useStore(store, (s) => s.selection);
  const columnSizing = useStore(store, (s) => s.columnSizing);
  const sorting = useMemo(() => [{ id: sortColumn[sort], desc: direction === 'desc' }], [sort, direction]);

  const table = useTable({
    features: caseTableFeatures,
    columns: caseColumns,
    data: rows,
    getRowId: (row) => row.id,
    defaultColumn: { minSize: MIN_WIDTH, maxSize: MAX_WIDTH, enableSorting: false },
    state: { sorting, rowSelection: selection, columnSizing },
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    onSortingChange: (updater) => {
      const [first] = apply(updater, sorting);
      const nextSort = first && sortOfColumn[first.id];
      if (nextSort) void store.getState().setSort(nextSort, first.desc ? 'desc' : 'asc');
    },
    enableRowSelection: true,
    enableMultiRowSelection: true,
    enableRowRangeSelection: true,
    isRowRangeSelectionEvent: (e) => Boolean((e as { shiftKey?: boolean }).shiftKey),
    onRowSelectionChange: (updater) => store.getState().setSelection(apply(updater, store.getState().selection)),
    enableColumnResizing: true,
    columnResizeMode: 'onChange',
    onColumnSizingChange: (updater) => store.getState().setColumnSizing(apply(updater, store.getState().columnSizing)),
  });

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLTableRowElement>({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    initialRect: FALLBACK_RECT,
    // No layout yet (or none at all, as in jsdom): assume a typical viewport rather than show nothing.
    observeElementRect: (instance, cb) => observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : FALLBACK_RECT)),
  });
  const items = virtualizer.getVirtualItems();
  const lastShown = items.length ? items[items.length - 1]!.index : -1;

  useEffect(() => {
    if (next && !loading && lastShown >= rows.length - 1 - LOAD_AHEAD) void store.getState().loadMore();
  }, [lastShown, rows.length, next, loading, store]);

  // Roving focus: one row is in the tab order; arrows move it.
  const [active, setActive] = useState(0);
  const focusPending = useRef(false);
  const current = Math.min(active, Math.max(0, rows.length - 1));
  useEffect(() => {
    if (!focusPending.current) return;
    // The row may render only once the scroll to it has been seen: keep trying until it is there.
    const target = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${current}"]`);
    if (!target) return;
    focusPending.current = false;
    target.focus();
  });
  const moveTo = (index: number) => {
    const target = Math.max(0, Math.min(rows.length - 1, index));
    focusPending.current = true;
    setActive(target);
    scrollIntoView(target);
  };
  /** Scrolls just enough to show a row below the sticky header (by arithmetic: rows have one height). */
  const scrollIntoView = (index: number) => {
    const element = scrollRef.current;
    if (!element) return;
    const height = element.clientHeight || FALLBACK_RECT.height;
    const top = index * ROW_HEIGHT; // from the end of the header row
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + 2 * ROW_HEIGHT > element.scrollTop + height) element.scrollTop = top + 2 * ROW_HEIGHT - height;
    else return;
    // Without layout (jsdom) no scroll event follows; the virtualizer must still see the new offset.
    if (element.scrollHeight === 0) element.dispatchEvent(new Event('scroll'));
  };
  const pageRows = Math.max(1, Math.floor((virtualizer.scrollRect?.height ?? FALLBACK_RECT.height) / ROW_HEIGHT) - 1);

  const onRowKey = (event: KeyboardEvent<HTMLTableRowElement>, row: CaseRow, index: number) => {
    if (event.target !== event.currentTarget) return; // keys inside a cell's control stay there
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + pageRows, PageUp: index - pageRows, Home: 0, End: rows.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      moveTo(moves[event.key]!);
    } else if (event.key === ' ') {
      event.preventDefault();
      row.toggleSelected();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onOpen?.(row.original.id);
    }
  };

  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const width = table.getTotalSize();
  return (
    <div className="case-grid-scroll" ref={scrollRef}>
      <table role="table" className="case-grid" aria-labelledby={labelledBy} aria-describedby={describedBy} aria-rowcount={Math.max(total, rows.length) + 1} style={{ width }}>
        <thead role="rowgroup">
          <tr role="row" aria-rowindex={1}>
            {headers.map((header) => {
              const sortable = sortOfColumn[header.column.id];
              const sorted = header.column.getIsSorted();
              return (
                <th key={header.id} role="columnheader" scope="col" style={{ width: header.getSize() }} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}>
                  {sortable ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() => void store.getState().setSort(sortable, sort === sortable ? (direction === 'asc' ? 'desc' : 'asc') : firstDirection[sortable])}
                    >
                      <table.FlexRender header={header} />
                      <span aria-hidden="true" className="sort-arrow">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                      </span>
                    </button>
                  ) : (
                    <span className="header-text">
                      <table.FlexRender header={header} />
                    </span>
                  )}
                  {header.column.getCanResize() && <ResizeHandle table={table} columnId={header.column.id} size={header.getSize()} onResizeStart={header.getResizeHandler()} />}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = table.getRowModel().rows[item.index];
            if (!row) return null;
            const selected = row.getIsSelected();
            return (
              <tr
                key={row.id}
                role="row"
                data-index={item.index}
                data-case-number={row.original.number}
                aria-rowindex={item.index + 2}
                aria-selected={selected}
                tabIndex={item.index === current ? 0 : -1}
                className={`${selected ? 'selected ' : ''}${onOpen ? 'clickable' : ''}`}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT, width }}
                onFocus={() => setActive(item.index)}
                onClick={(e) => {
                  if (e.ctrlKey || e.metaKey) row.toggleSelected();
                  else onOpen?.(row.original.id);
                }}
                onKeyDown={(e) => onRowKey(e, row, item.index)}
              >
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} role="cell" style={{ width: cell.column.getSize() }}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {next && loading && rows.length > 0 && (
        <p className="loading-more muted" role="status">
          {t('cases.loadingMore')}
        </p>
      )}
    </div>
  );
}
