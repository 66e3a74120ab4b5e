import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiProvider } from '../../src/renderer/apiContext';
import { CallScreen } from '../../src/renderer/features/call/CallScreen';
import { createCallStore } from '../../src/renderer/features/call/callStore';
import { setupI18n } from '../../src/renderer/i18n/setupI18n';
import { realBridge } from '../support/realBridge';

let backend: ReturnType<typeof realBridge>;
afterEach(() => backend.close());

const profile = { companyName: '安心家电', agentName: '李明', agentNumber: '8001' };
const t0 = Date.UTC(2026, 11, 7, 2, 0); // Monday 10:00 Beijing
const CEILING = { timeout: 30_000 };

/** The call screen on real services, main and renderer sharing one injected clock. */
function renderCall(settings: unknown = {}) {
  let now = t0;
  const clock = () => now;
  backend = realBridge({ now: clock, settings });
  const store = createCallStore(backend.api, clock, () => 'call-1');
  render(
    <ApiProvider value={backend.api}>
      <I18nextProvider i18n={setupI18n('zh-CN')}>
        <CallScreen store={store} profile={profile} locale="zh-CN" clock={clock} />
      </I18nextProvider>
    </ApiProvider>,
  );
  return { store, user: userEvent.setup(), advance: (ms: number) => (now += ms) };
}

const eventsInStore = () => backend.services.rawDb().prepare("SELECT kind, at, source FROM call_events WHERE call_ref = 'call-1' ORDER BY at, rowid").all();

describe('call controls', () => {
  it('records the ring at the screen pop and the answer at the button, and the phone answer clock runs between them', async () => {
    const { store, user, advance } = renderCall();
    act(() => store.getState().start({ channel: 'phone', incoming: { number: '13900001111', receivedAt: t0, matches: [] } }));
    const controls = screen.getByRole('group', { name: '通话控制' });
    await within(controls).findByRole('button', { name: '已接起' }, CEILING);
    advance(8_000);
    await user.click(within(controls).getByRole('button', { name: '已接起' }));
    await waitFor(() => expect(eventsInStore()).toEqual([
      { kind: 'ring', at: t0, source: 'agent' },
      { kind: 'answer', at: t0 + 8_000, source: 'agent' },
    ]), CEILING);
    const clocks = screen.getByRole('list', { name: '服务时钟' });
    const answer = within(clocks).getAllByRole('listitem').find((li) => li.getAttribute('data-clock') === 'phoneAnswer')!;
    await waitFor(() => expect(answer.textContent).toContain('电话接起 · 达标'), CEILING);
    expect(within(answer).getByRole('tooltip', { hidden: true }).textContent).toContain('从电话响铃');
  });

  it('holds with a timer, prompts the agent back to the caller at the set interval, and adds up the hold time', async () => {
    const { store, user, advance } = renderCall({ holdPromptSeconds: 30 });
    act(() => store.getState().start({ channel: 'phone' }));
    const controls = screen.getByRole('group', { name: '通话控制' });
    await user.click(within(controls).getByRole('button', { name: '保持' }));
    await within(controls).findByRole('button', { name: '恢复通话' }, CEILING);
    expect(screen.queryByText(/请回到线上/)).toBeNull();
    advance(31_000);
    const prompt = await screen.findByText(/客户已等待 00:3\d，请回到线上告知进展/, undefined, CEILING);
    expect(prompt.getAttribute('role')).toBe('alert');
    expect(within(controls).getByRole('timer').textContent).toMatch(/保持中 00:3\d/);
    advance(9_000);
    await user.click(within(controls).getByRole('button', { name: '恢复通话' }));
    await within(controls).findByText('累计保持 00:40 · 共 1 次', undefined, CEILING);
    expect(screen.queryByText(/请回到线上/)).toBeNull();

    await user.click(within(controls).getByRole('button', { name: '静音' }));
    await within(controls).findByRole('button', { name: '取消静音' }, CEILING);
    expect(eventsInStore().map((e) => (e as { kind: string }).kind)).toEqual(['hold', 'resume', 'mute']);
  });

  it('takes a softphone hangup as the end of the talk, starting after-call work', async () => {
    const { store } = renderCall();
    act(() => store.getState().start({ channel: 'phone', incoming: { number: '13900001111', receivedAt: t0, matches: [], callRef: 'pbx-9' } }));
    act(() => store.getState().receiveEvent({ id: 'e1', callRef: 'pbx-9', kind: 'hangup', at: t0 + 90_000, source: 'telephony', callerNumber: null, data: {} }));
    expect(store.getState().draft?.talkEndedAt).toBe(t0 + 90_000);
    await screen.findByText(/话后处理/, undefined, CEILING);
    // Another call's events are not this one's.
    act(() => store.getState().receiveEvent({ id: 'e2', callRef: 'pbx-other', kind: 'hold', at: t0 + 1, source: 'telephony', callerNumber: null, data: {} }));
    expect(store.getState().events.map((e) => e.id)).toEqual(['e1']);
  });
});
