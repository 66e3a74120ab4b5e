import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
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

  it('saves the agent profile the greeting script uses, and rejects a bad agent number', async () => {
    app = await renderApp();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '设置坐席信息' }));
    const dialog = screen.getByRole('dialog', { name: '坐席信息' });
    await user.type(within(dialog).getByLabelText('坐席姓名'), '李明');
    await user.type(within(dialog).getByLabelText('工号'), '80 01!');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('内容无效')).toBeTruthy();
    expect((await app.backend.api.getSettings()).ok && (await app.backend.api.getSettings())).toMatchObject({ value: { agentName: '' } });
    await user.clear(within(dialog).getByLabelText('工号'));
    await user.type(within(dialog).getByLabelText('工号'), '8001');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await screen.findByRole('button', { name: '坐席：李明 8001' })).toBeTruthy();
    expect(await app.backend.api.getSettings()).toMatchObject({ ok: true, value: { agentName: '李明', agentNumber: '8001' } });
  });
});

describe('support', () => {
  it('exports a diagnostics file from the agent profile dialog and says where it is', async () => {
    app = await renderApp();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '设置坐席信息' }));
    const dialog = screen.getByRole('dialog', { name: '坐席信息' });
    await user.click(within(dialog).getByRole('button', { name: '导出诊断信息' }));
    const status = await within(dialog).findByRole('status');
    expect(status.textContent).toMatch(/^已保存到：.*diagnostics.*agentdesk-diagnostics-.*\.json$/);
  });
});
