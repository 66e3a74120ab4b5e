import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiProvider } from '../../src/renderer/apiContext';
import { CallScreen } from '../../src/renderer/features/call/CallScreen';
import { createCallStore } from '../../src/renderer/features/call/callStore';
import { setupI18n } from '../../src/renderer/i18n/setupI18n';
import { completeStage } from '../../src/shared/domain/callFlow';
import type { CallDraft } from '../../src/shared/schemas/callDraft';
import { realBridge } from '../support/realBridge';

let backend: ReturnType<typeof realBridge>;
afterEach(() => backend.close());

const profile = { companyName: '安心家电', agentName: '李明', agentNumber: '8001' };

function renderCall() {
  backend = realBridge();
  let id = 0;
  const store = createCallStore(backend.api, Date.now, () => `call-${++id}`);
  render(
    <ApiProvider value={backend.api}>
      <I18nextProvider i18n={setupI18n('zh-CN')}>
        <CallScreen store={store} profile={profile} locale="zh-CN" />
      </I18nextProvider>
    </ApiProvider>,
  );
  return { store, user: userEvent.setup() };
}

/** Takes the started call through every stage to record, as the screen would, with the given notes. */
function toRecord(draft: CallDraft, notes: string): CallDraft {
  const now = Date.now();
  let d = completeStage({ ...draft, caller: { mode: 'anonymous' } }, now);
  d = completeStage({ ...d, confirm: { ...d.confirm, category: 'consultation', summary: '咨询退款进度', restated: true } }, now);
  d = completeStage({ ...d, solve: { ...d.solve, solution: '已登记退款申请' } }, now);
  d = completeStage({ ...d, followUp: { ...d.followUp, solved: true, callbackDeclined: true, surveyDeclined: true } }, now);
  return { ...d, talkEndedAt: now, record: { disposition: 'resolved', notes } };
}

describe('the call screen forms', () => {
  it('moves focus to the first field of the new stage after a stage change', async () => {
    const { store, user } = renderCall();
    act(() => store.getState().start({ channel: 'phone' }));
    await user.click(screen.getByRole('button', { name: '客户不愿透露身份' }));
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(screen.getByRole('heading', { level: 3, name: '确认' })).toBeTruthy();
    // Every stage stays rendered; the one shown is the slot that is not hidden.
    const shownForm = () => document.querySelector('.stage-slot:not([hidden]) .stage-form')!;
    const first = shownForm().querySelector('input, select, textarea');
    await waitFor(() => expect(document.activeElement).toBe(first));
    expect(first?.tagName).toBe('SELECT');
    // Back at greet (anonymous caller: no text field there), focus is on the stage's first control.
    await user.keyboard('{Alt>}1{/Alt}');
    await waitFor(() => expect(shownForm().contains(document.activeElement)).toBe(true));
  });

  it('keeps what was typed in a stage while the agent looks back at another; the stage not shown is out of reach', async () => {
    const { store, user } = renderCall();
    act(() => store.getState().start({ channel: 'phone' }));
    act(() =>
      store.getState().update((d) => {
        const now = Date.now();
        const confirmed = completeStage({ ...d, caller: { mode: 'anonymous' } }, now);
        return completeStage({ ...confirmed, confirm: { ...confirmed.confirm, category: 'complaintSuggestion', summary: '维修两次仍不制冷', restated: true } }, now);
      }),
    );
    await user.keyboard('{Alt>}e{/Alt}');
    const dialog = await screen.findByRole('dialog', { name: /升级处理/ });
    await user.type(within(dialog).getByRole('textbox', { name: /接手人/ }), '售后主管');
    const rail = screen.getByRole('navigation', { name: '通话阶段' });
    await user.click(within(rail).getByRole('button', { name: /确认/ }));
    expect(screen.getByRole('heading', { level: 3, name: '确认' })).toBeTruthy();
    expect((screen.getByRole('textbox', { name: /^问题摘要/ }) as HTMLInputElement).value).toBe('维修两次仍不制冷');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('textbox', { name: /解决方案/ })).toBeNull();
    await user.click(within(rail).getByRole('button', { name: /解决/ }));
    const again = await screen.findByRole('dialog', { name: /升级处理/ });
    expect((within(again).getByRole('textbox', { name: /接手人/ }) as HTMLInputElement).value).toBe('售后主管');
  });

  it('a stage change refused by its gate (Ctrl+Enter in an empty confirm stage) leaves focus in the field the agent was typing in', async () => {
    const { store, user } = renderCall();
    act(() => store.getState().start({ channel: 'phone' }));
    await user.click(screen.getByRole('button', { name: '客户不愿透露身份' }));
    await user.keyboard('{Control>}{Enter}{/Control}');
    const summary = screen.getByRole('textbox', { name: /^问题摘要/ });
    await user.click(summary);
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(screen.getByRole('heading', { level: 3, name: '确认' })).toBeTruthy();
    expect(document.activeElement).toBe(summary);
  });

  it('refuses to save flagged call notes until they are kept with a reason, then records the decision for QA', async () => {
    const { store, user } = renderCall();
    act(() => store.getState().start({ channel: 'phone' }));
    act(() => store.getState().update((d) => toRecord(d, '我告诉客户肯定给您全额退款')));
    expect(screen.getByRole('heading', { level: 3, name: '记录' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /^保存通话/ }));
    expect((await screen.findByRole('alert')).textContent).toContain('有需要处理的不当用语：请替换，或选择“保留原文”并说明原因');
    expect(store.getState().draft).not.toBeNull();

    await user.click(screen.getByRole('button', { name: '保留原文…' }));
    await user.type(screen.getByRole('textbox', { name: '保留原因' }), '主管已批准全额退款{Enter}');
    await user.click(screen.getByRole('button', { name: /^保存通话/ }));
    await waitFor(() => expect(store.getState().saved).not.toBeNull(), { timeout: 30_000 });
    const db = backend.services.rawDb();
    const events = (db.prepare("SELECT data FROM timeline_events WHERE kind = 'phraseKept'").all() as { data: string }[]).map((r) => JSON.parse(r.data) as Record<string, unknown>);
    expect(events).toEqual([expect.objectContaining({ field: 'record.notes', phrase: '肯定*退款', category: 'overPromise', reason: '主管已批准全额退款', excerpt: '我告诉客户肯定给您全额退款' })]);
  });
});
