import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiProvider } from '../../src/renderer/apiContext';
import { CallScreen } from '../../src/renderer/features/call/CallScreen';
import { createCallStore } from '../../src/renderer/features/call/callStore';
import { setupI18n } from '../../src/renderer/i18n/setupI18n';
import type { PolicyRecord } from '../../src/shared/domain/policies/policyRecords';
import { policyScript, withScript } from '../../src/shared/domain/policies/scriptsPolicy';
import { realBridge } from '../support/realBridge';
import { renderApp } from './renderApp';
import { testAdmin } from '../support/testAccounts';

let backend: ReturnType<typeof realBridge> | undefined;
let app: Awaited<ReturnType<typeof renderApp>> | undefined;
afterEach(() => {
  backend?.close();
  app?.backend.close();
  backend = app = undefined;
});

const NEW_OPEN = '您好，{company}投诉专线，我是{agentName}，工号{agentNumber}，请您慢慢说。';

async function policies(): Promise<PolicyRecord[]> {
  const reply = await (app?.backend ?? backend)!.api.listPolicies();
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value;
}

async function openScripts(user: ReturnType<typeof userEvent.setup>) {
  await user.click(within(screen.getByRole('navigation', { name: '工作区' })).getByRole('button', { name: '规则设置' }));
  return screen.findByRole('region', { name: '通话话术' });
}

describe('the script editor', () => {
  it('an administrator changes the complaint greeting, sees it filled from a sample case and listed before and after, and publishes it, audited with its reason', async () => {
    app = await renderApp({ signedIn: testAdmin });
    const user = userEvent.setup();
    const editor = await openScripts(user);
    expect(within(editor).getByText('当前生效：第 1 版')).toBeTruthy();
    const publish = within(editor).getByRole('button', { name: '发布新版话术' }) as HTMLButtonElement;
    expect(publish.disabled).toBe(true);
    expect(within(editor).getByText(/还没有修改/)).toBeTruthy();

    const first = within(editor).getByLabelText(/第 1 句/) as HTMLTextAreaElement;
    await user.clear(first);
    await user.click(first);
    await user.paste(NEW_OPEN);
    // Filled from the sample case: no raw {token} in the preview.
    expect(within(editor).getByText('您好，安心家电投诉专线，我是李明，工号1001，请您慢慢说。')).toBeTruthy();
    const changes = within(editor).getByRole('region', { name: /将发布的修改（1 处）/ });
    expect(within(changes).getByText(NEW_OPEN)).toBeTruthy();
    expect(within(changes).getByText(/投诉 · 简体中文 · 问候/)).toBeTruthy();

    await user.click(within(editor).getByLabelText(/修改说明/));
    await user.paste('投诉专线开场白');
    await user.click(publish);
    await within(editor).findByText(/已发布第 2 版/);
    expect((await policies()).filter((p) => p.kind === 'scripts').map((p) => [p.version, p.note])).toEqual([[1, ''], [2, '投诉专线开场白']]);
    const audit = app!.backend.services.rawDb().prepare("SELECT field, reason FROM audit_log WHERE action = 'policyPublished'").all();
    expect(audit).toEqual([{ field: 'scripts', reason: '投诉专线开场白' }]);
  });

  it('refuses an unknown placeholder at the line, in words, and publishes nothing', async () => {
    app = await renderApp({ signedIn: testAdmin });
    const user = userEvent.setup();
    const editor = await openScripts(user);
    const first = within(editor).getByLabelText(/第 1 句/);
    await user.clear(first);
    await user.click(first);
    await user.paste('您好，{custmer}');
    expect(within(editor).getAllByRole('alert')[0]!.textContent).toContain('不认识的占位符');
    expect(within(editor).getByText(/还有 1 处话术不符合要求/)).toBeTruthy();
    expect((within(editor).getByRole('button', { name: '发布新版话术' }) as HTMLButtonElement).disabled).toBe(true);
    expect((await policies()).filter((p) => p.kind === 'scripts').map((p) => p.version)).toEqual([1]);
  });

  it('a call started after the publication says the published line', async () => {
    const desk = realBridge({ signedIn: testAdmin });
    backend = desk;
    const base = policyScript({ scripts: [] }, 'complaint', 'zh-CN');
    const edited = { ...base, stages: { ...base.stages, greet: { ...base.stages.greet, lines: base.stages.greet.lines.map((l) => (l.id === 'open' ? { ...l, text: NEW_OPEN } : l)) } } };
    const reply = await desk.api.publishPolicy({ kind: 'scripts', body: withScript({ scripts: [] }, edited), effectiveFrom: Date.now(), note: '' });
    expect(reply.ok).toBe(true);
    const store = createCallStore(desk.api, Date.now, () => 'call-1');
    render(
      <ApiProvider value={desk.api}>
        <I18nextProvider i18n={setupI18n('zh-CN')}>
          <CallScreen store={store} profile={{ companyName: '安心家电', agentName: '李明', agentNumber: '8001' }} locale="zh-CN" />
        </I18nextProvider>
      </ApiProvider>,
    );
    act(() => store.getState().start({ channel: 'phone' }));
    act(() => store.getState().update((d) => ({ ...d, scenario: 'complaint' })));
    const script = screen.getByRole('region', { name: /话术/ });
    await waitFor(() => expect(script.textContent).toContain('安心家电投诉专线，我是李明，工号8001'));
  });
});
