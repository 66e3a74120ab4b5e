import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from './renderApp';

let app: Awaited<ReturnType<typeof renderApp>>;
afterEach(() => {
  vi.useRealTimers();
  app.backend.close();
});

describe('the screen lock', () => {
  it('locks after the idle time, hides the workspace without losing what was typed, and unlocks', async () => {
    app = await renderApp({ settings: { lockAfterMinutes: 2 } });
    const user = userEvent.setup();
    const subject = await screen.findByLabelText('问题摘要');
    await user.type(subject, '尚未保存的摘要');
    vi.useFakeTimers();
    act(() => vi.advanceTimersByTime(90_000));
    fireEvent.keyDown(window, { key: 'a' }); // activity restarts the clock
    act(() => vi.advanceTimersByTime(90_000));
    expect(screen.queryByRole('dialog', { name: '屏幕已锁定' })).toBeNull();
    act(() => vi.advanceTimersByTime(31_000));
    const lock = screen.getByRole('dialog', { name: '屏幕已锁定' });
    expect(document.querySelector('.app')!.hasAttribute('inert')).toBe(true);
    vi.useRealTimers();
    await user.click(within(lock).getByRole('button', { name: '解锁' }));
    expect(screen.queryByRole('dialog', { name: '屏幕已锁定' })).toBeNull();
    expect((screen.getByLabelText('问题摘要') as HTMLInputElement).value).toBe('尚未保存的摘要');
  });

  it('locks at once with Ctrl+L, and never by itself when set to 0', async () => {
    app = await renderApp({ settings: { lockAfterMinutes: 0 } });
    await screen.findByLabelText('问题摘要');
    vi.useFakeTimers();
    act(() => vi.advanceTimersByTime(24 * 3_600_000));
    expect(screen.queryByRole('dialog', { name: '屏幕已锁定' })).toBeNull();
    fireEvent.keyDown(window, { key: 'l', ctrlKey: true });
    expect(screen.getByRole('dialog', { name: '屏幕已锁定' })).toBeTruthy();
  });

  it('does not lock by itself during a call (the agent is talking, not typing)', async () => {
    app = await renderApp({ settings: { lockAfterMinutes: 1 } });
    await screen.findByLabelText('问题摘要');
    fireEvent.keyDown(window, { key: 'N', ctrlKey: true, shiftKey: true });
    expect((await screen.findAllByRole('heading', { name: /问候/ })).length).toBeGreaterThan(0);
    vi.useFakeTimers();
    act(() => vi.advanceTimersByTime(10 * 60_000));
    expect(screen.queryByRole('dialog', { name: '屏幕已锁定' })).toBeNull();
  });

  it('asks a signed-in agent for the password, and refuses a wrong one with a translated message', async () => {
    const agent = { id: 'a1', number: '1001', name: '李明', role: 'agent' as const, branchId: 'b1', teamId: null, offline: false };
    // The sign-in itself needs a sync server; only these two bridge verbs stand in for it here.
    app = await renderApp(
      { settings: { lockAfterMinutes: 1 } },
      {
        getSignedInAgent: async () => ({ ok: true, value: agent }),
        login: async ({ password }) => (password === 'right-password' ? { ok: true, value: agent } : { ok: false, error: { code: 'bad_credentials', message: 'no' } }),
      },
    );
    fireEvent.keyDown(window, { key: 'l', ctrlKey: true });
    const lock = await screen.findByRole('dialog', { name: '屏幕已锁定' });
    expect(await within(lock).findByText(/李明（工号 1001）已登录/)).toBeTruthy();
    const user = userEvent.setup();
    await user.type(within(lock).getByLabelText('密码'), 'wrong{Enter}');
    expect(await within(lock).findByRole('alert')).toHaveProperty('textContent', '工号或密码不对，请重新输入。');
    await user.type(within(lock).getByLabelText('密码'), 'right-password{Enter}');
    expect(screen.queryByRole('dialog', { name: '屏幕已锁定' })).toBeNull();
  });
});
