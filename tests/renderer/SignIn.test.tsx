import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';
import { agentLiMing, saveOfflineLogin, UNREACHABLE_SERVER } from './syncFixtures';

let app: Awaited<ReturnType<typeof renderApp>>;
afterEach(() => app.backend.close());

// Real sign-in all the way through main: the server is unreachable, so main checks the password
// against the desktop's saved offline sign-in (no bridge verb is stubbed here).
describe('signing in', () => {
  it('asks for sign-in when a server is set up; a wrong password is refused in words; the right one shows the agent, signed in offline', async () => {
    app = await renderApp({ settings: { serverUrl: UNREACHABLE_SERVER } }, {}, (backend) => saveOfflineLogin(backend, agentLiMing, 'right-password'));
    const user = userEvent.setup();
    const dialog = await screen.findByRole('dialog', { name: '登录坐席账号' });
    const number = within(dialog).getByLabelText('工号');
    expect(document.activeElement).toBe(number);
    expect(within(dialog).getByText(/曾在本机登录过的坐席可以离线登录/)).toBeTruthy();
    await user.type(number, '1001');
    await user.type(within(dialog).getByLabelText('密码'), 'wrong-password{Enter}');
    expect((await within(dialog).findByRole('alert')).textContent).toBe('工号或密码不对，请重新输入。');
    expect((within(dialog).getByLabelText('密码') as HTMLInputElement).value).toBe('');

    await user.type(within(dialog).getByLabelText('密码'), 'right-password{Enter}');
    expect((await screen.findByText('李明（1001）')).textContent).toBe('已登录：李明（1001）'); // "已登录：" for screen readers
    expect(screen.queryByRole('dialog', { name: '登录坐席账号' })).toBeNull();
    expect(screen.getByText('离线登录').getAttribute('title')).toBe('离线登录：连上服务器后会自动同步');
    await user.click(screen.getByRole('button', { name: /^同步状态：/ }));
    expect(within(screen.getByRole('dialog', { name: '数据同步' })).getByText('您是离线登录的：连上服务器后会自动同步。')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: '退出登录' }));
    expect(await screen.findByRole('dialog', { name: '登录坐席账号' })).toBeTruthy();
    expect(await app.backend.api.getSignedInAgent()).toEqual({ ok: true, value: null });
  });

  it('marks empty fields, explains an unreachable server, and can be put off until later', async () => {
    app = await renderApp({ settings: { serverUrl: UNREACHABLE_SERVER } });
    const user = userEvent.setup();
    const dialog = await screen.findByRole('dialog', { name: '登录坐席账号' });
    await user.click(within(dialog).getByRole('button', { name: '登录' }));
    const number = within(dialog).getByLabelText('工号');
    await within(dialog).findAllByText('此项必填');
    expect(number.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(number.getAttribute('aria-describedby')!)!.textContent).toBe('此项必填');
    expect(document.getElementById(within(dialog).getByLabelText('密码').getAttribute('aria-describedby')!)!.textContent).toBe('此项必填');

    await user.type(number, '2002');
    await user.type(within(dialog).getByLabelText('密码'), 'whatever{Enter}');
    expect((await within(dialog).findByRole('alert')).textContent).toBe('连不上服务器，且本机没有您的离线登录记录。请联网后首次登录。');

    await user.click(within(dialog).getByRole('button', { name: '稍后登录' }));
    expect(screen.queryByRole('dialog', { name: '登录坐席账号' })).toBeNull();
    expect(screen.getByRole('button', { name: '同步状态：未登录' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(screen.getByRole('dialog', { name: '登录坐席账号' })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: '登录坐席账号' })).toBeNull();
  });

  it('says in words when the server did not prove it is the trusted one, and when offline sign-in is no longer allowed', async () => {
    const refusals = ['untrusted_server', 'offline_sign_in_expired', 'account_revoked'] as const;
    let next = 0;
    app = await renderApp({ settings: { serverUrl: UNREACHABLE_SERVER } }, { login: async () => ({ ok: false, error: { code: refusals[next++]!, message: 'refused' } }) });
    const user = userEvent.setup();
    const dialog = await screen.findByRole('dialog', { name: '登录坐席账号' });
    await user.type(within(dialog).getByLabelText('工号'), '1001');
    const texts: string[] = [];
    for (let i = 0; i < refusals.length; i++) {
      await user.type(within(dialog).getByLabelText('密码'), 'some-password{Enter}');
      await within(dialog).findByRole('alert');
      await screen.findByText((_, element) => element?.getAttribute('role') === 'alert' && !texts.includes(element.textContent ?? '') && (element.textContent ?? '').length > 0);
      texts.push(within(dialog).getByRole('alert').textContent ?? '');
    }
    expect(texts).toEqual([
      '已拒绝登录：该服务器无法证明自己是本机信任的同步服务器（签名密钥不符），数据未改动。请告知管理员。',
      '不能再离线登录：本机已太久没有连上服务器确认您的账号。请在能连上服务器时登录。',
      '服务器已重置或停用此账号，不能在本机离线登录。请在能连上服务器时登录，或联系组长。',
    ]);
    expect(await app.backend.api.getSignedInAgent()).toEqual({ ok: true, value: null });
  });

  it('refuses an agent who tries to set the sync server, in words, and saves nothing', async () => {
    app = await renderApp();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '坐席信息' }));
    const profile = screen.getByRole('dialog', { name: '坐席信息' });
    await user.type(within(profile).getByLabelText('同步服务器地址'), 'https://sync.example.com');
    await user.click(within(profile).getByRole('button', { name: '保存' }));
    expect((await within(profile).findByRole('alert')).textContent).toBe('只有管理员可以更改同步服务器地址和更新设置（或由本机策略统一设置），本次没有保存。');
    expect(await app.backend.api.getSettings()).toMatchObject({ ok: true, value: { serverUrl: null } });
  });

  it('lets an admin set the sync server in the agent profile, refuses a bad or plain-http address in words, and clearing it goes back to standalone', async () => {
    app = await renderApp({ actor: () => ({ agentId: 'admin-1', role: 'admin' }) });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '坐席信息' }));
    let profile = screen.getByRole('dialog', { name: '坐席信息' });
    const server = within(profile).getByLabelText('同步服务器地址');
    await user.type(server, 'ftp://sync.example');
    await user.click(within(profile).getByRole('button', { name: '保存' }));
    expect(await within(profile).findByText('请输入以 https:// 开头的完整地址')).toBeTruthy();
    expect(server.getAttribute('aria-invalid')).toBe('true');
    await user.clear(server);
    await user.type(server, 'http://sync.example');
    await user.click(within(profile).getByRole('button', { name: '保存' }));
    expect(await within(profile).findByText('同步服务器必须使用 https://（只有本机地址 localhost、127.0.0.1 可以用 http://）')).toBeTruthy();
    expect(await app.backend.api.getSettings()).toMatchObject({ ok: true, value: { serverUrl: null } });

    await user.clear(server);
    await user.type(server, UNREACHABLE_SERVER);
    await user.click(within(profile).getByRole('button', { name: '保存' }));
    expect(await screen.findByRole('dialog', { name: '登录坐席账号' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '同步状态：未登录' })).toBeTruthy();
    expect(await app.backend.api.getSettings()).toMatchObject({ ok: true, value: { serverUrl: UNREACHABLE_SERVER } });

    await user.click(screen.getByRole('button', { name: '稍后登录' }));
    await user.click(screen.getByRole('button', { name: '坐席信息' }));
    profile = screen.getByRole('dialog', { name: '坐席信息' });
    expect((within(profile).getByLabelText('同步服务器地址') as HTMLInputElement).value).toBe(UNREACHABLE_SERVER);
    await user.clear(within(profile).getByLabelText('同步服务器地址'));
    await user.click(within(profile).getByRole('button', { name: '保存' }));
    expect(await screen.findByRole('button', { name: '同步状态：单机模式' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '登录' })).toBeNull();
    expect(await app.backend.api.getSettings()).toMatchObject({ ok: true, value: { serverUrl: null } });
  });
});
