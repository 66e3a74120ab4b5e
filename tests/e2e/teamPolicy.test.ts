import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MainServices } from '../../src/main/services';
import { createAgent, createTeam } from '../../src/server/org/orgWrites';
import { defaultGuardRules } from '../../src/shared/domain/phraseGuard';
import type { PolicyRecord } from '../../src/shared/domain/policies/policyRecords';
import { eventually } from '../support/noticeListener';
import { ORG_PASSWORD } from '../support/serverDesktops';
import { chromiumSuite, screenshotPath } from './harness';
import { policiesOn, serverWithAdmin, signedInDesk } from './policyDesks';

/**
 * Issue 18 end to end in Chromium on a real sync server: an admin's phrase list for every team
 * flags 爱买不买; the lead of 一组 adds 查不到 for their own team on their desktop. After sync an
 * agent of 一组 has both flagged in a call; an agent of 二组 only the one for every team.
 */
const suite = chromiumSuite('agentdesk-e2e-teampolicy-');
const { temp, pageOn } = suite;
const TEXT = '客户说反正爱买不买，系统里查不到订单';

const synced = (desk: MainServices, what: string, ready: (records: PolicyRecord[]) => boolean) =>
  eventually(async () => {
    await desk.sync().syncNow();
    return ready(await policiesOn(desk));
  }, 30_000, what);

/** Scrolls so that `heading` is at the top of the window (for a screenshot of its section). */
const atTop = (page: Page, heading: ReturnType<Page['getByRole']>) => heading.evaluate((el) => el.scrollIntoView({ block: 'start' }));

/** Starts a call on the agent's page and writes TEXT in the confirm stage's notes. */
async function noteInCall(page: Page): Promise<void> {
  await page.getByRole('heading', { name: '工单列表' }).waitFor();
  await page.getByRole('button', { name: /接听新来电/ }).click();
  await page.getByRole('navigation', { name: '通话阶段' }).waitFor();
  await page.getByRole('button', { name: '客户不愿透露身份' }).click();
  await page.keyboard.press('Control+Enter');
  await page.getByRole('heading', { level: 3, name: '确认', exact: true }).waitFor();
  await page.getByLabel(/要点记录/).fill(TEXT);
}

describe('a lead’s phrase list for their own team, end to end in Chromium', () => {
  let server: Awaited<ReturnType<typeof serverWithAdmin>>;
  beforeAll(async () => {
    server = await serverWithAdmin();
    await createTeam(server.fresh.db, { branch: 'SH01', name: '二组' });
    await createAgent(server.fresh.db, { number: '1003', name: '赵磊', role: 'agent', branch: 'SH01', team: '二组', password: ORG_PASSWORD });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('the lead publishes 查不到 for 一组: an agent of 一组 has it flagged in a call, an agent of 二组 does not', async () => {
    const adminDesk = await signedInDesk(temp.dir, 'admin', server.url, '9001');
    const leadDesk = await signedInDesk(temp.dir, 'lead', server.url, '1002');
    const eastDesk = await signedInDesk(temp.dir, 'east', server.url, '1001');
    const westDesk = await signedInDesk(temp.dir, 'west', server.url, '1003');

    // The admin's list for every team, published on the admin's desktop.
    const global = { id: 'zh.takeItOrLeave', locale: 'zh-CN' as const, reason: 'negative' as const, phrases: ['爱买不买'], alternatives: ['您可以再比较一下，有任何问题随时联系我们'] };
    const published = (await adminDesk.dispatch('policy:publish', { kind: 'phrases', body: { rules: [...defaultGuardRules, global] }, effectiveFrom: Date.now(), note: '全员禁用' })) as { ok: boolean };
    expect(published.ok).toBe(true);
    await eventually(async () => {
      await adminDesk.sync().syncNow();
      return (adminDesk.rawDb().prepare("SELECT count(*) AS n FROM outbox WHERE name = 'policy.publish'").get() as { n: number }).n === 0;
    }, 30_000, 'the global list pushed');
    await synced(leadDesk, 'the global list on the lead desktop', (records) => records.some((p) => p.kind === 'phrases' && p.version === 2));

    // The lead adds 查不到 for their own team, starting from the list in force (the admin's).
    const lead = await pageOn(leadDesk, join(temp.dir, 'lead-page'));
    const { page } = lead;
    await page.getByRole('navigation', { name: '工作区' }).getByRole('button', { name: '规则设置' }).click();
    const phrases = page.getByRole('region', { name: '不当用语' });
    await phrases.getByText('适用范围：一组（你所在的组）').waitFor();
    expect(await page.getByRole('region', { name: '服务时限（SLA）' }).count()).toBe(0);
    await page.screenshot({ path: screenshotPath('policies-lead-top.zh-CN.png') });
    await phrases.getByRole('button', { name: '新增规则' }).click();
    const rule = phrases.getByRole('listitem').filter({ has: page.getByText(/^zh\.custom/) }).last();
    await rule.getByLabel(/^不当说法/).fill('查不到');
    await rule.getByLabel(/^建议的替代说法/).fill('我再帮您核实一下');
    await phrases.getByLabel('修改说明（会记入审计日志）').fill('本组：查询类用语');
    await phrases.getByRole('button', { name: '发布新版用语清单' }).click();
    await phrases.getByText(/已发布第 3 版/).waitFor();
    await phrases.getByRole('cell', { name: '一组' }).waitFor();
    await atTop(page, phrases.getByRole('heading', { name: '不当用语' }));
    await page.screenshot({ path: screenshotPath('policies-lead-team.zh-CN.png') });
    await phrases.getByRole('table').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('policies-lead-versions.zh-CN.png') });
    await eventually(async () => {
      await leadDesk.sync().syncNow();
      return (leadDesk.rawDb().prepare("SELECT count(*) AS n FROM outbox WHERE name = 'policy.publish'").get() as { n: number }).n === 0;
    }, 30_000, 'the team list pushed');
    expect(leadDesk.rawDb().prepare("SELECT name, last_error FROM outbox WHERE state = 'rejected'").all()).toEqual([]);

    for (const agentDesk of [eastDesk, westDesk]) await synced(agentDesk, 'both lists on the agent desktop', (records) => records.some((p) => p.kind === 'phrases' && p.version === 3));

    // 一组: the team's list is in force, both phrases are flagged.
    const east = await pageOn(eastDesk, join(temp.dir, 'east-page'));
    await noteInCall(east.page);
    await east.page.getByText(/“爱买不买” · 消极表达/).waitFor();
    await east.page.getByText(/“查不到” · 消极表达/).waitFor();
    await east.page.screenshot({ path: screenshotPath('call-team-phrase.zh-CN.png') });

    // 二组: the list for every team is in force (its phrase flagged: the rules are in), the other team's is not.
    const west = await pageOn(westDesk, join(temp.dir, 'west-page'));
    await noteInCall(west.page);
    await west.page.getByText(/“爱买不买” · 消极表达/).waitFor();
    expect(await west.page.getByText(/“查不到”/).count()).toBe(0);

    // The admin chooses the scope of a team-scoped kind (for the screenshot of the picker).
    await synced(adminDesk, 'the team list on the admin desktop', (records) => records.some((p) => p.kind === 'phrases' && p.version === 3));
    const admin = await pageOn(adminDesk, join(temp.dir, 'admin-page'));
    await admin.page.getByRole('navigation', { name: '工作区' }).getByRole('button', { name: '规则设置' }).click();
    const adminPhrases = admin.page.getByRole('region', { name: '不当用语' });
    await adminPhrases.getByLabel('适用范围').selectOption({ label: '二组' });
    await adminPhrases.getByText('只对这个组的坐席生效，其他组继续使用全部团队的版本。').waitFor();
    await adminPhrases.getByRole('cell', { name: '一组' }).waitFor();
    await atTop(admin.page, adminPhrases.getByRole('heading', { name: '不当用语' }));
    await admin.page.screenshot({ path: screenshotPath('policies-admin-scope.zh-CN.png') });
    await adminPhrases.getByRole('table').scrollIntoViewIfNeeded();
    await admin.page.screenshot({ path: screenshotPath('policies-admin-versions.zh-CN.png') });

    for (const opened of [lead, east, west, admin]) expect(opened.errors).toEqual([]);
    for (const opened of [lead, east, west, admin]) await opened.page.close();
    for (const d of [adminDesk, leadDesk, eastDesk, westDesk]) d.close();
  });
});
