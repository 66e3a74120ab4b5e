import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveTheme } from '../../src/renderer/features/shell/useTheme';
import { renderApp } from './renderApp';

let app: Awaited<ReturnType<typeof renderApp>>;
afterEach(() => app.backend.close());

describe('the workspace shell', () => {
  it('switches workspaces from the header and with Ctrl+1…6', async () => {
    app = await renderApp();
    const user = userEvent.setup();
    const nav = screen.getByRole('navigation', { name: '工作区' });
    expect(within(nav).getAllByRole('button').map((b) => b.textContent)).toEqual(['工单', '回访', '知识库', '团队看板', '班次报表', '质检']);
    await user.keyboard('{Control>}2{/Control}');
    expect(within(nav).getByRole('button', { name: '回访' }).getAttribute('aria-current')).toBe('page');
    await user.keyboard('{Control>}1{/Control}');
    expect(within(nav).getByRole('button', { name: '工单' }).getAttribute('aria-current')).toBe('page');
    expect(await screen.findByRole('heading', { name: '工单列表' })).toBeTruthy();
    // The sixth, quality, has its number too; the help and the status bar say so.
    await user.keyboard('{Control>}6{/Control}');
    expect(within(nav).getByRole('button', { name: '质检' }).getAttribute('aria-current')).toBe('page');
    expect(document.querySelector('footer.statusbar')?.textContent).toContain('Ctrl+1…6 切换工作区');
    await user.click(document.body);
    await user.keyboard('{F1}');
    expect(within(screen.getByRole('dialog', { name: '键盘快捷键' })).getByRole('table', { name: '任何界面' }).textContent).toContain('Ctrl+1 … 6切换到工单 / 回访 / 知识库 / 团队看板 / 班次报表 / 质检');
  });

  it('opens the shortcut help with ? (not while typing) and F1, and closes it with Esc', async () => {
    app = await renderApp();
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox', { name: '搜索工单、客户和知识库' }), '?');
    expect(screen.queryByRole('dialog', { name: '键盘快捷键' })).toBeNull();
    await user.click(document.body);
    await user.keyboard('?');
    const help = screen.getByRole('dialog', { name: '键盘快捷键' });
    expect(within(help).getByRole('table', { name: '通话中' }).textContent).toContain('Alt+H结束通话，进入话后处理');
    expect(within(help).getByRole('table', { name: '任何界面' }).textContent).toContain('Ctrl+Shift+N接听新来电');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: '键盘快捷键' })).toBeNull();
    await user.keyboard('{F1}');
    expect(screen.getByRole('dialog', { name: '键盘快捷键' })).toBeTruthy();
  });

  it('shows the agent status: chosen when idle, on a call and after-call work during a call', async () => {
    app = await renderApp();
    const user = userEvent.setup();
    const status = screen.getByLabelText('坐席状态') as HTMLSelectElement;
    expect(status.value).toBe('available');
    await user.selectOptions(status, '小休');
    expect((screen.getByLabelText('坐席状态') as HTMLSelectElement).value).toBe('break');
    await user.keyboard('{Control>}{Shift>}N{/Shift}{/Control}');
    expect((await screen.findByLabelText('坐席状态')).textContent).toBe('通话中');
    await user.keyboard('{Alt>}h{/Alt}');
    expect((await screen.findByLabelText('坐席状态')).textContent).toBe('话后处理');
  });

  it('switches to the dark theme at once and keeps the choice in the settings', async () => {
    app = await renderApp();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('主题'), '深色');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(await app.backend.api.getSettings()).toMatchObject({ ok: true, value: { theme: 'dark' } });
    expect([resolveTheme('system', true), resolveTheme('system', false), resolveTheme('light', true)]).toEqual(['dark', 'light', 'light']);
  });
});
