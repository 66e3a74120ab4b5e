import type ExcelJS from 'exceljs';
import { cellKind, type ReportDocument, type ReportTable } from '../../../shared/reports/reportDocument';
import type { ColumnKind, ReportCell } from '../../../shared/reports/reportFormat';
import { rowPacer, type WriteControl } from './exportProgress';

const DAY_MS = 86_400_000;
/** Excel's day 0 is 1899-12-30: serial = days since then, in local time. */
const EXCEL_EPOCH_OFFSET_DAYS = 25_569;

const numberFormats: Record<ColumnKind, string | undefined> = {
  text: undefined,
  int: '#,##0',
  decimal: '0.00',
  percent: '0.0%',
  duration: '[h]:mm:ss',
  datetime: 'yyyy-mm-dd hh:mm',
};

/** A cell's value as Excel stores it: durations in days, date-times as local serial numbers. */
export function excelValue(value: ReportCell, kind: ColumnKind, utcOffsetMinutes: number): string | number | null {
  if (value === null || typeof value === 'string') return value;
  if (kind === 'duration') return value / 86_400;
  if (kind === 'datetime') return (value + utcOffsetMinutes * 60_000) / DAY_MS + EXCEL_EPOCH_OFFSET_DAYS;
  return value;
}

/** Sheet names: at most 31 characters, none of []:*?/\, unique in the workbook. */
export function sheetName(title: string, taken: Set<string>): string {
  const base = title.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || 'Sheet';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 28)} ${i}`;
  taken.add(name.toLowerCase());
  return name;
}

/** Display width of a text in Excel's character units: CJK characters take two. */
const displayWidth = (text: string) => Array.from(text).reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);

const headerStyle = {
  font: { bold: true, color: { argb: 'FFFFFFFF' } },
  fill: { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FF2F5597' } },
  alignment: { vertical: 'middle' as const, wrapText: true },
  border: { bottom: { style: 'thin' as const, color: { argb: 'FF1F3864' } } },
};

/**
 * Writes the report as an .xlsx workbook with exceljs's streaming writer: one sheet per section,
 * a styled header row that stays in view (frozen), numbers with number, percentage, duration and
 * date formats, the report's period, scope and masking note under the summary. Shared strings
 * are off and every row is committed as it is written, so memory stays flat however long a
 * table is (measured: see README, `npm run bench -- reports`).
 */
export async function writeXlsx(doc: ReportDocument, path: string, control: WriteControl = {}): Promise<void> {
  const { default: excel } = await import('exceljs'); // loaded on first export, not at start-up
  const workbook = new excel.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  workbook.creator = 'AgentDesk';
  workbook.title = doc.title;
  const pacer = rowPacer(
    doc.tables.reduce((n, t) => n + t.rows.length, 0),
    control,
  );
  const taken = new Set<string>();
  for (const table of doc.tables) {
    const sheet = workbook.addWorksheet(sheetName(table.title, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((column, c) => ({
      key: column.key,
      width: Math.max(column.width, displayWidth(column.header) + 2, ...(table.rowKinds && c === 0 ? table.rows.map((r) => displayWidth(String(r[0] ?? '')) + 2) : [])),
      style: numberFormats[column.kind] ? { numFmt: numberFormats[column.kind]! } : {},
    }));
    const header = sheet.addRow(table.columns.map((c) => c.header));
    header.height = 20;
    header.eachCell((cell) => Object.assign(cell, headerStyle));
    header.commit();
    await writeRows(sheet, table, doc.utcOffsetMinutes, pacer);
    if (table.id === 'summary') {
      sheet.addRow([]).commit();
      for (const line of [doc.title, ...doc.heading]) sheet.addRow([line]).commit();
    }
    sheet.commit();
  }
  await workbook.commit();
  pacer.finish();
}

async function writeRows(sheet: ExcelJS.Worksheet, table: ReportTable, utcOffsetMinutes: number, pacer: ReturnType<typeof rowPacer>): Promise<void> {
  for (const [r, values] of table.rows.entries()) {
    const row = sheet.addRow(values.map((value, c) => excelValue(value, cellKind(table, r, c), utcOffsetMinutes)));
    if (table.rowKinds) {
      const format = numberFormats[table.rowKinds[r] ?? 'text'];
      if (format) row.getCell(table.columns.length).numFmt = format;
    }
    row.commit();
    await pacer.row();
  }
}
