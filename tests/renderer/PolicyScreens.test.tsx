import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { WritableDB } from '../../src/main/store/db';
import { testAdmin, testAgent, type TestAccount } from '../support/testAccounts';
import { renderApp } from './renderApp';

/** Issue 18: the policy screen — admins every kind, leads their team's scripts, phrases and gates; SLA targets and the calendar published as new versions. */
let app: Awaited<ReturnType<typeof renderApp>>;
afterEach(() => app.backend.close());

const testLead: TestAccount = { id: 'local-lead', number: '3001', name: '测试组长', role: 'lead', team: '一组' };
const policyRows = (db: WritableDB) => db.prepare('SELECT kind, version, body, note, author_id FROM policies ORDER BY version').all() as { kind: string; version: number; body: string; note: string; author_id: string }[];
const auditRows = (db: WritableDB) => db.prepare("SELECT actor_id, field, reason FROM audit_log WHERE action = 'policyPublished'").all();

async function openPolicies(user: ReturnType<typeof userEvent.setup>) {
  await user.click(within(screen.getByRole('navigation', { name: '工作区' })).getByRole('button', { name: '规则设置' }));
  return screen.findByRole('region', { name: '服务时限（SLA）' });
}

describe('policy admin screen', () => {
  it('is not offered to an agent; a lead sees only the kinds a team may have its own version of, for their own team', async () => {
    app = await renderApp({ signedIn: testAgent });
    const nav = () => screen.getByRole('navigation', { name: '工作区' });
    expect(within(nav()).queryByRole('button', { name: '规则设置' })).toBeNull();
    app.backend.close();
    app.unmount();
    app = await renderApp({ signedIn: testLead, accounts: [testAdmin, testAgent, testLead] });
    const user = userEvent.setup();
    // Ctrl+7 is the seventh workspace the lead is shown: the policies (the status bar counts it).
    expect(within(nav()).getAllByRole('button').map((b) => b.textContent)).toEqual(['工单', '回访', '知识库', '团队看板', '班次报表', '质检', '规则设置']);
    expect(document.querySelector('footer.statusbar')?.textContent).toContain('Ctrl+1…7 切换工作区');
    await user.keyboard('{Control>}7{/Control}');
    const phrases = await screen.findByRole('region', { name: '不当用语' });
    expect(screen.getByRole('region', { name: '通话话术' })).toBeTruthy();
    expect(screen.getByRole('region', { name: '阶段要求' })).toBeTruthy();
    for (const adminOnly of ['服务时限（SLA）', '工作日历', '审批权限']) expect(screen.queryByRole('region', { name: adminOnly })).toBeNull();
    // The scope is shown, not chosen.
    expect(within(phrases).getByText('适用范围：一组（你所在的组）')).toBeTruthy();
    expect(within(phrases).queryByRole('combobox', { name: '适用范围' })).toBeNull();

    await user.click(within(phrases).getByRole('button', { name: '新增规则' }));
    const rules = within(phrases).getAllByRole('listitem').filter((li) => li.getAttribute('aria-label')?.startsWith('规则 zh.custom'));
    await user.click(within(rules[rules.length - 1]!).getByLabelText(/^不当说法/));
    await user.paste('查不到');
    await user.click(within(rules[rules.length - 1]!).getByLabelText(/^建议的替代说法/));
    await user.paste('我再帮您核实一下');
    await user.click(within(phrases).getByRole('button', { name: '发布新版用语清单' }));
    await within(phrases).findByText(/已发布第 2 版/);
    const db = app.backend.services.rawDb();
    const leadTeam = (db.prepare('SELECT team_id FROM agents WHERE id = ?').get(testLead.id) as { team_id: string }).team_id;
    expect(db.prepare('SELECT kind, version, team_id, author_id FROM policies').all()).toEqual([{ kind: 'phrases', version: 2, team_id: leadTeam, author_id: testLead.id }]);
    // The version list names the scope of each version (once the list asked again after the publish has come).
    await waitFor(() => expect(within(within(phrases).getByRole('table')).getByText('一组')).toBeTruthy());
    const versions = within(phrases).getByRole('table');
    expect(within(versions).getByRole('columnheader', { name: '适用范围' })).toBeTruthy();
    expect(within(versions).getByText('全部团队')).toBeTruthy();
    // What is in force for the lead's team: their version; the one for every team is superseded for them.
    expect(within(versions).getAllByText('生效中')).toHaveLength(1);
    expect(within(versions).getByText('已被取代')).toBeTruthy();
  });

  it('a lead in no team is told so, and a publish is refused in words with nothing stored', async () => {
    const teamless: TestAccount = { id: 'local-lead-2', number: '3002', name: '未分组组长', role: 'lead' };
    app = await renderApp({ signedIn: teamless, accounts: [testAdmin, testAgent, teamless] });
    const user = userEvent.setup();
    await user.click(within(screen.getByRole('navigation', { name: '工作区' })).getByRole('button', { name: '规则设置' }));
    const gates = await screen.findByRole('region', { name: '阶段要求' });
    expect(within(gates).getByText('你还没有分到任何组，所以不能在这里发布。请管理员先把你加入一个组。')).toBeTruthy();
    await user.click(within(gates).getAllByRole('checkbox')[2]!);
    await user.click(within(gates).getByRole('button', { name: /^发布/ }));
    const refusal = await within(gates).findByRole('alert');
    expect(refusal.textContent).toMatch(/^没有发布：\s*组长只能为自己所在的组发布规则，本次没有发布。$/);
    expect(app.backend.services.rawDb().prepare('SELECT count(*) AS n FROM policies').get()).toEqual({ n: 0 });
  });

  it('an admin chooses the scope of a team-scoped kind: every team or one team; SLA targets apply to every team', async () => {
    app = await renderApp({ signedIn: testAdmin, accounts: [testAdmin, testAgent, testLead] });
    const user = userEvent.setup();
    const sla = await openPolicies(user);
    expect(within(sla).getByText('适用范围：全部团队（这类规则全员统一，不能按组设置）')).toBeTruthy();
    const gates = screen.getByRole('region', { name: '阶段要求' });
    const scope = within(gates).getByRole('combobox', { name: '适用范围' }) as HTMLSelectElement;
    expect(scope.value).toBe('');
    expect(Array.from(scope.options).map((o) => o.text)).toEqual(['全部团队', '一组']);
    await user.selectOptions(scope, '一组');
    expect(within(gates).getByText('只对这个组的坐席生效，其他组继续使用全部团队的版本。')).toBeTruthy();
    const survey = within(gates).getAllByRole('checkbox')[2] as HTMLInputElement;
    await user.click(survey);
    await user.click(within(gates).getByRole('button', { name: /^发布/ }));
    await within(gates).findByText(/已发布第 2 版/);
    const db = app.backend.services.rawDb();
    const team = (db.prepare("SELECT id FROM teams WHERE name = '一组'").get() as { id: string }).id;
    expect(db.prepare('SELECT kind, team_id FROM policies').all()).toEqual([{ kind: 'stageGates', team_id: team }]);
  });

  it('an admin changes the email reply target, sees the change before publishing, and publishes version 2 (audited)', async () => {
    app = await renderApp({ signedIn: testAdmin });
    const user = userEvent.setup();
    const sla = await openPolicies(user);
    expect(within(sla).getByText('当前生效：第 1 版')).toBeTruthy();
    expect(within(sla).getByText('还没有修改任何目标。')).toBeTruthy();
    const publish = within(sla).getByRole('button', { name: '发布服务时限新版本' });
    expect((publish as HTMLButtonElement).disabled).toBe(true);

    const target = within(sla).getByRole('textbox', { name: '邮件回复 的目标（分钟）' });
    expect((target as HTMLInputElement).value).toBe('1440');
    await user.clear(target);
    await user.type(target, '480');
    const preview = within(sla).getByRole('region', { name: '发布前核对：以下 1 个时钟会改变' });
    expect(preview.textContent).toContain('邮件回复：1 天 0 小时 · 自然时间 → 8 小时 0 分 · 自然时间');
    await user.type(within(sla).getByLabelText('修改说明（会记入审计日志）'), '邮件八小时内回复');
    await user.click(publish);

    await within(sla).findByText(/已发布第 2 版/);
    await waitFor(() => expect(within(sla).getByText('当前生效：第 2 版')).toBeTruthy());
    const db = app.backend.services.rawDb();
    const rows = policyRows(db);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'slaTargets', version: 2, note: '邮件八小时内回复', author_id: testAdmin.id });
    expect((JSON.parse(rows[0]!.body) as { clocks: { id: string; minutes: number }[] }).clocks.find((c) => c.id === 'emailFirstReply')!.minutes).toBe(480);
    expect(auditRows(db)).toEqual([{ actor_id: testAdmin.id, field: 'slaTargets', reason: '邮件八小时内回复' }]);
    const history = within(sla).getAllByRole('row').filter((r) => r.classList.contains('policy-version'));
    expect(history.map((r) => r.textContent)).toEqual([expect.stringMatching(/^第 2 版.+管理员邮件八小时内回复生效中$/), expect.stringMatching(/^第 1 版一直有效系统内置—已被取代$/)]);
  });

  it('an admin shortens the return review to 12 hours: a zero is refused in words, the change is listed, and version 2 holds it', async () => {
    app = await renderApp({ signedIn: testAdmin });
    const user = userEvent.setup();
    const sla = await openPolicies(user);
    const steps = within(sla).getByRole('group', { name: '退换货各步的期限' });
    const review = within(steps).getByRole('textbox', { name: '审核（小时内）' });
    expect((review as HTMLInputElement).value).toBe('24');
    const publish = within(sla).getByRole('button', { name: '发布服务时限新版本' });
    await user.clear(review);
    await user.type(review, '0');
    expect(within(steps).getByText('至少为 1')).toBeTruthy();
    expect((publish as HTMLButtonElement).disabled).toBe(true);
    await user.clear(review);
    await user.type(review, '12');
    expect(within(sla).getByRole('region', { name: '发布前核对：以下 1 个时钟会改变' }).textContent).toContain('审核（小时内）：24 → 12');
    await user.click(publish);
    await within(sla).findByText(/已发布第 2 版/);
    const body = JSON.parse(policyRows(app.backend.services.rawDb())[0]!.body) as { returnSteps: Record<string, number> };
    expect(body.returnSteps).toEqual({ reviewWithinHours: 12, shipWithinDays: 7, processingExpectedWorkingDays: 3, processingDueWorkingDays: 5 });
  });

  it('a version effective from a chosen later time is listed as scheduled; the one in force stays', async () => {
    app = await renderApp({ signedIn: testAdmin });
    const user = userEvent.setup();
    const sla = await openPolicies(user);
    const target = within(sla).getByRole('textbox', { name: '订单确认 的目标（分钟）' });
    await user.clear(target);
    await user.type(target, '720');
    await user.click(within(sla).getByLabelText('从指定时间起'));
    await user.click(within(sla).getByRole('button', { name: '发布服务时限新版本' }));
    expect(await within(sla).findByText('请填写生效时间')).toBeTruthy();
    expect(policyRows(app.backend.services.rawDb())).toEqual([]);
    await user.type(within(sla).getByLabelText('生效时间（年/月/日 时:分）'), '2030/01/02 09:00{Enter}');
    await user.click(within(sla).getByRole('button', { name: '发布服务时限新版本' }));
    await within(sla).findByText(/已发布第 2 版，2030\/01\/02 09:00 起生效/);
    expect(within(sla).getByText('当前生效：第 1 版')).toBeTruthy();
    const states = within(sla).getAllByRole('row').filter((r) => r.classList.contains('policy-version')).map((r) => r.querySelector('.policy-state')!.textContent);
    expect(states).toEqual(['待生效', '生效中']);
  });

  it('refuses bad numbers at the field, translated, and publishes nothing', async () => {
    app = await renderApp({ signedIn: testAdmin });
    const user = userEvent.setup();
    const sla = await openPolicies(user);
    const target = within(sla).getByRole('textbox', { name: '邮件回复 的目标（分钟）' });
    await user.clear(target);
    await user.type(target, '八小时');
    expect(within(sla).getByText('请填写数字')).toBeTruthy();
    expect(target.getAttribute('aria-invalid')).toBe('true');
    const limit = within(sla).getByRole('textbox', { name: '电话接起 的上限（分钟）' });
    await user.clear(limit);
    await user.type(limit, '0.1');
    expect(within(sla).getByText('上限不能小于目标')).toBeTruthy();
    const tooBig = within(sla).getByRole('textbox', { name: '订单发货 的目标（分钟）' });
    await user.clear(tooBig);
    await user.type(tooBig, '9999999');
    expect(within(sla).getByText('数值太大：最多 366 天（527040 分钟）')).toBeTruthy();
    expect((within(sla).getByRole('button', { name: '发布服务时限新版本' }) as HTMLButtonElement).disabled).toBe(true);
    expect(policyRows(app.backend.services.rawDb())).toEqual([]);
    await user.click(within(sla).getByRole('button', { name: '撤销全部修改' }));
    expect((target as HTMLInputElement).value).toBe('1440');
  });

  it('main refuses an effective time in the past (its clock ahead of the screen): the message shows at the field, nothing stored', async () => {
    app = await renderApp({ signedIn: testAdmin, now: () => Date.now() + 3_600_000 });
    const user = userEvent.setup();
    const sla = await openPolicies(user);
    const target = within(sla).getByRole('textbox', { name: '紧急问题响应 的目标（分钟）' });
    await user.clear(target);
    await user.type(target, '15');
    await user.click(within(sla).getByRole('button', { name: '发布服务时限新版本' }));
    expect(await within(sla).findByText('生效时间不能早于现在：新规则不能改写已经在计的时钟。')).toBeTruthy();
    expect(policyRows(app.backend.services.rawDb())).toEqual([]);
    expect(auditRows(app.backend.services.rawDb())).toEqual([]);
  });

  it('calendar hours and weekdays: a wrong time or no working day is refused at the field and nothing is stored; a valid change is previewed', async () => {
    app = await renderApp({ signedIn: testAdmin });
    const user = userEvent.setup();
    await openPolicies(user);
    const calendar = screen.getByRole('region', { name: '工作日历' });
    const end = within(calendar).getByLabelText('下班时间');
    await user.clear(end);
    await user.type(end, '08:00');
    expect(within(calendar).getByText('请按 24 小时制填写，例如 09:00；下班时间要晚于上班时间')).toBeTruthy();
    await user.click(within(calendar).getByRole('button', { name: '发布工作日历新版本' }));
    expect(policyRows(app.backend.services.rawDb())).toEqual([]);
    await user.clear(end);
    await user.type(end, '17:30');
    expect(within(calendar).queryByText('请按 24 小时制填写，例如 09:00；下班时间要晚于上班时间')).toBeNull();
    for (const day of ['周一', '周二', '周三', '周四', '周五']) await user.click(within(calendar).getByLabelText(day));
    expect(within(calendar).getByText('至少选择一个工作日')).toBeTruthy();
    await user.click(within(calendar).getByRole('button', { name: '发布工作日历新版本' }));
    expect(policyRows(app.backend.services.rawDb())).toEqual([]);
    for (const day of ['周一', '周二', '周三', '周四', '周五', '周六']) await user.click(within(calendar).getByLabelText(day));
    const preview = within(calendar).getByRole('region', { name: '发布前核对' });
    expect(preview.textContent).toContain('营业时间：09:00–18:00 → 09:00–17:30');
    expect(preview.textContent).toContain('工作日：周一、周二、周三、周四、周五 → 周一、周二、周三、周四、周五、周六');
    await user.click(within(calendar).getByRole('button', { name: '发布工作日历新版本' }));
    await within(calendar).findByText(/已发布第 2 版/);
    const body = JSON.parse(policyRows(app.backend.services.rawDb())[0]!.body) as { workEnd: string; workingWeekdays: number[] };
    expect(body).toMatchObject({ workEnd: '17:30', workingWeekdays: [1, 2, 3, 4, 5, 6] });
  });

  it('calendar time zone: an unknown zone is refused in words and nothing is stored; a known one is previewed and published', async () => {
    app = await renderApp({ signedIn: testAdmin });
    const user = userEvent.setup();
    await openPolicies(user);
    const calendar = screen.getByRole('region', { name: '工作日历' });
    const zone = within(calendar).getByLabelText('时区');
    expect((zone as HTMLInputElement).value).toBe('Asia/Shanghai');
    await user.clear(zone);
    await user.type(zone, 'Mars/Olympus');
    expect(within(calendar).getByText('不认识这个时区，请从列表中选择，例如 Asia/Shanghai')).toBeTruthy();
    await user.click(within(calendar).getByRole('button', { name: '发布工作日历新版本' }));
    expect(policyRows(app.backend.services.rawDb())).toEqual([]);
    await user.clear(zone);
    await user.type(zone, 'Asia/Urumqi');
    expect(within(calendar).getByRole('region', { name: '发布前核对' }).textContent).toContain('时区：Asia/Shanghai → Asia/Urumqi');
    await user.click(within(calendar).getByRole('button', { name: '发布工作日历新版本' }));
    await within(calendar).findByText(/已发布第 2 版/);
    expect(JSON.parse(policyRows(app.backend.services.rawDb())[0]!.body)).toMatchObject({ timeZone: 'Asia/Urumqi' });
  });

  it('imports the 2027 holiday file: the preview names what changes, and the new calendar version has 2027-10-01 off', async () => {
    app = await renderApp({ signedIn: testAdmin });
    const user = userEvent.setup();
    await openPolicies(user);
    const calendar = screen.getByRole('region', { name: '工作日历' });
    expect(within(calendar).getByText('还没有修改营业时间，也没有导入文件。')).toBeTruthy();

    const bad = new File(['date,kind,name\n2027-02-30,holiday,春节\n2027-10-09,workday,国庆调休\n2027-10-01,vacation,国庆\n'], 'bad.csv', { type: 'text/csv' });
    await user.upload(within(calendar).getByLabelText('选择文件（CSV 或 JSON）'), bad);
    const issues = await within(calendar).findByRole('alert');
    expect(within(issues).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['第 2 行：日期无效（应为 YYYY-MM-DD）：2027-02-30', '第 4 行：类型只能是 holiday 或 workday：vacation']);
    expect((within(calendar).getByRole('button', { name: '发布工作日历新版本' }) as HTMLButtonElement).disabled).toBe(true);

    const csv = readFileSync(resolve('assets/calendars/cn-2027.csv'), 'utf8');
    await user.upload(within(calendar).getByLabelText('选择文件（CSV 或 JSON）'), new File([csv], 'cn-2027.csv', { type: 'text/csv' }));
    const preview = await within(calendar).findByRole('region', { name: '发布前核对' });
    await within(preview).findByText('将替换的年份：2027');
    expect(preview.textContent).toMatch(/新增放假 \d+ 天 · 移除放假 0 天 · 新增调休上班 \d+ 天 · 移除调休上班 0 天/);
    const year2027 = within(calendar).getByText(/^2027 年 ·/).closest('details')!;
    expect(year2027.textContent).toContain('2027/10/01（周五）');
    await user.click(within(calendar).getByRole('button', { name: '发布工作日历新版本' }));
    await within(calendar).findByText(/已发布第 2 版/);

    const rows = policyRows(app.backend.services.rawDb());
    expect(rows.map((r) => [r.kind, r.version])).toEqual([['businessCalendar', 2]]);
    const body = JSON.parse(rows[0]!.body) as { holidays: string[]; extraWorkdays: string[] };
    expect(body.holidays).toContain('2027-10-01');
    expect(body.holidays).toContain('2026-10-01');
  });

  it('reads in English, passes an axe scan, headings go in order, and is reached with Ctrl+7', async () => {
    app = await renderApp({ signedIn: testAdmin, osLocale: 'en-US' });
    const user = userEvent.setup();
    await user.keyboard('{Control>}7{/Control}');
    const screenRegion = await screen.findByRole('region', { name: 'Policies' });
    const sla = await within(screenRegion).findByRole('region', { name: 'SLA targets' });
    expect(within(sla).getByText('In force now: version 1')).toBeTruthy();
    expect(within(sla).getByRole('textbox', { name: 'Target of Email reply (minutes)' })).toBeTruthy();
    expect(within(sla).getByText('No target changed yet.')).toBeTruthy();
    expect(within(screenRegion).getByRole('region', { name: 'Business calendar' })).toBeTruthy();
    const levels = Array.from(screenRegion.querySelectorAll('h2, h3, h4, h5, h6')).map((h) => Number(h.tagName[1]));
    expect(levels[0]).toBe(2);
    expect(levels.every((level, i) => i === 0 || level <= levels[i - 1]! + 1)).toBe(true);
    const results = await axe.run(screenRegion, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });
});
