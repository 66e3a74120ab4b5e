import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMainServices } from '../../src/main/services';
import { lead, NOW, seedReportFixture } from '../support/reportFixture';
import { Desktop, chromiumSuite } from './harness';

const suite = chromiumSuite('agentdesk-e2e-promises-');
const { temp } = suite;

describe('promises kept, end to end in Chromium (issue 17)', () => {
  it('a callback never made is marked missed and counted in the shift report and the team view', async () => {
    const dir = join(temp.dir, 'missed');
    const desktop = new Desktop(dir, 'zh-CN', { signedIn: null });
    desktop.services.close();
    desktop.services = createMainServices({ userDataDir: dir, settingsBackend: desktop.settings, version: '0.1.0', osLocale: 'zh-CN', actor: () => lead, now: () => NOW });
    const db = desktop.services.rawDb();
    seedReportFixture(db);
    // A callback promised on 16 Nov at 17:00 (fixture time zone), never made: still "due" in the store.
    db.prepare("INSERT INTO follow_ups (id, case_id, customer_id, agent_id, kind, due_at, state, created_at, promise) SELECT 'f-missed', case_id, customer_id, agent_id, 'callback', due_at - 3600000, 'due', created_at, 'callback' FROM follow_ups WHERE id = 'f3'").run();
    const { page, errors } = await desktop.open(suite.browser, suite.url);
    await page.setViewportSize({ width: 1280, height: 1400 });
    await page.getByRole('button', { name: '班次报表' }).click();
    await page.getByRole('option', { name: '售后一组' }).waitFor({ state: 'attached' });
    await page.getByLabel('开始日期').fill('2026/11/16');
    await page.getByLabel('开始日期').press('Enter');
    await page.getByLabel('结束日期').fill('2026/11/16');
    await page.getByLabel('结束日期').press('Enter');
    await page.getByRole('button', { name: '生成报表' }).click();
    const summary = page.getByRole('region', { name: '概览' });
    // f2 was missed already; f3 and the new callback are marked missed by the sweep before the report reads.
    await expect.poll(() => summary.locator('.kpi').filter({ hasText: '回访已错过' }).textContent(), { timeout: 30_000 }).toBe('回访已错过3');
    expect(db.prepare("SELECT state FROM follow_ups WHERE id = 'f-missed'").pluck().get()).toBe('missed');
    expect(db.prepare("SELECT json_extract(data, '$.followUpId') FROM timeline_events WHERE kind = 'followUpMissed' ORDER BY 1").pluck().all()).toEqual(expect.arrayContaining(['f-missed', 'f3']));
    await page.screenshot({ path: '/work/shots/promises/shift-report-missed.zh-CN.png' });

    await page.getByRole('button', { name: '团队看板' }).click();
    await page.getByRole('heading', { name: '已错过的回访' }).waitFor({ timeout: 30_000 });
    const missedNow = db.prepare("SELECT count(*) FROM follow_ups f JOIN cases c ON c.id = f.case_id WHERE f.state = 'missed' AND c.team_id = 't1'").pluck().get() as number;
    await expect.poll(() => page.getByRole('region', { name: '已错过的回访' }).locator('li').count(), { timeout: 30_000 }).toBe(missedNow);
    expect(missedNow).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: '/work/shots/promises/team-view-missed.zh-CN.png', fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
    desktop.services.close();
  });
});
