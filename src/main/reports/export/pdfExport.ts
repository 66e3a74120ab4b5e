import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { cellKind, type ReportDocument, type ReportTable } from '../../../shared/reports/reportDocument';
import { formatCell } from '../../../shared/reports/reportFormat';
import { fill } from '../../../shared/reports/reportLabels';
import { findCjkFont, type FontFace } from './cjkFont';
import { layOutChart } from './chartLayout';
import { columnWidths, wrapText } from './tableLayout';
import { rowPacer, type WriteControl } from './exportProgress';
import { renderReportHtml } from './reportHtml';

/** Long lists (breaches, reopened cases) print their first rows only: a PDF is for reading. */
export const PDF_MAX_ROWS = 200;

/** Renders printable HTML to PDF bytes: Electron's webContents.printToPDF in the app (see index.ts). */
export type PrintHtmlToPdf = (html: string) => Promise<Uint8Array>;

export interface PdfOptions extends WriteControl {
  /** The app's printer; without it the PDF is drawn in Node with pdfkit (tests, headless use). */
  printHtml?: PrintHtmlToPdf | undefined;
  font?: FontFace;
}

/** Writes the report as a printable A4 PDF with its charts: printed by Electron when given, else drawn in Node. */
export async function writePdf(doc: ReportDocument, path: string, options: PdfOptions = {}): Promise<void> {
  if (options.printHtml) {
    options.onProgress?.(0, 1);
    await writeFile(path, await options.printHtml(renderReportHtml(doc)));
    options.onProgress?.(1, 1);
    return;
  }
  await drawPdf(doc, path, options);
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 40;
const CONTENT = A4.width - 2 * MARGIN;
const BOTTOM = A4.height - MARGIN - 14;
const ROW = 12;
const CHART_HEIGHT = 150;

/** The Node path: pdfkit, with a CJK font embedded (subset), charts drawn from the same layout the HTML uses. */
async function drawPdf(report: ReportDocument, path: string, options: PdfOptions): Promise<void> {
  const { default: PDFDocument } = await import('pdfkit');
  const font = options.font ?? findCjkFont();
  const pdf = new PDFDocument({ size: 'A4', margin: MARGIN, bufferPages: true, info: { Title: report.title, Creator: 'AgentDesk' } });
  const out = createWriteStream(path);
  const done = new Promise<void>((resolve, reject) => {
    out.once('finish', () => resolve());
    out.once('error', reject);
    pdf.once('error', reject);
  });
  pdf.pipe(out);
  try {
    pdf.registerFont('cjk', font.path, font.family);
    pdf.font('cjk');
    const pacer = rowPacer(
      report.tables.reduce((n, t) => n + Math.min(t.rows.length, PDF_MAX_ROWS), 0),
      options,
    );
    let y = MARGIN;
    pdf.fontSize(18).fillColor('#1f3864').text(report.title, MARGIN, y);
    y += 26;
    pdf.fontSize(8).fillColor('#555555');
    for (const line of report.heading) {
      pdf.text(line, MARGIN, y, { width: CONTENT });
      y = pdf.y + 2;
    }
    y += 6;
    const newPage = () => {
      pdf.addPage();
      return MARGIN;
    };
    for (const table of report.tables) {
      const needed = 22 + (table.chart ? CHART_HEIGHT + 10 : 0) + ROW * Math.min(3, table.rows.length + 1);
      if (y + needed > BOTTOM) y = newPage();
      pdf.fontSize(12).fillColor('#1f3864').text(table.title, MARGIN, y);
      y += 18;
      if (table.chart) {
        drawChart(pdf, table, y);
        y += CHART_HEIGHT + 10;
      }
      y = await drawTable(pdf, report, table, y, newPage, pacer);
      y += 14;
    }
    const pages = pdf.bufferedPageRange();
    for (let i = 0; i < pages.count; i++) {
      pdf.switchToPage(pages.start + i);
      pdf.page.margins.bottom = 0; // the footer sits in the margin: no automatic page break there
      pdf.fontSize(7).fillColor('#888888').text(`${report.title} · ${i + 1} / ${pages.count}`, MARGIN, A4.height - MARGIN + 4, { width: CONTENT, align: 'right', lineBreak: false });
    }
    pacer.finish();
    pdf.end();
  } catch (error) {
    pdf.end();
    out.destroy();
    throw error;
  }
  await done;
}

function drawChart(pdf: PDFKit.PDFDocument, table: ReportTable, y: number): void {
  const chart = layOutChart(table.chart!, { x: MARGIN, y, width: CONTENT * 0.75, height: CHART_HEIGHT });
  pdf.lineWidth(0.4);
  for (const g of chart.grid) {
    pdf.moveTo(g.x1, g.y1).lineTo(g.x2, g.y2).strokeColor('#dddddd').stroke();
    const width = 40;
    pdf.fontSize(6.5).fillColor('#666666').text(g.label, g.anchor === 'end' ? g.labelX - width : g.labelX - width / 2, g.labelY - 6, { width, align: g.anchor === 'end' ? 'right' : 'center', lineBreak: false });
  }
  pdf.moveTo(chart.axis.x1, chart.axis.y1).lineTo(chart.axis.x2, chart.axis.y2).strokeColor('#888888').stroke();
  for (const bar of chart.bars) if (bar.width > 0 && bar.height > 0) pdf.rect(bar.x, bar.y, bar.width, bar.height).fill(bar.color);
  for (const label of chart.categories) {
    const text = fit(pdf, label.text, label.maxWidth, 6.5);
    const x = label.anchor === 'end' ? label.x - label.maxWidth : label.anchor === 'middle' ? label.x - label.maxWidth / 2 : label.x;
    pdf.fontSize(6.5).fillColor('#333333').text(text, x, label.y - 6, { width: label.maxWidth, align: label.anchor === 'end' ? 'right' : label.anchor === 'middle' ? 'center' : 'left', lineBreak: false });
  }
  for (const item of chart.legend) {
    if (chart.legend.length < 2) break;
    pdf.rect(item.x, item.y + 1, 7, 7).fill(item.color);
    pdf.fontSize(7).fillColor('#333333').text(item.text, item.x + 10, item.y, { lineBreak: false });
  }
}

/** The text cut with an ellipsis to fit `width` at `size`. */
function fit(pdf: PDFKit.PDFDocument, text: string, width: number, size: number): string {
  pdf.fontSize(size);
  if (pdf.widthOfString(text) <= width) return text;
  const chars = Array.from(text);
  while (chars.length > 1 && pdf.widthOfString(`${chars.join('')}…`) > width) chars.pop();
  return `${chars.join('')}…`;
}

/** Table text sizes, largest first: a wide table (the breach list) takes a smaller one rather than wrapping its names. */
const CELL_SIZES = [7.5, 7, 6.5] as const;
const CELL_SIZE = CELL_SIZES[0];
const LINE = 9;
const PAD = 2;

async function drawTable(
  pdf: PDFKit.PDFDocument,
  report: ReportDocument,
  table: ReportTable,
  top: number,
  newPage: () => number,
  pacer: ReturnType<typeof rowPacer>,
): Promise<number> {
  const shown = table.rows.slice(0, PDF_MAX_ROWS);
  const texts = shown.map((row, r) => row.map((value, c) => formatCell(value, cellKind(table, r, c), report.utcOffsetMinutes, report.labels.none, report.locale)));
  const measure = (size: number) => (text: string) => {
    pdf.fontSize(size);
    return pdf.widthOfString(text);
  };
  // Each column as wide as its widest cell or header where the page allows; the widest columns wrap.
  const naturalAt = (size: number) => {
    const cell = measure(size);
    const head = measure(size - 0.5);
    return table.columns.map((column, c) => Math.max(head(column.header), ...texts.map((row) => cell(row[c]!))) + 2 * PAD + 1);
  };
  let size: number = CELL_SIZES[0];
  let natural = naturalAt(size);
  for (const smaller of CELL_SIZES.slice(1)) {
    if (natural.reduce((a, b) => a + b, 0) <= CONTENT) break;
    size = smaller;
    natural = naturalAt(size);
  }
  const cellWidth = measure(size);
  const headerWidth = measure(size - 0.5);
  const widths = columnWidths(natural, CONTENT, table.columns.map((column) => column.whole === true || column.kind !== 'text'));
  const align = (r: number, c: number): 'left' | 'right' => {
    const value = shown[r]![c];
    return cellKind(table, r, c) === 'text' && table.columns[c]!.kind === 'text' && typeof value !== 'number' ? 'left' : 'right';
  };
  const drawLines = (lines: string[][], y: number, size: number, color: string, alignOf: (c: number) => 'left' | 'right') => {
    let x = MARGIN;
    pdf.fontSize(size).fillColor(color);
    lines.forEach((cell, c) => {
      cell.forEach((line, l) => pdf.text(line, x + PAD, y + 2.5 + l * LINE, { width: widths[c]! - 2 * PAD, align: alignOf(c), lineBreak: false }));
      x += widths[c]!;
    });
  };
  const heightOf = (lines: string[][]) => Math.max(1, ...lines.map((cell) => cell.length)) * LINE + 3;
  const headerLines = table.columns.map((column, c) => wrapText(column.header, widths[c]! - 2 * PAD, headerWidth));
  const header = (y: number) => {
    const height = heightOf(headerLines);
    pdf.rect(MARGIN, y, CONTENT, height).fill('#2f5597');
    drawLines(headerLines, y, size - 0.5, '#ffffff', (c) => (table.columns[c]!.kind === 'text' ? 'left' : 'right'));
    return y + height;
  };
  let y = header(top);
  if (table.rows.length === 0) {
    pdf.fontSize(CELL_SIZE).fillColor('#666666').text(report.labels.empty, MARGIN + PAD, y + 2.5, { lineBreak: false });
    return y + ROW;
  }
  for (const [r, row] of texts.entries()) {
    const lines = row.map((text, c) => wrapText(text, widths[c]! - 2 * PAD, cellWidth));
    const height = heightOf(lines);
    if (y + height > BOTTOM) y = header(newPage());
    if (r % 2 === 1) pdf.rect(MARGIN, y, CONTENT, height).fill('#f2f5fa');
    drawLines(lines, y, size, '#222222', (c) => align(r, c));
    y += height;
    await pacer.row();
  }
  if (table.rows.length > shown.length) {
    if (y + ROW > BOTTOM) y = newPage();
    pdf.fontSize(CELL_SIZE).fillColor('#666666').text(fill(report.labels.firstRows, { shown: shown.length, total: table.rows.length }), MARGIN + PAD, y + 2.5, { lineBreak: false });
    y += ROW;
  }
  return y;
}
