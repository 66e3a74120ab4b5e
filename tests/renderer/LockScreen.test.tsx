import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TEST_PASSWORD, testAgent } from '../support/testAccounts';
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
    await user.type(await within(lock).findByLabelText('密码', {}, { timeout: 30_000 }), TEST_PASSWORD);
    await user.click(within(lock).getByRole('button', { name: '解锁' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '屏幕已锁定' })).toBeNull(), { timeout: 30_000 });
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

  it('opens only with the signed-in agent\'s own password, refusing another in words', async () => {
    app = await renderApp({ settings: { lockAfterMinutes: 1 } });
    fireEvent.keyDown(window, { key: 'l', ctrlKey: true });
    const lock = await screen.findByRole('dialog', { name: '屏幕已锁定' });
    expect(await within(lock).findByText(`${testAgent.name}（工号 ${testAgent.number}）已登录。请输入密码继续工作。`)).toBeTruthy();
    const user = userEvent.setup();
    await user.type(within(lock).getByLabelText('密码'), 'wrong-password{Enter}');
    expect(await within(lock).findByRole('alert')).toHaveProperty('textContent', '工号或密码不对，请重新输入。');
    await user.type(within(lock).getByLabelText('密码'), `${TEST_PASSWORD}{Enter}`);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '屏幕已锁定' })).toBeNull(), { timeout: 30_000 });
  });

  it('"switch agent" signs the agent out for the next shift and keeps their call draft', async () => {
    app = await renderApp({ settings: { lockAfterMinutes: 1 } });
    fireEvent.keyDown(window, { key: 'N', ctrlKey: true, shiftKey: true });
    expect((await screen.findAllByRole('heading', { name: /问候/ })).length).toBeGreaterThan(0);
    await waitFor(async () => expect(app.backend.services.rawDb().prepare('SELECT count(*) FROM call_drafts').pluck().get()).toBe(1), { timeout: 30_000 });
    fireEvent.keyDown(window, { key: 'l', ctrlKey: true });
    const lock = await screen.findByRole('dialog', { name: '屏幕已锁定' });
    await userEvent.setup().click(within(lock).getByRole('button', { name: '切换坐席' }));
    await screen.findByRole('heading', { name: '坐席登录' });
    expect(await app.backend.api.getSignedInAgent()).toEqual({ ok: true, value: null });
    expect(app.backend.services.rawDb().prepare('SELECT count(*) FROM call_drafts').pluck().get()).toBe(1);
  });
});
