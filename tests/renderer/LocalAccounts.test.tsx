import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, testAdmin, testAgent } from '../support/testAccounts';
import { renderApp } from './renderApp';

let app: Awaited<ReturnType<typeof renderApp>>;
afterEach(() => app.backend.close());

describe('local accounts on a standalone desktop', () => {
  it('opens on the first-run setup, refuses mismatched passwords in words, and signs the new administrator in', async () => {
    app = await renderApp({ signedIn: null });
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: '首次使用：创建本机管理员' });
    await user.type(screen.getByLabelText('工号'), '9001');
    await user.type(screen.getByLabelText('姓名'), '周管理');
    await user.type(screen.getByLabelText('密码'), 'admin-pass-1');
    await user.type(screen.getByLabelText('再次输入密码'), 'admin-pass-2{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('两次输入的密码不一致');
    expect(await app.backend.api.getLocalAccess()).toMatchObject({ ok: true, value: { hasAdmin: false } });
    await user.clear(screen.getByLabelText('再次输入密码'));
    await user.type(screen.getByLabelText('再次输入密码'), 'admin-pass-1{Enter}');
    expect((await screen.findByText('周管理（9001 · 管理员）')).textContent).toBe('当前登录：周管理（9001 · 管理员）');
    expect(screen.getByRole('button', { name: '账号管理' })).toBeTruthy();
  });

  it('signs an agent in with number and password; a wrong password is refused in words', async () => {
    app = await renderApp({}, {}, (backend) => backend.api.logout());
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: '坐席登录' });
    await user.type(screen.getByLabelText('工号'), testAgent.number);
    await user.type(screen.getByLabelText('密码'), 'not-the-password{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('工号或密码不对，请重新输入。');
    await user.type(screen.getByLabelText('密码'), `${TEST_PASSWORD}{Enter}`);
    await screen.findByText(`${testAgent.name}（${testAgent.number} · 坐席）`);
    // Agents have no accounts screen.
    expect(screen.queryByRole('button', { name: '账号管理' })).toBeNull();
  });

  it('"my open cases" works for the signed-in agent and lists the case they created', async () => {
    app = await renderApp({}, {}, (backend) => backend.api.createCase({ customerName: '孙先生', customerPhone: '13812345678', channel: 'phone', subject: '发票抬头错误' }));
    const user = userEvent.setup();
    const views = await screen.findByRole('group', { name: '常用视图' });
    const mine = within(views).getByRole('button', { name: /我的未结工单/ });
    await expect.poll(() => (mine as HTMLButtonElement).disabled, { timeout: 30_000 }).toBe(false);
    await user.click(mine);
    await screen.findByText('发票抬头错误');
  });

  it('lets the administrator deactivate an agent, who then cannot sign in', async () => {
    app = await renderApp({ signedIn: testAdmin });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '账号管理' }));
    const dialog = await screen.findByRole('dialog', { name: '本机账号管理' });
    const row = (await within(dialog).findByRole('cell', { name: testAgent.name })).closest('tr')!;
    await user.click(within(row).getByRole('button', { name: '停用' }));
    await within(row).findByText('已停用');
    await user.click(within(dialog).getByRole('button', { name: '关闭' }));
    await user.click(screen.getByRole('button', { name: '退出登录' }));
    await screen.findByRole('heading', { name: '坐席登录' });
    await user.type(screen.getByLabelText('工号'), testAgent.number);
    await user.type(screen.getByLabelText('密码'), `${TEST_PASSWORD}{Enter}`);
    expect((await screen.findByRole('alert')).textContent).toBe('此账号已被停用，不能登录。请联系本机管理员。');
  });
});
