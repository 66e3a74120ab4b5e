/**
 * `npm run bench -- reports [--cases N] [--db PATH] [--runs 3]`
 *
 * Team-lead shift reports at scale: the report over every case of the store (all teams, the whole
 * two years of demo data: 100,000 cases by default) computed the way the app does it (chunked, on
 * a read snapshot), then written as CSV (zip), XLSX and PDF (the Node path). Baselines in the same
 * run: reading the same case rows in one raw SQL pass; writing the same cells as plain JSON lines.
 * Peak memory of an XLSX export (report and file) is measured in a fresh child process, whose
 * resident-set high-water mark is the number to watch (≤ 300 MB).
 * Without --db it seeds a temporary store of N cases and deletes it after.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCsvZip } from '../src/main/reports/export/csvExport';
import { writePdf } from '../src/main/reports/export/pdfExport';
import { writeXlsx } from '../src/main/reports/export/xlsxExport';
import { withReadSnapshot } from '../src/main/store/readSnapshot';
import { computeShiftReport } from '../src/main/reports/shiftReport';
import { DEFAULT_DEMO_NOW, seedDemo } from '../tools/demo/seedDemo';
import { openDatabase } from '../src/main/store/openDatabase';
import { buildReportDocument, type ReportDocument } from '../src/shared/reports/reportDocument';
import { reportFilter, type ReportFilter } from '../src/shared/schemas/reports';
import { argValue, printTable, round } from './measure';

const OFFSET = 480;
const filterOf = (): ReportFilter => reportFilter.parse({ from: DEFAULT_DEMO_NOW - 800 * 86_400_000, to: DEFAULT_DEMO_NOW });

const timed = async <T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> => {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
};

/** Peak resident set of this process so far (Linux: VmHWM), in MB. */
function peakRssMb(): number {
  try {
    const line = readFileSync('/proc/self/status', 'utf8').match(/VmHWM:\s+(\d+) kB/);
    if (line) return Number(line[1]) / 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024;
}

/** The child: open the store, compute the report and write the XLSX, as an export does; print timings and peak memory. */
async function child(path: string, out: string): Promise<void> {
  const baseline = peakRssMb();
  const db = openDatabase(path);
  const start = performance.now();
  const report = await withReadSnapshot(db, (reader) => computeShiftReport(reader, filterOf(), { now: DEFAULT_DEMO_NOW, personalData: false, utcOffsetMinutes: OFFSET }));
  const computed = performance.now();
  await writeXlsx(buildReportDocument(report, 'zh-CN', OFFSET), out);
  const written = performance.now();
  db.close();
  console.log(JSON.stringify({ startRssMb: round(baseline, 1), peakRssMb: round(peakRssMb(), 1), computeMs: Math.round(computed - start), xlsxMs: Math.round(written - computed) }));
}

export async function run(args: string[]): Promise<void> {
  if (args[0] === '--child') return child(args[1]!, args[2]!);
  const cases = Number(argValue(args, 'cases') ?? 100_000);
  const runs = Number(argValue(args, 'runs') ?? 3);
  const given = argValue(args, 'db');
  const tempDir = mkdtempSync(join(tmpdir(), 'agentdesk-bench-reports-'));
  const path = given ?? join(tempDir, 'store.db');
  const figures: Record<string, number> = {};
  const rows: Record<string, string | number>[] = [];
  let db = openDatabase(path);
  if ((db.prepare('SELECT count(*) FROM cases').pluck().get() as number) === 0) {
    const seeded = await timed(() => seedDemo(db, { cases, onProgress: (done) => process.stderr.write(`\rseeding ${done.toLocaleString()} / ${cases.toLocaleString()}`) }));
    process.stderr.write('\n');
    rows.push({ what: `seed ${cases.toLocaleString()} demo cases`, time: `${round(seeded.ms / 1000, 1)} s`, baseline: '', ratio: '' });
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  db = openDatabase(path);
  const filter = filterOf();
  figures.cases = db.prepare('SELECT count(*) FROM cases WHERE created_at >= ? AND created_at < ?').pluck().get(filter.from, filter.to) as number;

  // The report, as the app computes it: chunked, yielding between chunks, on a read snapshot.
  const compute = () => withReadSnapshot(db, (reader) => computeShiftReport(reader, filter, { now: DEFAULT_DEMO_NOW, personalData: false, utcOffsetMinutes: OFFSET }));
  const first = await timed(compute);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await timed(compute)).ms);
  times.sort((a, b) => a - b);
  const report = first.value;
  // Baseline: one raw pass over the same case rows (the columns the report reads).
  const raw = db.prepare(
    'SELECT id, number, customer_id, channel, priority, scenario, severity, category, product, assignee_id, team_id, response_due_at, first_response_at, resolution_due_at, resolved_at, reopen_count FROM cases WHERE created_at >= ? AND created_at < ?',
  );
  const rawTimes: number[] = [];
  for (let i = 0; i < runs; i++) rawTimes.push((await timed(() => raw.raw().all(filter.from, filter.to).length)).ms);
  rawTimes.sort((a, b) => a - b);
  figures.report_first_ms = Math.round(first.ms);
  figures.report_ms = Math.round(times[Math.floor(times.length / 2)]!);
  figures.report_raw_scan_ms = Math.round(rawTimes[Math.floor(rawTimes.length / 2)]!);
  figures.report_ratio = round(figures.report_ms / figures.report_raw_scan_ms);
  figures.breach_rows = report.breaches.length;
  rows.push({ what: `report over ${figures.cases.toLocaleString()} cases (first run ${figures.report_first_ms} ms)`, time: `${figures.report_ms} ms`, baseline: `${figures.report_raw_scan_ms} ms (raw scan of the cases)`, ratio: `${figures.report_ratio}×` });

  const doc: ReportDocument = buildReportDocument(report, 'zh-CN', OFFSET);
  figures.table_rows = doc.tables.reduce((n, t) => n + t.rows.length, 0);
  const plain = await timed(async () => {
    const out = createWriteStream(join(tempDir, 'plain.jsonl'));
    for (const table of doc.tables) for (const row of table.rows) out.write(`${JSON.stringify(row)}\n`);
    await new Promise((resolve) => out.end(resolve));
  });
  const csv = await timed(() => writeCsvZip(doc, join(tempDir, 'report.zip')));
  figures.csv_ms = Math.round(csv.ms);
  figures.csv_plain_ms = Math.round(plain.ms);
  figures.csv_ratio = round(csv.ms / plain.ms);
  figures.csv_bytes = statSync(join(tempDir, 'report.zip')).size;
  rows.push({ what: `CSV zip, ${figures.table_rows.toLocaleString()} rows in 10 files (${round(figures.csv_bytes / 1e6, 1)} MB)`, time: `${figures.csv_ms} ms`, baseline: `${figures.csv_plain_ms} ms (same cells as JSON lines)`, ratio: `${figures.csv_ratio}×` });

  const xlsx = await timed(() => writeXlsx(doc, join(tempDir, 'report.xlsx')));
  figures.xlsx_ms = Math.round(xlsx.ms);
  figures.xlsx_ratio = round(xlsx.ms / csv.ms);
  figures.xlsx_bytes = statSync(join(tempDir, 'report.xlsx')).size;
  rows.push({ what: `XLSX, 10 sheets (${round(figures.xlsx_bytes / 1e6, 1)} MB)`, time: `${figures.xlsx_ms} ms`, baseline: `${figures.csv_ms} ms (the CSV zip)`, ratio: `${figures.xlsx_ratio}×` });

  const pdf = await timed(() => writePdf(doc, join(tempDir, 'report.pdf')));
  figures.pdf_ms = Math.round(pdf.ms);
  figures.pdf_bytes = statSync(join(tempDir, 'report.pdf')).size;
  rows.push({ what: `PDF drawn in Node (long lists: first 200 rows; ${round(figures.pdf_bytes / 1e6, 2)} MB)`, time: `${figures.pdf_ms} ms`, baseline: '', ratio: '' });
  db.close();

  // Peak memory of one export (report + XLSX) in a process of its own.
  const measured = spawnSync(process.execPath, [...process.execArgv, join(import.meta.dirname, 'run.ts'), 'reports', '--child', path, join(tempDir, 'child.xlsx')], { encoding: 'utf8' });
  if (measured.status !== 0) throw new Error(`memory child failed: ${measured.stderr}`);
  const mem = JSON.parse(measured.stdout.trim().split('\n').at(-1)!) as { startRssMb: number; peakRssMb: number; computeMs: number; xlsxMs: number };
  figures.xlsx_export_peak_rss_mb = mem.peakRssMb;
  figures.process_start_rss_mb = mem.startRssMb;
  rows.push({ what: 'XLSX export peak memory (fresh process: report + file)', time: `${mem.peakRssMb} MB peak RSS`, baseline: `${mem.startRssMb} MB at start`, ratio: `+${round(mem.peakRssMb - mem.startRssMb, 1)} MB` });

  rmSync(tempDir, { recursive: true, force: true }); // the outputs (and the seeded store, without --db)
  printTable(rows);
  console.log(JSON.stringify({ bench: 'reports', ...figures }));
}
