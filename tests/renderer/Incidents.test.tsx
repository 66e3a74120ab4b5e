import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { reportIncident } from '../../src/main/actions/incidentActions';
import { testAdmin, testAgent, type TestAccount } from '../support/testAccounts';
import { renderApp } from './renderApp';

let app: Awaited<ReturnType<typeof renderApp>>;
afterEach(() => app.backend.close());

const lead: TestAccount = { id: 'local-lead', number: '3001', name: '赵组长', role: 'lead', team: '一组' };

describe('incidents in the desktop', () => {
  it('an agent reports one from any screen in two keystrokes, gets the calming script, and the strip shows it', async () => {
    app = await renderApp({ signedIn: testAgent });
    const user = userEvent.setup();
    await user.keyboard('{Control>}{Shift>}X{/Shift}{/Control}');
    const dialog = await screen.findByRole('dialog', { name: '报告突发事件' });
    await user.keyboard('3');
    expect((within(dialog).getByRole('radio', { name: /安全问题/ }) as HTMLInputElement).checked).toBe(true);
    const text = within(dialog).getByLabelText('发生了什么');
    await waitFor(() => expect(document.activeElement).toBe(text), { timeout: 30_000 });
    expect(within(dialog).getByRole('region', { name: '安抚话术 · 安全问题' }).textContent).toContain('您的安全最重要');

    // Too short: a clear message, nothing stored.
    await user.type(text, '漏电{Enter}');
    expect((await within(dialog).findByRole('alert')).textContent).toBe('请用至少 4 个字说明发生了什么');
    expect(app.backend.services.rawDb().prepare('SELECT count(*) FROM incidents').pluck().get()).toBe(0);

    await user.clear(text);
    await user.type(text, '门店展示的电热水器外壳漏电{Enter}');
    expect((await within(dialog).findByRole('status')).textContent).toContain('已报告');
    expect(within(dialog).getByRole('region', { name: '安抚话术 · 安全问题' })).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: /关闭/ }));
    expect((await screen.findByText('进行中的突发事件：1 起')).closest('p')?.getAttribute('role')).toBe('status');
  });

  it('the lead is alerted on any screen, opens the incident and acknowledges it; the timeline says who', async () => {
    app = await renderApp({ signedIn: lead, accounts: [testAdmin, testAgent, lead] }, {}, (backend) => {
      reportIncident(backend.services.rawDb(), { kind: 'outage', summary: '订单系统查询全部超时', caseId: null }, { now: Date.now(), actor: { agentId: testAgent.id, role: 'agent' } });
    });
    const user = userEvent.setup();
    const alert = await screen.findByText(/新的突发事件（1 起待确认）：订单系统查询全部超时/, undefined, { timeout: 30_000 });
    expect(alert.closest('p')?.getAttribute('role')).toBe('alert');
    await user.click(within(alert.closest('p')!).getByRole('button', { name: '查看' }));
    const dialog = await screen.findByRole('dialog', { name: '突发事件' });
    expect(await within(dialog).findByText(/测试坐席 报告$/)).toBeTruthy();
    expect(within(dialog).getByRole('region', { name: '安抚话术 · 系统故障' })).toBeTruthy();
    await user.type(within(dialog).getByLabelText('说明（可不填）'), '技术部已在处理');
    await user.click(within(dialog).getByRole('button', { name: '确认收到' }));
    expect(await within(dialog).findByText(/赵组长 已确认/)).toBeTruthy();
    expect(within(dialog).getByText('技术部已在处理')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText(/新的突发事件/)).toBeNull(), { timeout: 30_000 });
    expect(screen.getByText('进行中的突发事件：1 起')).toBeTruthy();
  });

  it('lists the shortcut in the keyboard help', async () => {
    app = await renderApp({ signedIn: testAgent });
    const user = userEvent.setup();
    await user.keyboard('{F1}');
    const help = await screen.findByRole('dialog', { name: '键盘快捷键' });
    expect(within(help).getByRole('table', { name: '任何界面' }).textContent).toContain('Ctrl+Shift+X报告突发事件（再按 1–4 选类型）');
  });
});

describe('proactive lists in the desktop', () => {
  it('a lead imports a file with bad lines (listed by number, nothing built), then a good one; an agent works it', async () => {
    app = await renderApp({ signedIn: lead, accounts: [testAdmin, testAgent, lead] });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '团队看板' }));
    const panel = await screen.findByRole('region', { name: '主动服务名单' }, { timeout: 30_000 });
    await user.click(within(panel).getByRole('button', { name: '新建名单' }));
    await user.type(within(panel).getByLabelText('名单名称'), '冬季关怀回访');
    await user.type(within(panel).getByLabelText('话术'), '您好，天冷了，想问问家里的取暖器用着怎么样。');
    await user.click(within(panel).getByRole('radio', { name: '导入 CSV 文件' }));
    const upload = within(panel).getByLabelText('选择文件');
    await user.upload(upload, new File(['姓名,电话\n王女士,13800138000\n李先生,12ab\n'], 'bad.csv', { type: 'text/csv' }));
    await within(panel).findByText('已选择：bad.csv');
    await user.click(within(panel).getByRole('button', { name: '建立名单' }));
    expect((await within(panel).findByRole('alert')).textContent).toContain('第 3 行：电话号码无效');
    expect(app.backend.services.rawDb().prepare('SELECT count(*) FROM proactive_lists').pluck().get()).toBe(0);

    await user.upload(upload, new File(['姓名,电话\n王女士,13800138000\n李先生,13900001111\n'], 'good.csv', { type: 'text/csv' }));
    await within(panel).findByText('已选择：good.csv');
    await user.click(within(panel).getByRole('button', { name: '建立名单' }));
    expect((await within(panel).findByRole('status')).textContent).toBe('名单“冬季关怀回访”已建立，共 2 位客户。');
    expect(within(panel).getByText('共 2 位 · 未联系 2 · 联系上 0 · 无人接听 0 · 拒绝 0 · 完成 0')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: '回访' }));
    const work = await screen.findByRole('region', { name: '主动服务' }, { timeout: 30_000 });
    const card = await within(work).findByLabelText('王女士');
    expect(within(card).getByText('13800138000')).toBeTruthy();
    expect(within(work).getByText('您好，天冷了，想问问家里的取暖器用着怎么样。')).toBeTruthy();
    await user.type(within(card).getByLabelText('备注'), '一切正常');
    await user.click(within(card).getByRole('button', { name: '已联系上' }));
    expect((await within(work).findByRole('status')).textContent).toBe('已登记：王女士 · 已联系上');
    const next = await within(work).findByLabelText('李先生');
    // One click opens the call screen for the customer, as from the follow-up queue.
    await user.click(within(next).getByRole('button', { name: '打开通话界面' }));
    expect(await screen.findByRole('navigation', { name: '通话阶段' }, { timeout: 30_000 })).toBeTruthy();
  });

  it('the shift report shows incidents and proactive contacts over its period', async () => {
    app = await renderApp({ signedIn: lead, accounts: [testAdmin, testAgent, lead] });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '班次报表' }));
    await user.click(await screen.findByRole('button', { name: '生成报表' }, { timeout: 30_000 }));
    // In the report's summary, as the exports have them.
    const summary = await screen.findByRole('region', { name: '概览' }, { timeout: 30_000 });
    expect(summary.textContent).toMatch(/本期报告的突发事件\d+/);
    expect(summary.textContent).toMatch(/主动服务联系次数\d+/);
    expect(summary.textContent).toMatch(/主动服务：完成\d+/);
  });
});
