import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiProvider } from '../../src/renderer/apiContext';
import { CallScreen } from '../../src/renderer/features/call/CallScreen';
import { createCallStore } from '../../src/renderer/features/call/callStore';
import { ScriptPolicyEditor } from '../../src/renderer/features/policies/ScriptPolicyEditor';
import { setupI18n } from '../../src/renderer/i18n/setupI18n';
import type { PolicyRecord } from '../../src/shared/domain/policies/policyRecords';
import { policyScript, withScript } from '../../src/shared/domain/policies/scriptsPolicy';
import { realBridge } from '../support/realBridge';
import { testAdmin } from '../support/testAccounts';

let backend: ReturnType<typeof realBridge>;
afterEach(() => backend.close());

const NEW_OPEN = '您好，{company}投诉专线，我是{agentName}，工号{agentNumber}，请您慢慢说。';

async function policies(): Promise<PolicyRecord[]> {
  const reply = await backend.api.listPolicies();
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value;
}

function renderEditor(records: PolicyRecord[], onPublished: (r: PolicyRecord) => void = () => undefined) {
  return render(
    <ApiProvider value={backend.api}>
      <I18nextProvider i18n={setupI18n('zh-CN')}>
        <ScriptPolicyEditor records={records} now={Date.now()} onPublished={onPublished} />
      </I18nextProvider>
    </ApiProvider>,
  );
}

describe('the script editor', () => {
  it('an administrator changes the complaint greeting, sees it filled from a sample case and listed before and after, and publishes it, audited with its reason', async () => {
    backend = realBridge({ signedIn: testAdmin });
    const user = userEvent.setup();
    const published: PolicyRecord[] = [];
    renderEditor(await policies(), (r) => published.push(r));
    const editor = screen.getByRole('region', { name: '通话话术' });
    expect(within(editor).getByText('当前使用内置话术')).toBeTruthy();
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

    await user.click(within(editor).getByLabelText('修改原因'));
    await user.paste('投诉专线开场白');
    await user.click(publish);
    await screen.findByText(/已发布第 2 版话术/);
    expect(published.map((p) => [p.kind, p.version, p.note])).toEqual([['scripts', 2, '投诉专线开场白']]);
    const audit = backend.services.rawDb().prepare("SELECT field, reason FROM audit_log WHERE action = 'policyPublished'").all();
    expect(audit).toEqual([{ field: 'scripts', reason: '投诉专线开场白' }]);
  });

  it('refuses an unknown placeholder at the line, in words, and publishes nothing', async () => {
    backend = realBridge({ signedIn: testAdmin });
    const user = userEvent.setup();
    renderEditor(await policies());
    const editor = screen.getByRole('region', { name: '通话话术' });
    const first = within(editor).getByLabelText(/第 1 句/);
    await user.clear(first);
    await user.click(first);
    await user.paste('您好，{custmer}');
    expect(within(editor).getByRole('alert').textContent).toContain('不认识的占位符');
    expect(within(editor).getByText(/还有 1 处话术不符合要求/)).toBeTruthy();
    expect((within(editor).getByRole('button', { name: '发布新版话术' }) as HTMLButtonElement).disabled).toBe(true);
    expect((await policies()).filter((p) => p.kind === 'scripts').map((p) => p.version)).toEqual([1]);
  });

  it('a call started after the publication says the published line', async () => {
    backend = realBridge({ signedIn: testAdmin });
    const base = policyScript({ scripts: [] }, 'complaint', 'zh-CN');
    const edited = { ...base, stages: { ...base.stages, greet: { ...base.stages.greet, lines: base.stages.greet.lines.map((l) => (l.id === 'open' ? { ...l, text: NEW_OPEN } : l)) } } };
    const reply = await backend.api.publishPolicy({ kind: 'scripts', body: withScript({ scripts: [] }, edited), effectiveFrom: Date.now(), note: '' });
    expect(reply.ok).toBe(true);
    const store = createCallStore(backend.api, Date.now, () => 'call-1');
    render(
      <ApiProvider value={backend.api}>
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
