import { cellKind, type ReportDocument, type ReportTable } from '../../../shared/reports/reportDocument';
import { formatCell } from '../../../shared/reports/reportFormat';
import { fill } from '../../../shared/reports/reportLabels';
import { layOutChart } from './chartLayout';

/** Long lists print their first rows only (the same limit as the Node-drawn PDF). */
const MAX_ROWS = 200;

const escape = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

const style = `
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; font-size: 9pt; color: #222; margin: 0; }
h1 { font-size: 18pt; color: #1f3864; margin: 0 0 4pt; }
.heading { color: #555; font-size: 8pt; margin: 0 0 1pt; }
section { margin-top: 12pt; }
h2 { font-size: 12pt; color: #1f3864; margin: 0 0 4pt; break-after: avoid; }
svg { display: block; margin-bottom: 6pt; break-inside: avoid; }
table { border-collapse: collapse; width: 100%; font-size: 7.5pt; }
thead { display: table-header-group; }
th { background: #2f5597; color: #fff; text-align: left; padding: 2pt 3pt; font-weight: 600; }
td { padding: 1.5pt 3pt; border-bottom: 0.5pt solid #e3e7ef; overflow-wrap: anywhere; }
.whole { white-space: nowrap; overflow-wrap: normal; }
table.many td, table.many th { font-size: 6.5pt; padding: 1.5pt 2pt; }
tr { break-inside: avoid; }
tbody tr:nth-child(even) td { background: #f2f5fa; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.note { color: #666; font-size: 7.5pt; margin: 2pt 0 0; }
`;

function chartSvg(table: ReportTable): string {
  const width = 520;
  const height = 170;
  const chart = layOutChart(table.chart!, { x: 0, y: 0, width, height });
  const parts: string[] = [];
  for (const g of chart.grid) {
    parts.push(`<line x1="${g.x1}" y1="${g.y1}" x2="${g.x2}" y2="${g.y2}" stroke="#ddd" stroke-width="0.6"/>`);
    parts.push(`<text x="${g.labelX}" y="${g.labelY}" font-size="7" fill="#666" text-anchor="${g.anchor}">${escape(g.label)}</text>`);
  }
  parts.push(`<line x1="${chart.axis.x1}" y1="${chart.axis.y1}" x2="${chart.axis.x2}" y2="${chart.axis.y2}" stroke="#888" stroke-width="0.8"/>`);
  for (const bar of chart.bars) if (bar.width > 0 && bar.height > 0) parts.push(`<rect x="${bar.x}" y="${bar.y}" width="${bar.width}" height="${bar.height}" fill="${bar.color}"/>`);
  for (const label of chart.categories) parts.push(`<text x="${label.x}" y="${label.y}" font-size="7" fill="#333" text-anchor="${label.anchor}">${escape(label.text)}</text>`);
  if (chart.legend.length > 1) {
    for (const item of chart.legend) parts.push(`<rect x="${item.x}" y="${item.y + 1}" width="7" height="7" fill="${item.color}"/><text x="${item.x + 10}" y="${item.y + 7.5}" font-size="7.5" fill="#333">${escape(item.text)}</text>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escape(table.title)}">${parts.join('')}</svg>`;
}

function tableHtml(doc: ReportDocument, table: ReportTable): string {
  const head = table.columns.map((c) => `<th${c.kind === 'text' ? '' : ' class="num"'}>${escape(c.header)}</th>`).join('');
  const shown = table.rows.slice(0, MAX_ROWS);
  const body = shown
    .map(
      (row, r) =>
        `<tr>${row
          .map((value, c) => {
            const kind = cellKind(table, r, c);
            const numeric = typeof value === 'number' || (table.columns[c]!.kind !== 'text' && !table.rowKinds);
            // Case numbers, phones, figures and dates stay on one line; names and subjects wrap.
            const whole = numeric || table.columns[c]!.whole === true || kind !== 'text';
            const classes = [numeric ? 'num' : '', whole ? 'whole' : ''].filter(Boolean).join(' ');
            return `<td${classes ? ` class="${classes}"` : ''}>${escape(formatCell(value, kind, doc.utcOffsetMinutes, doc.labels.none, doc.locale))}</td>`;
          })
          .join('')}</tr>`,
    )
    .join('');
  const empty = table.rows.length === 0 ? `<p class="note">${escape(doc.labels.empty)}</p>` : '';
  const more = table.rows.length > shown.length ? `<p class="note">${escape(fill(doc.labels.firstRows, { shown: shown.length, total: table.rows.length }))}</p>` : '';
  // A table of many columns (the breach list) takes a smaller type rather than wrapping every name.
  return `<table${table.columns.length > 8 ? ' class="many"' : ''}><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>${empty}${more}`;
}

/**
 * The report as one self-contained, static HTML page for printing to an A4 PDF (Electron's
 * printToPDF in the app): inline CSS, SVG charts, no scripts, no external resources.
 */
export function renderReportHtml(doc: ReportDocument): string {
  const sections = doc.tables.map((table) => `<section><h2>${escape(table.title)}</h2>${table.chart ? chartSvg(table) : ''}${tableHtml(doc, table)}</section>`).join('\n');
  return `<!doctype html>
<html lang="${doc.locale}"><head><meta charset="utf-8"><title>${escape(doc.title)}</title><style>${style}</style></head>
<body><h1>${escape(doc.title)}</h1>${doc.heading.map((line) => `<p class="heading">${escape(line)}</p>`).join('')}
${sections}
</body></html>`;
}
