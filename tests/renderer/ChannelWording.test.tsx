import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiProvider } from '../../src/renderer/apiContext';
import { CallScreen } from '../../src/renderer/features/call/CallScreen';
import { AgentStatusControl } from '../../src/renderer/features/shell/AgentStatusControl';
import { createCallStore } from '../../src/renderer/features/call/callStore';
import { setupI18n } from '../../src/renderer/i18n/setupI18n';
import type { Channel } from '../../src/shared/schemas/case';
import { realBridge } from '../support/realBridge';

let backend: ReturnType<typeof realBridge>;
afterEach(() => backend.close());

function renderChannel(channel: Channel, locale: 'zh-CN' | 'en' = 'zh-CN') {
  backend = realBridge();
  let id = 0;
  const store = createCallStore(backend.api, Date.now, () => `call-${++id}`);
  render(
    <ApiProvider value={backend.api}>
      <I18nextProvider i18n={setupI18n(locale)}>
        <CallScreen store={store} profile={{ companyName: '安心家电', agentName: '李明', agentNumber: '8001' }} locale={locale} />
      </I18nextProvider>
    </ApiProvider>,
  );
  act(() => store.getState().start({ channel }));
  return { store, user: userEvent.setup() };
}

/** The screen's words; "phone" (电话) may stay where it means the customer's number (a field, the search), never the contact itself. */
/** The words on screen and in the labels: stages kept rendered but not shown (`hidden`) are not on screen. */
const screenWords = () => {
  const shown = document.body.cloneNode(true) as HTMLElement;
  shown.querySelectorAll('[hidden]').forEach((e) => e.remove());
  return shown.textContent!;
};
const ariaWords = () => Array.from(document.querySelectorAll('[aria-label]')).filter((e) => !e.closest('[hidden]')).map((e) => e.getAttribute('aria-label')).join(' ');

describe('chat, email and walk-in screens do not speak of a call', () => {
  it.each(['chat', 'email', 'walkIn'] as const)('%s: no 来电 / 通话 in the screen, its labels, the gate notice or the anonymous choice', async (channel) => {
    const { user } = renderChannel(channel);
    await screen.findByRole('heading', { level: 3, name: '问候' });
    await user.keyboard('{Control>}{Enter}{/Control}'); // the gate: choose the customer
    expect((await screen.findByRole('alert')).textContent).not.toMatch(/来电|通话/);
    expect(`${screenWords()} ${ariaWords()}`).not.toMatch(/来电|通话/);
    await user.click(screen.getByRole('button', { name: '客户不愿透露身份' }));
    expect((await screen.findAllByText(/记为匿名/)).length).toBeGreaterThan(0);
    expect(`${screenWords()} ${ariaWords()}`).not.toMatch(/来电|通话/);
  });

  it('the agent status in the header says what the agent is doing, not "on a call"', () => {
    backend = realBridge();
    const { rerender } = render(
      <I18nextProvider i18n={setupI18n('zh-CN')}>
        <AgentStatusControl status="onCall" channel="email" onChoose={() => {}} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('status').textContent).toBe('处理邮件中');
    rerender(
      <I18nextProvider i18n={setupI18n('zh-CN')}>
        <AgentStatusControl status="afterCallWork" channel="chat" onChoose={() => {}} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('status').textContent).toBe('整理会话记录');
    rerender(
      <I18nextProvider i18n={setupI18n('zh-CN')}>
        <AgentStatusControl status="onCall" channel="phone" onChoose={() => {}} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('status').textContent).toBe('通话中');
  });

  it('the phone screen keeps the call’s words', async () => {
    renderChannel('phone');
    expect(await screen.findByRole('navigation', { name: '通话阶段' })).toBeTruthy();
    expect(screenWords()).toContain('Alt+H 结束通话');
  });

  it('in English an email is not a call either', async () => {
    const { user } = renderChannel('email', 'en');
    await screen.findByRole('heading', { level: 3, name: 'Greet' });
    await user.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByRole('alert');
    expect(`${screenWords()} ${ariaWords()}`).not.toMatch(/\bcall(er|s)?\b/i);
  });
});
