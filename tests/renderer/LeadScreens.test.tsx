import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/main/store/actor';
import type { ReportReply } from '../../src/shared/schemas/reports';
import type { Result } from '../../src/shared/result';
import { day, lead, NOW, seedReportFixture } from '../support/reportFixture';
import { renderApp } from './renderApp';

let app: Awaited<ReturnType<typeof renderApp>>;
afterEach(() => app.backend.close());

const asLead = (actor: Actor = lead, overrides = {}, now = NOW) => renderApp({ now: () => now, actor: () => actor }, overrides, (backend) => seedReportFixture(backend.services.rawDb()));

/** Types a day into a date field (2026/11/16 in zh-CN) and leaves the field, which commits it. */
const chooseDay = (label: string, value: string) => {
  const box = screen.getByLabelText(label);
  fireEvent.change(box, { target: { value: value.replaceAll('-', '/') } });
  fireEvent.blur(box);
};

describe('team lead screens', () => {
  it('refuse an agent with a clear, translated message', async () => {
    app = await asLead({ agentId: 'a1', role: 'agent' });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '班次报表' }));
    expect((await screen.findByRole('alert')).textContent).toBe('团队看板和班次报表只对组长和管理员开放。您当前的角色不能查看，如需数据请联系组长。');
    await user.click(screen.getByRole('button', { name: '团队看板' }));
    expect((await screen.findByRole('alert')).textContent).toContain('只对组长和管理员开放');
    await user.click(screen.getByRole('button', { name: '工单' }));
    expect(await screen.findByRole('heading', { name: '工单列表' })).toBeTruthy();
  });

  it('make the shift report with a chart and a table per section, and export it', async () => {
    app = await asLead();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '班次报表' }));
    const team = (await screen.findByLabelText('团队')) as HTMLSelectElement;
    await screen.findByRole('option', { name: '售后一组' });
    expect(team.disabled).toBe(true); // a lead reports on their own team
    chooseDay('开始日期', '2026-11-16');
    chooseDay('结束日期', '2026-11-16');
    await user.click(screen.getByRole('button', { name: '生成报表' }));

    const summary = await screen.findByRole('region', { name: '概览' });
    const figure = (label: string) => within(summary).getByText(label).closest('.kpi')!.textContent;
    expect(figure('新建工单')).toBe('新建工单6');
    expect(figure('平均处理时长（通话+话后）')).toBe('平均处理时长（通话+话后）8分钟20秒');
    expect(figure('首次响应 SLA 达成率')).toBe('首次响应 SLA 达成率60.0%');
    expect(figure('满意度平均分')).toBe('满意度平均分4.00');
    const breaches = screen.getByRole('table', { name: 'SLA 超时清单' });
    expect(within(breaches).getAllByRole('row')).toHaveLength(6);
    expect(breaches.textContent).toContain('139****1111');
    for (const section of ['坐席明细', 'SLA 达成率', '升级与转交', '投诉分类', '满意度', '回访跟进', '高频问题', '重开工单']) expect(screen.getByRole('table', { name: section })).toBeTruthy();
    expect(screen.getByRole('figure', { name: '满意度图表' }).querySelectorAll('svg').length).toBeGreaterThan(0);

    await user.click(screen.getByRole('button', { name: '导出 Excel' }));
    const saved = await screen.findByText(/^已保存：/, {}, { timeout: 60_000 }); // a real XLSX file is written
    const path = saved.textContent!.replace('已保存：', '');
    expect(path).toMatch(/班次报表_售后一组_2026-11-16\.xlsx$/);
    expect(existsSync(path)).toBe(true);

    // Personal data needs a reason before any export button works.
    await user.click(screen.getByLabelText('包含个人信息（电话号码不脱敏）'));
    expect((screen.getByRole('button', { name: '导出 PDF' }) as HTMLButtonElement).disabled).toBe(true);
    await user.type(screen.getByLabelText('原因（必填，记入审计日志）'), '月度质检');
    expect((screen.getByRole('button', { name: '导出 PDF' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('show a running report’s progress and cancel it', async () => {
    let finish: (reply: Result<ReportReply>) => void = () => {};
    let running = '';
    const cancelled: string[] = [];
    app = await asLead(lead, {
      runShiftReport: ({ jobId }: { jobId: string }) => {
        running = jobId;
        return new Promise<Result<ReportReply>>((resolve) => (finish = resolve));
      },
      cancelReport: async ({ jobId }: { jobId: string }) => {
        cancelled.push(jobId);
        return { ok: true as const, value: { cancelled: true } };
      },
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '班次报表' }));
    await screen.findByRole('option', { name: '售后一组' });
    await user.click(screen.getByRole('button', { name: '生成报表' }));
    const status = await screen.findByRole('status');
    expect(screen.getByRole('button', { name: '正在生成…' })).toBeTruthy();
    app.backend.emit('event:reportProgress', { jobId: 'job-someone-else', phase: 'computing', done: 1, total: 4 });
    app.backend.emit('event:reportProgress', { jobId: running, phase: 'computing', done: 3, total: 4 });
    expect(await within(status).findByText('正在统计：75%')).toBeTruthy();
    expect((within(status).getByRole('progressbar') as HTMLProgressElement).value).toBe(75);
    await user.click(within(status).getByRole('button', { name: '取消' }));
    expect(cancelled).toEqual([running]);
    finish({ ok: true, value: { status: 'cancelled' } });
    expect(await screen.findByText('已取消，没有生成任何内容。')).toBeTruthy();
    expect(screen.queryByRole('region', { name: '概览' })).toBeNull();
  });

  it('show the live team view and record an approval with its reason', async () => {
    app = await asLead(lead, {}, day('23:30'));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '团队看板' }));
    const agents = await screen.findByRole('table', { name: '坐席状态' });
    expect(within(agents).getAllByRole('row').map((r) => r.textContent)).toEqual([
      '坐席状态当前通话上次通话结束今日通话未结工单',
      expect.stringMatching(/^刘组长 1100暂无通话—/),
      expect.stringMatching(/^张伟 1101暂无通话—/),
      expect.stringMatching(/^李娜 1102暂无通话—/),
    ]);
    expect(screen.getByRole('heading', { name: '团队看板 · 售后一组' })).toBeTruthy();
    const breaching = screen.getByRole('region', { name: '即将超时（两小时内）' });
    expect(breaching.textContent).toContain('订单改地址后仍发往旧地址'); // c5: resolution due at 23:59
    expect(breaching.textContent).toContain('还剩 29分钟 到期');
    expect(screen.getByRole('region', { name: '升级和转交等待反馈' }).textContent).toContain('升级至 二线技术 · 已等待 9小时29分钟'); // since 14:01

    const approval = within(screen.getByRole('region', { name: '待审批' })).getByRole('listitem', { name: 'SH01-20261116-AAA-0004' });
    expect(approval.textContent).toContain('李娜');
    expect(approval.textContent).toContain('补偿');
    await user.click(within(approval).getByRole('button', { name: '驳回' }));
    const form = within(approval).getByRole('form', { name: '审批 SH01-20261116-AAA-0004' });
    expect((within(form).getByRole('button', { name: '确认驳回' }) as HTMLButtonElement).disabled).toBe(true);
    await user.type(within(form).getByLabelText('审批意见（至少两个字，记入工单时间线）'), '超出补偿标准');
    await user.click(within(form).getByRole('button', { name: '确认驳回' }));
    expect(await screen.findByText('审批结果已记入工单 SH01-20261116-AAA-0004 的时间线。')).toBeTruthy();
    expect(screen.getByText('没有待审批的申请。')).toBeTruthy();
    const event = app.backend.services.rawDb().prepare("SELECT kind, data FROM timeline_events WHERE case_id = 'c4' AND kind = 'approvalDenied'").get() as { data: string };
    expect(JSON.parse(event.data)).toMatchObject({ requestId: 'e5', reason: '超出补偿标准' });

    // The decision and its reason show on the case's timeline.
    await user.click(screen.getByRole('button', { name: '工单' }));
    await user.click(await screen.findByRole('row', { name: /冰箱送货太慢/ }));
    const panel = await screen.findByRole('complementary', { name: /冰箱送货太慢/ });
    expect(await within(panel).findByText(/超出补偿标准/)).toBeTruthy();
  });

  it('show long waits in the team view in days and hours, never in raw minutes', async () => {
    // Three days after the escalation of c3 (16 Nov 14:01), still waiting for feedback.
    app = await asLead(lead, {}, day('10:30', '2026-11-19'));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '团队看板' }));
    const escalations = await screen.findByRole('region', { name: '升级和转交等待反馈' });
    await within(escalations).findByText(/二线技术/);
    expect(escalations.textContent).toContain('升级至 二线技术 · 已等待 2天20小时');
    expect(escalations.textContent).not.toMatch(/\d{3,} ?分钟/);
  });

  it('open the shift report on the last complete week with work, not on an empty today', async () => {
    // Saturday 5 Dec 2026; the store's work ends on 16 Nov (like demo data seeded weeks ago).
    app = await asLead(lead, {}, day('10:00', '2026-12-05'));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '班次报表' }));
    await screen.findByRole('option', { name: '售后一组' });
    await expect.poll(() => (screen.getByLabelText('开始日期') as HTMLInputElement).value, { timeout: 30_000 }).toBe('2026/11/16');
    expect((screen.getByLabelText('结束日期') as HTMLInputElement).value).toBe('2026/11/22');
    await user.click(screen.getByRole('button', { name: '生成报表' }));
    const summary = await screen.findByRole('region', { name: '概览' }, { timeout: 30_000 });
    expect(within(summary).getByText('新建工单').closest('.kpi')!.textContent).toBe('新建工单6');
  });
});
