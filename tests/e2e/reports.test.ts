import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/main/reports/export/reportHtml';
import { computeShiftReport } from '../../src/main/reports/shiftReport';
import { createMainServices } from '../../src/main/services';
import type { Actor } from '../../src/main/store/actor';
import { seedDemo } from '../../tools/demo/seedDemo';
import { buildReportDocument } from '../../src/shared/reports/reportDocument';
import { reportFilter, type ReportProgress } from '../../src/shared/schemas/reports';
import { FROM, lead, NOW, OFFSET, seedReportFixture, TO } from '../support/reportFixture';
import { Desktop, chromiumSuite, screenshotPath } from './harness';

const suite = chromiumSuite('agentdesk-e2e-reports-');
const { temp } = suite;

/**
 * A desktop whose signed-in user is a team lead at a fixed time (the harness's desktop acts as the
 * standalone local agent), with report progress sent to the page as the app's main process sends it.
 */
function leadDesktop(dir: string, actor: () => Actor, now: number): { desktop: Desktop; attach(page: Page): void } {
  const desktop = new Desktop(dir, 'zh-CN', { signedIn: null });
  desktop.services.close();
  let page: Page | null = null;
  desktop.services = createMainServices({
    userDataDir: dir,
    settingsBackend: desktop.settings,
    version: '0.1.0',
    osLocale: 'zh-CN',
    actor,
    now: () => now,
    onReportProgress: (progress: ReportProgress) =>
      void page?.evaluate((p) => (window as unknown as { __agentDeskEmit(c: string, p: unknown): void }).__agentDeskEmit('event:reportProgress', p), progress).catch(() => {}),
  });
  return { desktop, attach: (p) => void (page = p) };
}

/** The text of every page; Chromium's PDFs place CJK glyphs one by one, so items are joined with `separator`. */
async function pdfText(bytes: Uint8Array, separator = '\n'): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: bytes }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) pages.push((await (await pdf.getPage(i)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(separator));
  await pdf.destroy();
  // NFKC: Chromium's font maps give some characters as their Kangxi-radical twins (⼀ for 一).
  return pages.join('\n').normalize('NFKC');
}

describe('team lead reports end to end in Chromium', () => {
  it('opens the shift report as a lead, exports CSV, XLSX and PDF, and finds each file with the right figures', async () => {
    const dir = join(temp.dir, 'fixture');
    const { desktop, attach } = leadDesktop(dir, () => lead, NOW);
    seedReportFixture(desktop.services.rawDb());
    const { page, errors } = await desktop.open(suite.browser, suite.url);
    attach(page);
    await page.getByRole('button', { name: '班次报表' }).click();
    await page.getByRole('option', { name: '售后一组' }).waitFor({ state: 'attached' });
    await page.getByLabel('开始日期').fill('2026/11/16');
    await page.getByLabel('开始日期').press('Enter');
    await page.getByLabel('结束日期').fill('2026/11/16');
    await page.getByLabel('结束日期').press('Enter');
    await page.getByRole('button', { name: '生成报表' }).click();
    const summary = page.getByRole('region', { name: '概览' });
    await expect.poll(() => summary.locator('.kpi').filter({ hasText: '平均处理时长' }).textContent()).toBe('平均处理时长（通话+话后）8分钟20秒');
    expect(await summary.locator('.kpi').filter({ hasText: '新建工单' }).textContent()).toBe('新建工单6');
    await page.getByRole('figure', { name: '满意度图表' }).locator('svg .recharts-bar-rectangle').first().waitFor();

    const exports = join(dir, 'exports');
    for (const [button, file] of [
      ['导出 CSV（压缩包）', '班次报表_售后一组_2026-11-16.zip'],
      ['导出 Excel', '班次报表_售后一组_2026-11-16.xlsx'],
      ['导出 PDF', '班次报表_售后一组_2026-11-16.pdf'],
    ] as const) {
      await page.getByRole('button', { name: button }).click();
      await page.getByText(`已保存：${join(exports, file)}`).waitFor();
    }
    expect(readdirSync(exports).sort()).toEqual(['班次报表_售后一组_2026-11-16.pdf', '班次报表_售后一组_2026-11-16.xlsx', '班次报表_售后一组_2026-11-16.zip']);

    const csv = unzipSync(readFileSync(join(exports, '班次报表_售后一组_2026-11-16.zip')));
    const rows = parse(new TextDecoder().decode(csv['01-概览.csv']!), { bom: true }) as string[][];
    expect(rows).toContainEqual(['首次解决率', '100.0%']);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(exports, '班次报表_售后一组_2026-11-16.xlsx'));
    expect(book.getWorksheet('概览')!.getRow(2).values).toEqual([undefined, '新建工单', 6]);
    const text = await pdfText(new Uint8Array(readFileSync(join(exports, '班次报表_售后一组_2026-11-16.pdf'))));
    for (const expected of ['班次报表', '8分钟20秒', '60.0%', '139****1111']) expect(text).toContain(expected);

    const audited = desktop.services.rawDb().prepare("SELECT json_extract(data, '$.format') FROM audit_log WHERE action = 'export' ORDER BY rowid").pluck().all();
    expect(audited).toEqual(['csv', 'xlsx', 'pdf']);
    expect(errors).toEqual([]);
    await page.close();
    desktop.services.close();
  });

  it('prints the report HTML the app hands to printToPDF as A4 pages with the figures, in Chromium', async () => {
    const dir = join(temp.dir, 'print');
    const { desktop } = leadDesktop(dir, () => lead, NOW);
    seedReportFixture(desktop.services.rawDb());
    const report = await computeShiftReport(desktop.services.rawDb(), reportFilter.parse({ from: FROM, to: TO, teamId: 't1' }), { now: NOW, personalData: false, utcOffsetMinutes: OFFSET });
    desktop.services.close();
    const page = await suite.browser.newPage({ javaScriptEnabled: false });
    await page.setContent(renderReportHtml(buildReportDocument(report, 'zh-CN', OFFSET)));
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    await page.close();
    const text = await pdfText(new Uint8Array(pdf), '');
    for (const expected of ['班次报表', '售后一组', '8分钟20秒', '60.0%', '40.0%', 'SLA 超时清单', '139****1111', '20小时59分钟']) expect(text).toContain(expected);
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const first = await (await pdfjs.getDocument({ data: new Uint8Array(pdf) }).promise).getPage(1);
    expect(first.view.map(Math.round)).toEqual([0, 0, 595, 842]);
  });

  it('shows a week of demo data with its charts (screenshot of the report screen in zh-CN)', async () => {
    const dir = join(temp.dir, 'demo');
    let actor: Actor = { agentId: null, role: 'agent' };
    const demoNow = Date.parse('2026-11-20T09:00:00+08:00');
    const { desktop, attach } = leadDesktop(dir, () => actor, demoNow);
    await seedDemo(desktop.services.rawDb(), { cases: 12_000, now: demoNow });
    // The lead of the busiest team.
    const busiest = desktop.services.rawDb().prepare("SELECT a.id FROM agents a WHERE a.role = 'lead' ORDER BY (SELECT count(*) FROM cases c WHERE c.team_id = a.team_id) DESC LIMIT 1").pluck().get() as string;
    actor = { agentId: busiest, role: 'lead' };
    // For the team view: an approval request on the team's latest open case.
    const db = desktop.services.rawDb();
    const open = db.prepare("SELECT c.id, c.assignee_id FROM cases c JOIN agents a ON a.id = ? WHERE c.team_id = a.team_id AND c.resolved_at IS NULL AND c.assignee_id IS NOT NULL ORDER BY c.created_at DESC LIMIT 1").get(busiest) as { id: string; assignee_id: string };
    db.prepare("INSERT INTO timeline_events (id, case_id, kind, at, data, actor_id) VALUES ('approval-demo', ?, 'approvalRequested', ?, ?, ?)").run(open.id, demoNow - 12 * 60_000, JSON.stringify({ remedy: 'exchange', solution: '第二次维修后仍有异响，申请免费换新' }), open.assignee_id);
    const { page, errors } = await desktop.open(suite.browser, suite.url);
    attach(page);
    await page.setViewportSize({ width: 1280, height: 2300 });
    await page.getByRole('button', { name: '班次报表' }).click();
    // It opens on the last complete week (Monday 9 to Sunday 15 November), not on an empty today.
    await expect.poll(() => page.getByLabel('开始日期').inputValue(), { timeout: 30_000 }).toBe('2026/11/09');
    expect(await page.getByLabel('结束日期').inputValue()).toBe('2026/11/15');
    await page.getByRole('button', { name: '生成报表' }).click();
    await page.getByRole('figure', { name: '高频问题图表' }).locator('svg .recharts-bar-rectangle').first().waitFor();
    await page.screenshot({ path: screenshotPath('reports.zh-CN.png') });
    await page.getByRole('region', { name: '投诉分类' }).screenshot({ path: screenshotPath('reports-complaints.zh-CN.png') });
    await page.getByRole('button', { name: '团队看板' }).click();
    await page.getByRole('table', { name: '坐席状态' }).waitFor();
    await page.getByText('第二次维修后仍有异响，申请免费换新').waitFor();
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.screenshot({ path: screenshotPath('team-view.zh-CN.png') });
    // Waits read in words: days and hours, never thousands of minutes.
    const escalations = page.getByRole('region', { name: '升级和转交等待反馈' });
    expect(await escalations.textContent()).not.toMatch(/\d{3,} ?分钟/);
    await escalations.screenshot({ path: screenshotPath('team-view-waits.zh-CN.png') });
    expect(errors).toEqual([]);
    await page.close();
    desktop.services.close();
  });
});

