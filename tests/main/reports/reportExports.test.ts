import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resolveInside, safeFileName, suggestedFileName } from '../../../src/main/reports/export/exportFiles';
import { createMainServices, type MainServices } from '../../../src/main/services';
import { memorySettingsBackend } from '../../../src/main/settings/settings';
import type { Actor } from '../../../src/main/store/actor';
import type { Result } from '../../../src/shared/result';
import type { ExportReply, ExportReportInput, ReportProgress } from '../../../src/shared/schemas/reports';
import { syncTables } from '../../../src/shared/sync/syncTables';
import { FROM, lead, NOW, seedReportFixture, TO } from '../../support/reportFixture';
import { makeTempDir } from '../../support/tempDir';

const temp = makeTempDir();
let actor: Actor = lead;
let services: MainServices;
let savedAs: string | null = null;
let printed: string[] = [];
const progress: ReportProgress[] = [];
let onProgress: ((p: ReportProgress) => void) | null = null;

beforeAll(() => {
  services = createMainServices({
    userDataDir: join(temp.dir, 'profile'),
    settingsBackend: memorySettingsBackend({}),
    version: '0.0.0-test',
    osLocale: 'zh-CN',
    now: () => NOW,
    actor: () => actor,
    // The save dialog's answer: a path argument in tests.
    chooseSavePath: async (name) => (savedAs === null ? null : join(savedAs, name)),
    onReportProgress: (p) => {
      progress.push(p);
      onProgress?.(p);
    },
  });
  seedReportFixture(services.rawDb());
});
afterAll(() => {
  services.close();
  temp.cleanup();
});
beforeEach(() => {
  actor = lead;
  savedAs = join(temp.dir, 'out', String(Math.random()).slice(2));
  mkdirSync(savedAs, { recursive: true });
  onProgress = null;
});

let jobs = 0;
const exportAs = async (format: 'csv' | 'xlsx' | 'pdf', extra: Partial<ExportReportInput> = {}) =>
  (await services.dispatch('report:export', { jobId: `job-test-${++jobs}`, filter: { from: FROM, to: TO }, format, locale: 'zh-CN', ...extra })) as Result<ExportReply>;

const saved = (reply: Result<ExportReply>) => {
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  if (reply.value.status !== 'saved') throw new Error('not saved');
  return reply.value;
};

const audits = () => services.rawDb().prepare("SELECT actor_id, entity, entity_id, field, reason, data FROM audit_log WHERE action = 'export' ORDER BY rowid").all() as { actor_id: string; entity: string; entity_id: string; field: string | null; reason: string | null; data: string }[];

/** Days since 1899-12-30, Excel's serial date, from what exceljs read (a Date for date/time formats). */
const serial = (value: ExcelJS.CellValue) => (value instanceof Date ? (value.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000 : (value as number));

async function pdfText(path: string): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('\n'));
  }
  await pdf.destroy();
  return pages.join('\n');
}

describe('shift report exports (team 售后一组 on 16 Nov 2026, tests/support/reportFixture.ts)', () => {
  it('CSV: a zip of UTF-8 files with a byte-order mark, one per table, with the hand-computed figures', async () => {
    const file = saved(await exportAs('csv'));
    expect(file.fileName).toBe('班次报表_售后一组_2026-11-16.zip');
    const entries = unzipSync(readFileSync(file.path));
    const names = Object.keys(entries);
    expect(names).toEqual(['01-概览.csv', '02-坐席明细.csv', '03-SLA 达成率.csv', '04-SLA 超时清单.csv', '05-升级与转交.csv', '06-投诉分类.csv', '07-满意度.csv', '08-回访跟进.csv', '09-高频问题.csv', '10-重开工单.csv', '11-退换货进度.csv', '12-逾期未办的退换货.csv']);
    const table = (name: string) => {
      const bytes = entries[name]!;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      return parse(new TextDecoder().decode(bytes), { bom: true }) as string[][];
    };
    const summary = Object.fromEntries(table('01-概览.csv').slice(1));
    expect(summary).toMatchObject({
      新建工单: '6',
      解决工单: '3',
      处理通话: '3',
      '平均处理时长（通话+话后）': '0:08:20',
      首次解决率: '100.0%',
      '首次响应 SLA 达成率': '60.0%',
      '解决 SLA 达成率': '40.0%',
      升级次数: '1',
      转交次数: '1',
      投诉工单: '2',
      满意度平均分: '4.00',
      回访已完成: '1',
      // f2 was written missed; f3 (due 18:00, never done) is marked missed by the sweep before the export reads (issue 17).
      回访已错过: '2',
      重开工单: '1',
    });
    const breaches = table('04-SLA 超时清单.csv');
    expect(breaches[0]).toEqual(['工单号', '客户', '电话', '渠道', '优先级', 'SLA 项目', '时限', '完成时间', '超时时长', '处理人', '团队']);
    expect(breaches.slice(1).map((r) => [r[0]!.slice(-4), r[5], r[6], r[7], r[8]])).toEqual([
      ['0007', '首次响应', '2026-11-16 03:00', '', '20:59:30'],
      ['0007', '解决', '2026-11-16 05:00', '', '19:00:00'],
      ['0002', '首次响应', '2026-11-16 10:00', '2026-11-16 10:01', '0:00:30'],
      ['0003', '解决', '2026-11-16 18:00', '', '6:00:00'],
      ['0005', '解决', '2026-11-16 23:59', '', '0:01:00'],
    ]);
    expect(breaches[3]!.slice(1, 3)).toEqual(['陈先生', '139****1111']);
    expect(table('07-满意度.csv').slice(1)).toEqual([
      ['1 分', '0', '0.0%'],
      ['2 分', '0', '0.0%'],
      ['3 分', '1', '33.3%'],
      ['4 分', '1', '33.3%'],
      ['5 分', '1', '33.3%'],
    ]);
    expect(table('02-坐席明细.csv').slice(1).map((r) => r.slice(0, 6))).toEqual([
      ['张伟', '1101', '3', '3', '2', '0:09:30'],
      ['李娜', '1102', '2', '0', '1', '0:06:00'],
      ['未分配', '', '1', '0', '0', ''],
    ]);
    const all = Object.values(entries).map((b) => new TextDecoder().decode(b)).join('\n');
    for (const phone of ['13812345678', '13900001111', '13700002222']) expect(all).not.toContain(phone);
  });

  it('XLSX: one sheet per section with a styled, frozen header row and number, percentage, duration and date formats', async () => {
    const file = saved(await exportAs('xlsx'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file.path);
    expect(book.worksheets.map((s) => s.name)).toEqual(['概览', '坐席明细', 'SLA 达成率', 'SLA 超时清单', '升级与转交', '投诉分类', '满意度', '回访跟进', '高频问题', '重开工单', '退换货进度', '逾期未办的退换货']);
    for (const sheet of book.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    }
    const summary = book.getWorksheet('概览')!;
    const value = (label: string) => {
      let found: ExcelJS.Cell | null = null;
      summary.eachRow((row) => {
        if (row.getCell(1).value === label) found = row.getCell(2);
      });
      return found! as ExcelJS.Cell;
    };
    expect(value('新建工单').value).toBe(6);
    // exceljs reads numbers in date/time formats back as Dates: compare them as Excel serial numbers.
    expect(serial(value('平均处理时长（通话+话后）').value)).toBeCloseTo(500 / 86_400, 10);
    expect(value('平均处理时长（通话+话后）').numFmt).toBe('[h]:mm:ss');
    expect(value('首次响应 SLA 达成率')).toMatchObject({ value: 0.6, numFmt: '0.0%' });
    expect(value('满意度平均分')).toMatchObject({ value: 4, numFmt: '0.00' });
    const breaches = book.getWorksheet('SLA 超时清单')!;
    expect(breaches.rowCount).toBe(6);
    const c2 = breaches.getRow(4);
    expect(c2.getCell(3).value).toBe('139****1111');
    // 2026-11-16 10:00:30 local time as an Excel serial number (days since 1899-12-30), shown as a date-time.
    expect(serial(c2.getCell(7).value)).toBeCloseTo((Date.UTC(2026, 10, 16, 10, 0, 30) - Date.UTC(1899, 11, 30)) / 86_400_000, 8);
    expect(c2.getCell(7).numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(serial(c2.getCell(9).value)).toBeCloseTo(30 / 86_400, 10);
    expect(c2.getCell(9).numFmt).toBe('[h]:mm:ss');
  });

  it('PDF: printable A4 drawn in Node with the charts and the figures, personal data masked', async () => {
    const file = saved(await exportAs('pdf'));
    const bytes = readFileSync(file.path);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(file.path);
    for (const expected of ['班次报表', '售后一组', '概览', '8分钟20秒', '60.0%', '40.0%', '4.00', 'SLA 超时清单', '139****1111', '20小时59分钟', '高频问题', '投诉建议 · 洗衣机']) expect(text).toContain(expected);
    for (const phone of ['13812345678', '13900001111', '13700002222']) expect(text).not.toContain(phone);
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const page = await (await pdfjs.getDocument({ data: new Uint8Array(bytes) }).promise).getPage(1);
    expect(page.view.map(Math.round)).toEqual([0, 0, 595, 842]); // A4 in points
  });

  it('PDF through the app printer (Electron printToPDF at the edge) gets the same report as static HTML with SVG charts', async () => {
    const userDataDir = join(temp.dir, 'printer');
    const printedServices = createMainServices({
      userDataDir,
      settingsBackend: memorySettingsBackend({}),
      version: '0',
      osLocale: 'zh-CN',
      now: () => NOW,
      actor: () => lead,
      printHtml: async (html) => {
        printed.push(html);
        return new TextEncoder().encode('%PDF-1.7 printed');
      },
    });
    try {
      seedReportFixture(printedServices.rawDb());
      printed = [];
      const reply = saved((await printedServices.dispatch('report:export', { jobId: 'job-print-1', filter: { from: FROM, to: TO }, format: 'pdf', locale: 'en' })) as Result<ExportReply>);
      // No save dialog wired: the file goes to the data directory's exports folder.
      expect(reply.path).toBe(join(userDataDir, 'exports', 'shift-report_售后一组_2026-11-16.pdf'));
      expect(readFileSync(reply.path, 'utf8')).toBe('%PDF-1.7 printed');
      const html = printed[0]!;
      expect(html).toContain('<svg');
      expect(html).toContain('@page { size: A4');
      expect(html).not.toMatch(/<script/i);
      for (const expected of ['Shift report', 'Average handle time (talk + after-call work)', '8 min 20 s', '60.0%', '139****1111']) expect(html).toContain(expected);
    } finally {
      printedServices.close();
    }
  });

  it('includes personal data only when asked, with a reason; every export is audited with its outbox mutation', async () => {
    const before = audits().length;
    const refused = await exportAs('csv', { includePersonalData: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'reason', key: 'required' }] } });
    const file = saved(await exportAs('csv', { includePersonalData: true, reason: '质检需要核对回访号码' }));
    const text = Object.values(unzipSync(readFileSync(file.path))).map((b) => new TextDecoder().decode(b)).join('\n');
    expect(text).toContain('13900001111');
    expect(text).toContain('13700002222');
    expect(text).toContain('仍发往旧地址，联系 13900001111'); // free text is not redacted either
    const rows = audits();
    expect(rows.length).toBe(before + 1);
    const last = rows.at(-1)!;
    expect(last).toMatchObject({ actor_id: 'L', entity: 'team', entity_id: 't1', field: 'personalData', reason: '质检需要核对回访号码' });
    expect(JSON.parse(last.data)).toMatchObject({ report: 'shift', format: 'csv', from: FROM, to: TO, includesPersonalData: true, file: file.fileName, rows: { breaches: 5, reopened: 1 } });

    const db = services.rawDb();
    expect(db.prepare('SELECT count(*) AS n FROM sync_capture').get()).toEqual({ n: 0 });
    const mutation = db.prepare("SELECT args, effects FROM outbox WHERE name = 'audit.export' ORDER BY seq DESC LIMIT 1").get() as { args: string; effects: string };
    const effects = JSON.parse(mutation.effects) as { t: string; op: string; f: Record<string, unknown> }[];
    expect(effects.map((e) => `${e.op} ${e.t}`)).toEqual(['i audit_log']);
    expect(syncTables.audit_log.columns.strict().safeParse(effects[0]!.f).success).toBe(true);
    expect(JSON.parse(mutation.args)).toMatchObject({ includesPersonalData: true, reason: '质检需要核对回访号码' });
  });

  it('refuses agents with `forbidden`, writing no file and no audit row', async () => {
    actor = { agentId: 'a1', role: 'agent' };
    const before = audits().length;
    for (const format of ['csv', 'xlsx', 'pdf'] as const) expect(await exportAs(format)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await services.dispatch('report:run', { jobId: 'job-agent-1', filter: { from: FROM, to: TO } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await services.dispatch('report:options', undefined)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(readdirSync(savedAs!)).toEqual([]);
    expect(audits().length).toBe(before);
  });

  it('a cancelled export (or save dialog) leaves no file and no audit row', async () => {
    const before = audits().length;
    onProgress = (p) => void services.dispatch('report:cancel', { jobId: p.jobId });
    expect(await exportAs('xlsx')).toEqual({ ok: true, value: { status: 'cancelled' } });
    onProgress = null;
    savedAs = null;
    expect(await exportAs('pdf')).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(audits().length).toBe(before);
    expect(readdirSync(join(temp.dir, 'out')).flatMap((d) => readdirSync(join(temp.dir, 'out', d))).filter((f) => f.endsWith('.part'))).toEqual([]);
    expect(progress.some((p) => p.phase === 'computing')).toBe(true);
  });
});

describe('export file names', () => {
  it('are sanitized, and a name that would leave the folder is refused', () => {
    expect(safeFileName('../../etc/passwd')).toBe('_etc_passwd');
    expect(safeFileName('班次报表_售后/一组:*?.xlsx')).toBe('班次报表_售后_一组_.xlsx');
    expect(safeFileName('CON.pdf')).toBe('_CON.pdf');
    expect(safeFileName('  ..hidden. ')).toBe('_hidden');
    expect(safeFileName('\u0000\u001f')).toBe('_');
    expect(suggestedFileName({ stem: '班次报表', scope: '../../客服部', firstDay: '2026-11-16', lastDay: '2026-11-22' }, 'xlsx')).toBe('班次报表_客服部_2026-11-16_2026-11-22.xlsx');
    const dir = join(temp.dir, 'exports-check');
    expect(resolveInside(dir, 'a.csv')).toBe(join(dir, 'a.csv'));
    for (const bad of ['../a.csv', '..', 'x/../../a.csv', '/etc/passwd', 'a\\..\\b.csv', '']) expect(() => resolveInside(dir, bad)).toThrow(expect.objectContaining({ code: 'validation' }));
    expect(existsSync(dir)).toBe(false);
  });
});
