import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../src/shared/result';
import type { SyncStatus } from '../../src/shared/schemas/sync';
import { renderApp } from './renderApp';
import { actingLiMing, agentLiMing, createCase, emitStatus, syncStatus, UNREACHABLE_SERVER } from './syncFixtures';

let app: Awaited<ReturnType<typeof renderApp>>;
afterEach(() => app.backend.close());

const signedIn = { getSignedInAgent: async () => ({ ok: true as const, value: agentLiMing }) };

describe('the sync badge', () => {
  it('says 单机模式 on a standalone desktop, explains it in the panel, and Esc closes the panel back to the badge', async () => {
    app = await renderApp();
    const user = userEvent.setup();
    const badge = await screen.findByRole('button', { name: '同步状态：单机模式' });
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    await user.click(badge);
    const panel = screen.getByRole('dialog', { name: '数据同步' });
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    expect(within(panel).getByText(/没有设置同步服务器，所有数据只保存在这台电脑上/)).toBeTruthy();
    expect(within(panel).queryByRole('button', { name: /立即同步/ })).toBeNull();
    expect(panel.contains(document.activeElement)).toBe(true);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: '数据同步' })).toBeNull();
    expect(document.activeElement).toBe(badge);
    // No server, no sign-in.
    expect(screen.queryByRole('dialog', { name: '登录坐席账号' })).toBeNull();
    expect(screen.queryByRole('button', { name: '登录' })).toBeNull();
  });

  it('shows when it last synced and how many changes wait, and follows main’s status events live', async () => {
    app = await renderApp({ settings: { serverUrl: UNREACHABLE_SERVER }, actor: actingLiMing }, signedIn, async (backend) => {
      await createCase(backend, '冰箱不制冷'); // two changes in the outbox: the customer and the case
      backend.services.rawDb().prepare('UPDATE sync_state SET last_sync_at = ? WHERE id = 1').run(Date.now() - 2 * 60_000 - 5_000);
    });
    const badge = await screen.findByRole('button', { name: '同步状态：已同步 · 2 分钟前 · 2 条待同步' });
    expect(badge.textContent).toBe('已同步 · 2 分钟前2');
    const live = document.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toBe('已同步');

    act(() => emitStatus(app.backend, syncStatus({ phase: 'offline', pending: 3, lastError: 'connect ECONNREFUSED 127.0.0.1:9', nextAttemptAt: Date.now() + 30_000 })));
    expect(screen.getByRole('button', { name: '同步状态：离线 · 3 条待同步' }).textContent).toBe('离线 · 3 条待同步3');
    expect(live.textContent).toBe('已离线，修改先保存在本机，联网后自动同步');
    await userEvent.setup().click(badge);
    const panel = screen.getByRole('dialog', { name: '数据同步' });
    const detail = (term: string) => within(panel).getByText(term).nextElementSibling!.textContent;
    expect(detail('待同步修改')).toBe('3 条');
    expect(detail('下次自动同步')).toBe('30 秒后');
    expect(detail('最近一次错误')).toBe('connect ECONNREFUSED 127.0.0.1:9');
    expect(detail('同步服务器')).toBe(UNREACHABLE_SERVER);

    act(() => emitStatus(app.backend, syncStatus({ phase: 'error', pending: 3, lastError: 'HTTP 503 maintenance' })));
    expect(screen.getByRole('button', { name: '同步状态：同步出错：HTTP 503 maintenance · 3 条待同步' })).toBeTruthy();
    expect(live.textContent).toBe('同步出错');

    // The server says this store's client id belongs to another device: said in words, not as the raw code.
    act(() => emitStatus(app.backend, syncStatus({ phase: 'error', pending: 3, lastError: 'clientIdTaken: client id x belongs to another device' })));
    expect(screen.getByRole('button', { name: '同步状态：同步出错：服务器认定这台电脑的同步身份属于另一台设备，同步已暂停，请联系管理员 · 3 条待同步' })).toBeTruthy();

    // The server refused the token: signed out, and the sign-in dialog asks again.
    act(() => emitStatus(app.backend, syncStatus({ phase: 'signedOut', pending: 3 })));
    expect(screen.getByRole('button', { name: '同步状态：未登录 · 3 条待同步' })).toBeTruthy();
    expect(await screen.findByRole('dialog', { name: '登录坐席账号' })).toBeTruthy();
  });

  it('syncs now from the panel with progress shown, and on Ctrl+Shift+S and when the network comes back', async () => {
    let finish: (reply: Result<SyncStatus>) => void = () => {};
    const syncNow = vi.fn(() => new Promise<Result<SyncStatus>>((resolve) => (finish = resolve)));
    app = await renderApp({ settings: { serverUrl: UNREACHABLE_SERVER } }, { ...signedIn, syncNow });
    const user = userEvent.setup();
    const badge = await screen.findByRole('button', { name: '同步状态：等待首次同步' });
    await user.click(badge);
    const panel = screen.getByRole('dialog', { name: '数据同步' });
    await user.click(within(panel).getByRole('button', { name: '立即同步 Ctrl+Shift+S' }));
    const busy = within(panel).getByRole('button', { name: '正在同步… Ctrl+Shift+S' });
    expect(busy.hasAttribute('disabled')).toBe(true);
    expect(badge.getAttribute('aria-label')).toBe('同步状态：正在同步…');
    await act(async () => finish({ ok: true, value: syncStatus({ lastSyncAt: Date.now() }) }));
    expect(badge.getAttribute('aria-label')).toBe('同步状态：已同步 · 刚刚');
    expect(within(panel).getByRole('button', { name: '立即同步 Ctrl+Shift+S' })).toBeTruthy();

    fireEvent.keyDown(window, { key: 'S', code: 'KeyS', ctrlKey: true, shiftKey: true });
    await act(async () => finish({ ok: true, value: syncStatus({ lastSyncAt: Date.now() }) }));
    act(() => void window.dispatchEvent(new Event('online')));
    await act(async () => finish({ ok: true, value: syncStatus({ lastSyncAt: Date.now() }) }));
    expect(syncNow).toHaveBeenCalledTimes(3);
  });
});
