import { useEffect, useRef } from 'react';
import {
  columnResizingFeature,
  columnSizingFeature,
  createColumnHelper,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  type Row,
  type Table,
} from '@tanstack/react-table';
import type { CaseSort, CaseStatus, CaseSummary, Channel } from '../../../shared/schemas/case';
import type { Category, Priority } from '../../../shared/schemas/domainTerms';
import { slaStateOf } from '../../../shared/domain/slaState';
import { formatAt } from '../../ui/formatSpan';
import { useCellEnv } from './cellEnv';

/**
 * Sizing and resizing (drag or keyboard), row selection (checkboxes, shift-click ranges) and
 * sorting state. Sorting is manual: the store asks main for rows in the chosen order.
 */
export const caseTableFeatures = tableFeatures({ columnSizingFeature, columnResizingFeature, rowSelectionFeature, rowSortingFeature });
export type CaseTableFeatures = typeof caseTableFeatures;
export type CaseTable = Table<CaseTableFeatures, CaseSummary>;
export type CaseRow = Row<CaseTableFeatures, CaseSummary>;

const helper = createColumnHelper<CaseTableFeatures, CaseSummary>();

/** The column that shows each server-side sort, and back. */
export const sortColumn: Record<CaseSort, string> = { updatedAt: 'updatedAt', createdAt: 'createdAt', resolutionDue: 'resolutionDueAt' };
export const sortOfColumn: Record<string, CaseSort | undefined> = { updatedAt: 'updatedAt', createdAt: 'createdAt', resolutionDueAt: 'resolutionDue' };

/** Translation key of each column's header (also names its resize handle). */
export const headerKey: Record<string, string> = {
  number: 'caseList.columns.number',
  customerName: 'caseList.columns.customer',
  customerPhoneMasked: 'caseList.columns.phone',
  channel: 'caseList.columns.channel',
  subject: 'caseList.columns.subject',
  status: 'caseList.columns.status',
  priority: 'cases.columns.priority',
  category: 'cases.columns.category',
  assigneeName: 'cases.columns.assignee',
  createdAt: 'cases.columns.createdAt',
  updatedAt: 'caseList.columns.updatedAt',
  resolutionDueAt: 'cases.columns.resolutionDue',
};

function Header({ id }: { id: string }) {
  const { t } = useCellEnv();
  return <>{t(headerKey[id] ?? id)}</>;
}

function SelectAll({ table }: { table: CaseTable }) {
  const { t } = useCellEnv();
  const ref = useRef<HTMLInputElement>(null);
  const all = table.getIsAllRowsSelected();
  const some = table.getIsSomeRowsSelected();
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some && !all;
  }, [some, all]);
  return <input ref={ref} type="checkbox" aria-label={t('cases.selectAll')} checked={all} disabled={table.getRowModel().rows.length === 0} onChange={table.getToggleAllRowsSelectedHandler()} />;
}

function SelectRow({ row }: { row: CaseRow }) {
  const { t } = useCellEnv();
  return (
    <input
      type="checkbox"
      aria-label={t('cases.selectRow', { number: row.original.number })}
      checked={row.getIsSelected()}
      tabIndex={-1}
      // The click (mouse or Space) carries shiftKey for range selection; the row must not open.
      onClick={(e) => {
        e.stopPropagation();
        row.getToggleSelectedHandler()(e);
      }}
      onChange={() => undefined}
    />
  );
}

function ChannelCell({ value }: { value: Channel }) {
  const { t } = useCellEnv();
  return <>{t(`channels.${value}`)}</>;
}

function StatusCell({ value }: { value: CaseStatus }) {
  const { t } = useCellEnv();
  return <span className={`status status-${value}`}>{t(`statuses.${value}`)}</span>;
}

function PriorityCell({ value }: { value: Priority }) {
  const { t } = useCellEnv();
  return <span className={`priority priority-${value}`}>{t(`cases.priorities.${value}`)}</span>;
}

function CategoryCell({ value }: { value: Category | null }) {
  const { t } = useCellEnv();
  return value ? <>{t(`cases.categories.${value}`)}</> : <span className="muted">{t('cases.noCategory')}</span>;
}

function AssigneeCell({ value }: { value: string | null }) {
  const { t } = useCellEnv();
  return value ? <>{value}</> : <span className="muted">{t('cases.unassigned')}</span>;
}

function TimeCell({ value }: { value: number }) {
  const { language } = useCellEnv();
  return <time dateTime={new Date(value).toISOString()}>{formatAt(value, language)}</time>;
}

function DueCell({ row }: { row: CaseSummary }) {
  const { t, now } = useCellEnv();
  if (row.resolutionDueAt === null) return <span className="muted">{t('cases.noDue')}</span>;
  const sla = slaStateOf(row, now());
  return (
    <>
      <TimeCell value={row.resolutionDueAt} />
      {sla && sla !== 'onTrack' && <span className={`sla-badge sla-${sla}`}>{t(`cases.sla.${sla}`)}</span>}
    </>
  );
}

/** Column definitions for the case list, kept apart from the component that renders them. */
export const caseColumns = helper.columns([
  helper.display({ id: 'select', size: 40, enableResizing: false, header: ({ table }) => <SelectAll table={table} />, cell: ({ row }) => <SelectRow row={row} /> }),
  helper.accessor('number', { size: 210, header: () => <Header id="number" /> }),
  helper.accessor('customerName', { size: 110, header: () => <Header id="customerName" /> }),
  helper.accessor('customerPhoneMasked', { size: 120, header: () => <Header id="customerPhoneMasked" /> }),
  helper.accessor('channel', { size: 100, header: () => <Header id="channel" />, cell: (info) => <ChannelCell value={info.getValue()} /> }),
  helper.accessor('subject', { size: 260, header: () => <Header id="subject" /> }),
  helper.accessor('status', { size: 100, header: () => <Header id="status" />, cell: (info) => <StatusCell value={info.getValue()} /> }),
  helper.accessor('priority', { size: 80, header: () => <Header id="priority" />, cell: (info) => <PriorityCell value={info.getValue()} /> }),
  helper.accessor('category', { size: 120, header: () => <Header id="category" />, cell: (info) => <CategoryCell value={info.getValue()} /> }),
  helper.accessor('assigneeName', { size: 110, header: () => <Header id="assigneeName" />, cell: (info) => <AssigneeCell value={info.getValue()} /> }),
  helper.accessor('createdAt', { size: 150, enableSorting: true, sortDescFirst: true, header: () => <Header id="createdAt" />, cell: (info) => <TimeCell value={info.getValue()} /> }),
  helper.accessor('updatedAt', { size: 150, enableSorting: true, sortDescFirst: true, header: () => <Header id="updatedAt" />, cell: (info) => <TimeCell value={info.getValue()} /> }),
  helper.accessor('resolutionDueAt', { size: 220, enableSorting: true, sortDescFirst: false, header: () => <Header id="resolutionDueAt" />, cell: (info) => <DueCell row={info.row.original} /> }),
]);
