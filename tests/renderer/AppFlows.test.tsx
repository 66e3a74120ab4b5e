import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { testAgent } from '../support/testAccounts';
import { renderApp } from './renderApp';

let app: Awaited<ReturnType<typeof renderApp>>;
afterEach(() => app.backend.close());

describe('the app shell', () => {
  it('opens a case found by search with its timeline, and closes it with Esc', async () => {
    app = await renderApp();
    const created = await app.backend.api.createCase({ customerName: '赵敏', customerPhone: '13611112222', channel: 'chat', subject: '会员积分没有到账' });
    expect(created.ok).toBe(true);
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox', { name: '搜索工单、客户和知识库' }), '积分');
    await user.click(await within(await screen.findByRole('listbox', { name: '搜索结果' })).findByRole('option'));
    const panel = await screen.findByRole('complementary', { name: /会员积分没有到账/ });
    expect(within(panel).getByText(/创建工单/)).toBeTruthy();
    expect(panel.textContent).toContain('136****2222');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary', { name: /会员积分没有到账/ })).toBeNull();
    expect(screen.getByRole('heading', { name: '工单列表' })).toBeTruthy();
  });

  it('names the signed-in account once: the profile shows it instead of a typed name and number, and the greeting script uses it', async () => {
    app = await renderApp();
    const user = userEvent.setup();
    await screen.findByText(`${testAgent.name}（${testAgent.number} · 坐席）`);
    await user.click(await screen.findByRole('button', { name: '坐席信息' }));
    const dialog = screen.getByRole('dialog', { name: '坐席信息' });
    expect(within(dialog).getByText(/^当前登录：/).textContent).toBe(`当前登录：${testAgent.name}（工号 ${testAgent.number}）。话术中的姓名和工号取自登录账号。`);
    expect(within(dialog).queryByLabelText('坐席姓名')).toBeNull();
    await user.type(within(dialog).getByLabelText('公司名称'), '安心家电');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await expect.poll(async () => screen.queryByRole('dialog', { name: '坐席信息' }), { timeout: 30_000 }).toBeNull();
    expect(await app.backend.api.getSettings()).toMatchObject({ ok: true, value: { companyName: '安心家电' } });
    // No second identity in the header.
    expect(screen.queryByRole('button', { name: /^坐席：/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: /接听新来电/ }));
    const script = await screen.findByRole('region', { name: /话术/ });
    expect(script.textContent).toContain('安心家电');
    expect(script.textContent).toContain(testAgent.number);
  });
});

describe('support', () => {
  it('exports a diagnostics file from the agent profile dialog and says where it is', async () => {
    app = await renderApp();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '坐席信息' }));
    const dialog = screen.getByRole('dialog', { name: '坐席信息' });
    await user.click(within(dialog).getByRole('button', { name: '导出诊断信息' }));
    const status = await within(dialog).findByRole('status');
    expect(status.textContent).toMatch(/^已保存到：.*diagnostics.*agentdesk-diagnostics-.*\.json$/);
  });
});
