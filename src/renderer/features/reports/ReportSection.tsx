import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cellKind, type ReportTable } from '../../../shared/reports/reportDocument';
import { formatCell } from '../../../shared/reports/reportFormat';
import type { Locale } from '../../../shared/schemas/settings';
import { ReportChart } from './ReportChart';

const FIRST_ROWS = 10;
const MORE_ROWS = 200;

/** One section of the shift report: its chart and its table (long lists shown a page at a time). */
/** Sections with long tables take the whole width; the others sit two to a row. */
const wide = new Set(['byAgent', 'breaches', 'topIssues', 'reopened', 'overdueReturns']);

/** The summary: key figures as tiles (exports write them as a two-column table). */
export function ReportSummary({ table, utcOffsetMinutes, locale }: { table: ReportTable; utcOffsetMinutes: number; locale: Locale }) {
  const id = `report-section-${table.id}`;
  return (
    <section className="panel report-section wide" aria-labelledby={id} data-section={table.id}>
      <h3 id={id}>{table.title}</h3>
      <dl className="kpis">
        {table.rows.map((row, r) => (
          <div key={String(row[0])} className="kpi">
            <dt>{row[0]}</dt>
            <dd>{formatCell(row[1] ?? null, cellKind(table, r, 1), utcOffsetMinutes, '—', locale)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function ReportSection({ table, utcOffsetMinutes, emptyText, locale }: { table: ReportTable; utcOffsetMinutes: number; emptyText: string; locale: Locale }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(FIRST_ROWS);
  const id = `report-section-${table.id}`;
  const rows = table.rows.slice(0, shown);
  return (
    <section className={`panel report-section${wide.has(table.id) ? ' wide' : ''}`} aria-labelledby={id} data-section={table.id}>
      <h3 id={id}>{table.title}</h3>
      {table.chart && <ReportChart spec={table.chart} label={t('report.chartLabel', { title: table.title })} />}
      {table.rows.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <div className="table-scroll report-table">
          <table aria-labelledby={id}>
            <thead>
              <tr>
                {table.columns.map((column) => (
                  <th key={column.key} scope="col" className={column.kind === 'text' ? undefined : 'num'}>
                    {column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, r) => (
                <tr key={r}>
                  {row.map((value, c) => {
                    const kind = cellKind(table, r, c);
                    return (
                      <td key={table.columns[c]!.key} className={kind === 'text' ? undefined : 'num'}>
                        {formatCell(value, kind, utcOffsetMinutes, '—', locale)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {table.rows.length > shown && (
        <button type="button" className="secondary small" onClick={() => setShown((n) => n + MORE_ROWS)}>
          {t('report.showMore', { count: Math.min(MORE_ROWS, table.rows.length - shown), total: table.rows.length })}
        </button>
      )}
    </section>
  );
}
