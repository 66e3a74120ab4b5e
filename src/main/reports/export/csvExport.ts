import { Zip, ZipDeflate } from 'fflate';
import { createWriteStream } from 'node:fs';
import { cellKind, type ReportDocument } from '../../../shared/reports/reportDocument';
import { formatCell, type ReportCell } from '../../../shared/reports/reportFormat';
import { rowPacer, type WriteControl } from './exportProgress';

const BOM = '\uFEFF';

/**
 * One CSV field: quoted when it holds a comma, quote or line break (RFC 4180). Text that a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) gets a leading apostrophe:
 * a customer name typed as "=HYPERLINK(…)" stays text.
 */
export function csvField(value: string, isText: boolean): string {
  const safe = isText && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** File name of each table inside the zip: its place and title, e.g. "04-SLA 超时清单.csv". */
export function csvEntryName(index: number, title: string): string {
  return `${String(index + 1).padStart(2, '0')}-${title.replace(/[\\/:*?"<>|]/g, '_')}.csv`;
}

/**
 * Writes the report as a zip of CSV files, one per table, each UTF-8 with a byte-order mark (so
 * Excel opens Chinese correctly) and CRLF line ends, values formatted as on screen (durations
 * h:mm:ss, rates as percentages, local date-times). Streams: rows are deflated into the file in
 * chunks, yielding between them.
 */
export async function writeCsvZip(doc: ReportDocument, path: string, control: WriteControl = {}): Promise<void> {
  const out = createWriteStream(path);
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  const finished = new Promise<void>((resolve) => out.once('finish', () => resolve()));
  let zipError: Error | null = null;
  const zip = new Zip((error, chunk, final) => {
    if (error) zipError = error;
    else out.write(chunk);
    if (final || error) out.end();
  });
  const encoder = new TextEncoder();
  const pacer = rowPacer(
    doc.tables.reduce((n, t) => n + t.rows.length, 0),
    control,
  );
  const write = async () => {
    for (const [index, table] of doc.tables.entries()) {
      const file = new ZipDeflate(csvEntryName(index, table.title), { level: 6 });
      zip.add(file);
      let text = BOM + table.columns.map((c) => csvField(c.header, true)).join(',') + '\r\n';
      for (const [r, row] of table.rows.entries()) {
        text += row.map((value: ReportCell, c) => {
          const kind = cellKind(table, r, c);
          return csvField(formatCell(value, kind, doc.utcOffsetMinutes), kind === 'text' && typeof value === 'string');
        }).join(',') + '\r\n';
        if (text.length > 64_000) {
          file.push(encoder.encode(text));
          text = '';
        }
        await pacer.row();
      }
      file.push(encoder.encode(text), true);
    }
    zip.end();
    pacer.finish();
  };
  try {
    await Promise.race([write(), failed]);
    await Promise.race([finished, failed]);
  } catch (error) {
    zip.terminate();
    out.destroy();
    throw error;
  }
  if (zipError) throw zipError;
}
