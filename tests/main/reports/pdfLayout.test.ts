import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePdf } from '../../../src/main/reports/export/pdfExport';
import { computeShiftReport } from '../../../src/main/reports/shiftReport';
import type { WritableDB } from '../../../src/main/store/db';
import { openDatabase } from '../../../src/main/store/openDatabase';
import { buildReportDocument } from '../../../src/shared/reports/reportDocument';
import { formatCell } from '../../../src/shared/reports/reportFormat';
import { cellKind } from '../../../src/shared/reports/reportDocument';
import { reportFilter, type ShiftReport } from '../../../src/shared/schemas/reports';
import { FROM, NOW, OFFSET, seedReportFixture, TO } from '../../support/reportFixture';
import { makeTempDir } from '../../support/tempDir';

const temp = makeTempDir();
let db: WritableDB;
let report: ShiftReport;

beforeAll(async () => {
  db = openDatabase(join(temp.dir, 'store.db'));
  seedReportFixture(db);
  report = await computeShiftReport(db, reportFilter.parse({ from: FROM, to: TO }), { now: NOW, personalData: false, utcOffsetMinutes: OFFSET });
});
afterAll(() => {
  db.close();
  temp.cleanup();
});

/** The PDF's text as pdf.js reads it, one string per drawn piece of text. */
async function pdfPieces(path: string): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false }).promise;
  const pieces: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    for (const item of content.items) if ('str' in item && item.str.trim()) pieces.push(item.str);
  }
  await pdf.destroy();
  return pieces;
}

describe('PDF tables (drawn in Node with pdfkit)', () => {
  it('cut nothing: long case numbers, names, phones, times and durations are printed whole (wrapped if need be)', async () => {
    const long = {
      ...report,
      breaches: report.breaches.map((b, i) => ({
        ...b,
        number: `GZTH01-20261116-K7Q-${String(12_345 + i).padStart(6, '0')}`,
        customerName: i === 0 ? '欧阳诸葛长名字女士（公司采购负责人）' : b.customerName,
        teamName: i === 0 ? '华南大区售后服务中心投诉处理二组' : b.teamName,
        lateSeconds: 785_576 * 60,
      })),
    };
    for (const locale of ['zh-CN', 'en'] as const) {
      const doc = buildReportDocument(long, locale, OFFSET);
      const path = join(temp.dir, `long-${locale}.pdf`);
      await writePdf(doc, path);
      const pieces = await pdfPieces(path);
      const text = pieces.join('').replaceAll(' ', '');
      expect(pieces.filter((p) => p.includes('…'))).toEqual([]);
      const breaches = doc.tables.find((t) => t.id === 'breaches')!;
      expect(breaches.rows.length).toBeGreaterThan(3);
      breaches.rows.forEach((row, r) =>
        row.forEach((value, c) => {
          const shown = formatCell(value, cellKind(breaches, r, c), doc.utcOffsetMinutes, doc.labels.none, doc.locale);
          expect(text, `${breaches.columns[c]!.key} of row ${r}`).toContain(shown.replaceAll(' ', ''));
        }),
      );
      // A case number is never split over two lines.
      for (const row of breaches.rows) expect(pieces).toContain(row[0]);
    }
  });
});
