import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMainServices, type MainServices } from '../../../src/main/services';
import { memorySettingsBackend } from '../../../src/main/settings/settings';
import type { Result } from '../../../src/shared/result';
import type { ExportReply, ReportReply } from '../../../src/shared/schemas/reports';
import { day, FROM, lead, NOW, seedReportFixture, TO } from '../../support/reportFixture';
import { makeTempDir } from '../../support/tempDir';

const temp = makeTempDir();
let services: MainServices;
let jobs = 0;

beforeAll(() => {
  services = createMainServices({
    userDataDir: join(temp.dir, 'profile'),
    settingsBackend: memorySettingsBackend({}),
    version: '0.0.0-test',
    osLocale: 'zh-CN',
    now: () => NOW,
    actor: () => lead,
    chooseSavePath: async (name) => {
      const dir = join(temp.dir, 'out', String(++jobs));
      mkdirSync(dir, { recursive: true });
      return join(dir, name);
    },
  });
  const db = services.rawDb();
  seedReportFixture(db);
  // On 16 Nov: three incidents reported (one still open, one acknowledged, one resolved); one the day before, not counted.
  db.exec(`
    INSERT INTO incidents (id, branch_id, team_id, kind, summary, state, reported_by, reported_at, updated_at) VALUES
      ('i1', 'b1', 't1', 'outage', '电话系统中断', 'open', 'L', ${day('09:00')}, ${day('09:00')}),
      ('i2', 'b1', 't1', 'similarComplaints', '同型号洗衣机漏水集中投诉', 'acknowledged', 'L', ${day('10:00')}, ${day('10:30')}),
      ('i3', 'b1', 't1', 'safety', '热水器异味', 'resolved', 'L', ${day('11:00')}, ${day('15:00')}),
      ('i0', 'b1', 't1', 'other', '昨天的事件', 'closed', 'L', ${day('11:00', '2026-11-15')}, ${day('12:00', '2026-11-15')});
    INSERT INTO proactive_lists (id, branch_id, team_id, kind, name, source, state, created_by, created_at) VALUES
      ('pl1', 'b1', 't1', 'careCall', '漏水回访名单', 'filter', 'open', 'L', ${day('08:00')});
    INSERT INTO proactive_contacts (id, list_id, name, phone, position, outcome, attempts, worked_by, worked_at) VALUES
      ('pc1', 'pl1', '王女士', '13812345678', 1, 'reached', 1, 'a1', ${day('09:30')}),
      ('pc2', 'pl1', '陈先生', '13900001111', 2, 'noAnswer', 1, 'a1', ${day('09:40')}),
      ('pc3', 'pl1', '李娜', '13700002222', 3, 'done', 2, 'a2', ${day('10:10')}),
      ('pc4', 'pl1', '赵磊', '13700003333', 4, 'refused', 1, 'a2', ${day('10:20')}),
      ('pc5', 'pl1', '刘芳', '13700004444', 5, 'done', 1, 'a2', ${day('10:30')}),
      ('pc6', 'pl1', '孙丽', '13700005555', 6, NULL, 0, NULL, NULL);
  `);
});
afterAll(() => {
  services.close();
  temp.cleanup();
});

const exportAs = async (format: 'csv' | 'xlsx' | 'pdf', locale: 'zh-CN' | 'en' = 'zh-CN') => {
  const reply = (await services.dispatch('report:export', { jobId: `job-ip-${++jobs}`, filter: { from: FROM, to: TO }, format, locale })) as Result<ExportReply>;
  if (!reply.ok || reply.value.status !== 'saved') throw new Error(JSON.stringify(reply));
  return reply.value.path;
};

const expectedZh = {
  本期报告的突发事件: '3',
  '突发事件：仍在处理': '2',
  '突发事件：已解决': '1',
  主动服务联系次数: '5',
  '主动服务：联系上': '1',
  '主动服务：无人接听': '1',
  '主动服务：拒绝': '1',
  '主动服务：完成': '2',
};

describe('the shift report counts incidents and proactive-list work of the period (issue 18)', () => {
  it('has them in the report model the screen shows', async () => {
    const reply = (await services.dispatch('report:run', { jobId: 'job-ip-run', filter: { from: FROM, to: TO } })) as Result<ReportReply>;
    if (!reply.ok || reply.value.status !== 'done') throw new Error(JSON.stringify(reply));
    expect(reply.value.report.incidents).toEqual({ reported: 3, open: 2, resolved: 1 });
    expect(reply.value.report.proactive).toMatchObject({ worked: 5, reached: 1, noAnswer: 1, refused: 1, done: 2 });
  });

  it('CSV: in the summary, zh-CN and en', async () => {
    const summaryOf = (path: string) => {
      const entries = unzipSync(readFileSync(path));
      const first = Object.keys(entries)[0]!;
      return Object.fromEntries((parse(new TextDecoder().decode(entries[first]!), { bom: true }) as string[][]).slice(1));
    };
    expect(summaryOf(await exportAs('csv'))).toMatchObject(expectedZh);
    expect(summaryOf(await exportAs('csv', 'en'))).toMatchObject({ 'Incidents reported in the period': '3', 'Incidents: still open': '2', 'Incidents: resolved': '1', 'Proactive contacts made': '5', 'Proactive: done': '2' });
  });

  it('XLSX: in the summary sheet, as numbers', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await exportAs('xlsx'));
    const values: Record<string, unknown> = {};
    book.worksheets[0]!.eachRow((row) => {
      values[String(row.getCell(1).value)] = row.getCell(2).value;
    });
    expect(values).toMatchObject(Object.fromEntries(Object.entries(expectedZh).map(([k, v]) => [k, Number(v)])));
  });

  it('PDF: in the summary', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(await exportAs('pdf'))), useSystemFonts: false }).promise;
    const pages: string[] = [];
    for (let i = 1; i <= pdf.numPages; i++) pages.push((await (await pdf.getPage(i)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join('\n'));
    await pdf.destroy();
    const text = pages.join('\n');
    for (const label of Object.keys(expectedZh)) expect(text).toContain(label);
  });
});
