import { act, render, screen, within } from '@testing-library/react';
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

function renderCall(locale: 'zh-CN' | 'en' = 'zh-CN') {
  backend = realBridge();
  let id = 0;
  const store = createCallStore(backend.api, Date.now, () => `call-${++id}`);
  render(
    <ApiProvider value={backend.api}>
      <I18nextProvider i18n={setupI18n(locale)}>
        <CallScreen store={store} profile={profile} locale={locale} />
      </I18nextProvider>
    </ApiProvider>,
  );
  return { store, user: userEvent.setup() };
}

describe('the call screen', () => {
  it('opens at greet with the script filled in, the company and agent named, and blanks where nothing is known', async () => {
    const { store } = renderCall();
    act(() => store.getState().start({ channel: 'phone', incoming: { number: '13900001111', receivedAt: Date.now(), matches: [] } }));
    const rail = screen.getByRole('navigation', { name: '通话阶段' });
    expect(within(rail).getByRole('button', { current: 'step' }).textContent).toContain('问候');
    const script = screen.getByRole('region', { name: /话术/ });
    expect(script.textContent).toContain('安心家电');
    expect(script.textContent).toContain('8001');
    expect(script.textContent).not.toMatch(/\{\w+\}/);
    // An unknown number starts with the new-customer form, the number already filled in.
    expect((screen.getByLabelText('联系电话') as HTMLInputElement).value).toBe('13900001111');
  });

  it('refuses to leave a stage while its gate is closed, saying what is missing, then moves on', async () => {
    const { store, user } = renderCall();
    act(() => store.getState().start({ channel: 'phone' }));
    await user.click(screen.getByRole('button', { name: /完成本阶段/ }));
    expect(screen.getByRole('alert').textContent).toContain('选择来电客户、登记新客户或标记为匿名');
    await user.click(screen.getByRole('button', { name: '客户不愿透露身份' }));
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(screen.getByRole('heading', { level: 3, name: '确认' })).toBeTruthy();
    expect(store.getState().draft?.completed.map((c) => c.stage)).toEqual(['greet']);
    await user.keyboard('{Alt>}1{/Alt}');
    expect(screen.getByRole('heading', { level: 3, name: '问候' })).toBeTruthy();
  });

  it('flags a forbidden phrase as it is typed and replaces it with the chosen alternative', async () => {
    const { store, user } = renderCall();
    act(() => store.getState().start({ channel: 'phone' }));
    await user.click(screen.getByRole('button', { name: '客户不愿透露身份' }));
    await user.keyboard('{Control>}{Enter}{/Control}');
    const keyPoints = screen.getByLabelText(/要点记录/);
    await user.type(keyPoints, '这个我不知道');
    const flags = await screen.findByText(/“不知道” · 消极表达/);
    const alternative = within(flags.closest('li')!).getAllByRole('button')[0]!;
    const text = alternative.textContent!;
    await user.click(alternative);
    // The whole clause is replaced: never 这个我我帮您核实一下.
    expect((keyPoints as HTMLTextAreaElement).value).toBe(text);
    expect((keyPoints as HTMLTextAreaElement).value).not.toContain('我我');
    expect(screen.queryByText(/消极表达/)).toBeNull();
  });

  it('keeps the draft in main as the agent types, so a restart resumes it', async () => {
    const { store, user } = renderCall();
    act(() => store.getState().start({ channel: 'phone' }));
    await user.click(screen.getByRole('button', { name: '客户不愿透露身份' }));
    await store.getState().flush();
    const reply = await backend.api.openCallDraft();
    expect(reply.ok && reply.value?.caller).toEqual({ mode: 'anonymous' });
  });
});

describe('a second call while one is in progress', () => {
  it('is kept waiting, not dropped and not mixed into the current call', async () => {
    const { store } = renderCall();
    act(() => store.getState().start({ channel: 'phone', incoming: { number: '13900001111', receivedAt: 1, matches: [] } }));
    act(() => store.getState().start({ channel: 'phone', incoming: { number: '13700002222', receivedAt: 2, matches: [] } }));
    expect(store.getState().draft?.callerNumber).toBe('13900001111');
    expect(store.getState().waiting?.number).toBe('13700002222');
    await act(() => store.getState().discard());
    act(() => store.getState().start({ channel: 'phone', incoming: store.getState().waiting }));
    expect(store.getState().draft?.callerNumber).toBe('13700002222');
    expect(store.getState().waiting).toBeNull();
  });
});
