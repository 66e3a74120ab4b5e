import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiProvider } from '../../src/renderer/apiContext';
import { CallScreen } from '../../src/renderer/features/call/CallScreen';
import { createCallStore } from '../../src/renderer/features/call/callStore';
import { setupI18n } from '../../src/renderer/i18n/setupI18n';
import type { CallDraft } from '../../src/shared/schemas/callDraft';
import { realBridge } from '../support/realBridge';

let backend: ReturnType<typeof realBridge>;
afterEach(() => backend.close());

const profile = { companyName: '安心家电', agentName: '李明', agentNumber: '8001' };
const t0 = Date.UTC(2026, 11, 5, 2, 0);

function renderCall() {
  backend = realBridge();
  let clock = t0;
  const now = () => (clock += 1000);
  const store = createCallStore(backend.api, now, () => 'call-acts');
  render(
    <ApiProvider value={backend.api}>
      <I18nextProvider i18n={setupI18n('zh-CN')}>
        <CallScreen store={store} profile={profile} locale="zh-CN" clock={() => clock} />
      </I18nextProvider>
    </ApiProvider>,
  );
  return { store, user: userEvent.setup() };
}

/** A complaint call by a new caller, confirmed, now at solve. */
function atSolve(store: ReturnType<typeof renderCall>['store']) {
  act(() => store.getState().start({ channel: 'phone' }));
  act(() =>
    store.getState().update((d): CallDraft => ({
      ...d,
      scenario: 'complaint',
      caller: { mode: 'new', name: '王建国', phone: '13812345678', salutation: 'mr' },
      confirm: { ...d.confirm, category: 'complaintSuggestion', summary: '冰箱不制冷', restated: true },
    })),
  );
  act(() => void store.getState().complete());
  act(() => void store.getState().complete());
  expect(store.getState().draft?.stage).toBe('solve');
}

describe('transfer and escalation are different acts', () => {
  it('a transfer asks for target, reason and the wait on the line, says it in the script line, and refuses a bad wait', async () => {
    const { store, user } = renderCall();
    atSolve(store);
    await user.click(screen.getByRole('button', { name: /转接电话/ }));
    const dialog = screen.getByRole('dialog', { name: /转接电话/ });
    await user.type(within(dialog).getByLabelText(/转接到/), '技术支持组');
    await user.type(within(dialog).getByLabelText('转接原因'), '需要远程调试');
    const wait = within(dialog).getByLabelText('预计等候时长');
    await user.clear(wait);
    await user.type(wait, '0');
    await user.click(within(dialog).getByRole('button', { name: '转接' }));
    expect(within(dialog).getByRole('alert').textContent).toContain('等候时长须是 1 秒到 60 分钟之间的整数');
    expect(store.getState().draft?.solve.collaboration).toBeNull();
    await user.clear(wait);
    await user.type(wait, '90');
    expect(dialog.textContent).toContain('这个问题由技术支持组负责处理，我现在为您转接，大约需要等候90秒，请先不要挂断。');
    await user.click(within(dialog).getByRole('button', { name: '转接' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().draft?.solve.collaboration).toMatchObject({ kind: 'transfer', target: '技术支持组', reason: '需要远程调试', waitSeconds: 90 });
  });

  it('an escalation with a 120-minute promise never tells the caller to hold for 120 minutes; a later transfer does not erase it', async () => {
    const { store, user } = renderCall();
    atSolve(store);
    await user.keyboard('{Alt>}e{/Alt}');
    const dialog = screen.getByRole('dialog', { name: /升级处理/ });
    await user.type(within(dialog).getByLabelText(/接手人/), '投诉专员 刘敏');
    const minutes = within(dialog).getByLabelText(/承诺多少分钟内答复/);
    await user.clear(minutes);
    await user.type(minutes, '120');
    expect(dialog.textContent).toContain('120分钟之内会有专人主动联系您');
    await user.click(within(dialog).getByRole('button', { name: '升级' }));
    const script = screen.getByRole('region', { name: /话术/ });
    expect(script.textContent).not.toContain('等候120分钟');
    expect(script.textContent).toContain('交给投诉专员 刘敏跟进');
    await user.keyboard('{Alt>}t{/Alt}');
    const transfer = screen.getByRole('dialog', { name: /转接电话/ });
    await user.type(within(transfer).getByLabelText(/转接到/), '技术支持组');
    await user.click(within(transfer).getByRole('button', { name: '转接' }));
    const history = screen.getByRole('region', { name: '本次通话经过' });
    expect(history.textContent).toContain('升级给 投诉专员 刘敏，120 分钟内答复');
    expect(history.textContent).toContain('转接至 技术支持组，等候约 1分钟');
  });

  it('"not solved" with an open escalation says it will be saved as escalated and goes on to record', async () => {
    const { store, user } = renderCall();
    atSolve(store);
    act(() => store.getState().collaborate({ kind: 'escalate', target: '投诉专员 刘敏', feedbackMinutes: 120, note: '', at: t0 }));
    act(() => void store.getState().complete());
    await user.click(screen.getByRole('radio', { name: '未解决' }));
    expect(screen.getByRole('status').textContent).toContain('按“已升级、待答复”保存');
    await user.click(screen.getByLabelText('客户拒绝评价'));
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(store.getState().draft?.stage).toBe('record');
    expect(store.getState().draft?.solve.collaboration).toMatchObject({ kind: 'escalate', target: '投诉专员 刘敏' });
  });
});

describe('identity and greetings', () => {
  const known = { id: 'cu-known', name: '王建国', salutation: 'mr', phoneMasked: '138****5678' };

  it('a known caller is greeted as found, by salutation; account details wait for the identity check, which greet requires', async () => {
    const { store, user } = renderCall();
    act(() => store.getState().start({ channel: 'phone', incoming: { number: '13812345678', receivedAt: t0, matches: [known as never] } }));
    const script = screen.getByRole('region', { name: /话术/ });
    expect(script.textContent).toContain('王先生您好，已经查到您的资料了');
    expect(screen.getByText('身份尚未核实，账户资料暂不显示。')).toBeTruthy();
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(screen.getByRole('alert').textContent).toContain('核实客户身份');
    await user.click(screen.getByRole('radio', { name: '客户报出的订单号与记录一致' }));
    expect(screen.queryByText('身份尚未核实，账户资料暂不显示。')).toBeNull();
    expect(store.getState().draft?.verification).toMatchObject({ method: 'orderNo' });
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(store.getState().draft?.stage).toBe('confirm');
  });

  it('a new caller is not told their records were found', () => {
    const { store } = renderCall();
    act(() => store.getState().start({ channel: 'phone', incoming: { number: '13900001111', receivedAt: t0, matches: [] } }));
    const script = screen.getByRole('region', { name: /话术/ });
    expect(script.textContent).not.toContain('已经查到您的资料');
    expect(script.textContent).toContain('还没有登记过');
  });
});
