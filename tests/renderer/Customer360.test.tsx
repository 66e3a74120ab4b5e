import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../src/renderer/apiContext';
import { Customer360View } from '../../src/renderer/features/customers/Customer360View';
import { setupI18n } from '../../src/renderer/i18n/setupI18n';
import { testAgent } from '../support/testAccounts';
import { realBridge } from '../support/realBridge';
import { sampleWrapUp } from '../support/wrapUpFixture';

type Backend = ReturnType<typeof realBridge>;
let backend: Backend | null = null;
afterEach(() => {
  backend?.close();
  backend = null;
});

const HOUR = 3_600_000;
const ID_CARD = '110101199003071234';
const db = (b: Backend) => b.services.rawDb();

/** A customer with every field filled, two cases (one with two rated calls and a callback due tomorrow). */
async function seedCustomer(b: Backend): Promise<{ customerId: string; caseIds: string[] }> {
  const first = await b.api.createCase({ customerName: '周女士', customerPhone: '13700001111', channel: 'phone', subject: '洗衣机漏水' });
  if (!first.ok) throw new Error(first.error.message);
  const second = await b.api.createCase({ customerName: '周女士', customerPhone: '13700001111', channel: 'chat', subject: '烘干机噪音大' });
  if (!second.ok) throw new Error(second.error.message);
  const { customer_id: customerId } = db(b).prepare('SELECT customer_id FROM cases WHERE id = ?').get(first.value.id) as { customer_id: string };
  db(b)
    .prepare("UPDATE customers SET email = 'zhou.min@example.com', id_card = ?, address = '上海市浦东新区世纪大道100号8楼', account_no = 'VIP-20881', birthday = '1990-03-07', tags = '[\"VIP\",\"老客户\"]' WHERE id = ?")
    .run(ID_CARD, customerId);
  const now = Date.now();
  for (const [startedAt, score, comment] of [
    [now - 30 * HOUR, 5, '很耐心'],
    [now - 6 * HOUR, 3, '等得有点久'],
  ] as const) {
    const saved = await b.api.saveWrapUp(sampleWrapUp(first.value.id, startedAt, { status: 'inProgress', satisfaction: { score, comment }, followUp: { kind: 'callback', dueAt: now + 20 * HOUR, note: '确认是否还漏水' } }));
    if (!saved.ok) throw new Error(saved.error.message);
  }
  return { customerId, caseIds: [first.value.id, second.value.id] };
}

function renderView(b: Backend, customerId: string, props: { onClose?: () => void; onOpenCase?: (id: string) => void } = {}, locale: 'zh-CN' | 'en' = 'zh-CN') {
  render(
    <ApiProvider value={b.api}>
      <I18nextProvider i18n={setupI18n(locale)}>
        <Customer360View customerId={customerId} onClose={props.onClose ?? vi.fn()} onOpenCase={props.onOpenCase ?? vi.fn()} />
      </I18nextProvider>
    </ApiProvider>,
  );
}

const auditRows = (b: Backend) => db(b).prepare('SELECT actor_id, action, entity, entity_id, field, reason FROM audit_log ORDER BY at').all();

describe('customer 360', () => {
  it('shows the profile masked, with cases, calls, satisfaction, follow-ups to do and the next birthday', async () => {
    backend = realBridge();
    const { customerId } = await seedCustomer(backend);
    renderView(backend, customerId);
    const panel = await screen.findByRole('complementary', { name: '客户档案 · 周女士' });
    const profile = within(panel).getByRole('region', { name: '基本信息' });
    expect(profile.textContent).toContain('137****1111');
    expect(profile.textContent).toContain('z*******@example.com');
    expect(profile.textContent).toContain('110101********1234');
    expect(profile.textContent).toContain('上海市浦东新****');
    expect(profile.textContent).toContain('VIP-20881');
    expect(profile.textContent).toContain('1990-03-07');
    expect(within(profile).getByRole('list', { name: '标签' }).textContent).toBe('VIP老客户');
    for (const secret of ['13700001111', 'zhou.min', ID_CARD, '世纪大道']) expect(panel.textContent).not.toContain(secret);

    expect(within(panel).getByRole('heading', { name: '全部工单（2）' })).toBeTruthy();
    expect(within(panel).getByRole('list', { name: '通话记录' }).querySelectorAll('li')).toHaveLength(2);
    const satisfaction = within(panel).getByRole('region', { name: '满意度' });
    expect(satisfaction.textContent).toContain('平均 4.0 分，共 2 次评价');
    const scores = within(satisfaction).getAllByRole('listitem').map((li) => li.textContent);
    expect(scores[0]).toContain('3 分 · 等得有点久');
    expect(scores[1]).toContain('5 分 · 很耐心');
    expect(within(panel).getByRole('list', { name: '待办回访' }).textContent).toContain('回电');
    expect(within(panel).getByRole('region', { name: '关怀日期' }).textContent).toMatch(/下次生日：\d{4}-03-07（还有 \d+ 天）|今天是客户的生日/);
  });

  it('reveals the phone only with a reason of two characters or more, shows it in place with the audit note and writes the audit row', async () => {
    backend = realBridge();
    const { customerId } = await seedCustomer(backend);
    renderView(backend, customerId);
    const user = userEvent.setup();
    const panel = await screen.findByRole('complementary', { name: '客户档案 · 周女士' });
    await user.click(within(panel).getByRole('button', { name: '查看完整电话' }));
    const form = within(panel).getByRole('form', { name: '查看电话' });
    const confirm = within(form).getByRole('button', { name: '确认查看' });
    expect((confirm as HTMLButtonElement).disabled).toBe(true);
    await user.type(within(form).getByLabelText('查看原因（至少两个字，会记入审计日志）'), '核');
    expect((confirm as HTMLButtonElement).disabled).toBe(true);
    expect(within(form).getByText('请写明原因，至少两个字。')).toBeTruthy();
    expect(auditRows(backend)).toEqual([]);
    await user.type(within(form).getByLabelText('查看原因（至少两个字，会记入审计日志）'), '对回电号码');
    await user.click(confirm);

    expect(await within(panel).findByText('13700001111')).toBeTruthy();
    expect(within(panel).getByRole('status').textContent).toMatch(/^已由您于 \d{2}:\d{2} 查看，原因：核对回电号码。这次查看已记入审计日志。$/);
    expect(auditRows(backend)).toEqual([{ actor_id: testAgent.id, action: 'reveal', entity: 'customer', entity_id: customerId, field: 'phone', reason: '核对回电号码' }]);
    const outbox = db(backend).prepare("SELECT args FROM outbox WHERE name = 'audit.reveal'").all() as { args: string }[];
    expect(outbox.map((o) => JSON.parse(o.args))).toEqual([expect.objectContaining({ customerId, field: 'phone', reason: '核对回电号码' })]);
    // The other fields stay masked.
    expect(panel.textContent).not.toContain(ID_CARD);
  });

  it('refuses an agent the ID-card number in words, shows nothing and writes nothing', async () => {
    backend = realBridge();
    const { customerId } = await seedCustomer(backend);
    renderView(backend, customerId);
    const user = userEvent.setup();
    const panel = await screen.findByRole('complementary', { name: '客户档案 · 周女士' });
    const outboxBefore = db(backend).prepare('SELECT count(*) AS n FROM outbox').get();
    await user.click(within(panel).getByRole('button', { name: '查看完整身份证号' }));
    await user.type(within(panel).getByLabelText('查看原因（至少两个字，会记入审计日志）'), '核实身份');
    await user.click(within(panel).getByRole('button', { name: '确认查看' }));
    expect((await within(panel).findByRole('alert')).textContent).toBe('您的角色不能查看身份证号，需要组长或管理员来查。本次没有显示，也没有记录。');
    expect(panel.textContent).not.toContain(ID_CARD);
    expect(panel.textContent).toContain('110101********1234');
    expect(auditRows(backend)).toEqual([]);
    expect(db(backend).prepare('SELECT count(*) AS n FROM outbox').get()).toEqual(outboxBefore);
  });

  it('shows a lead the ID-card number, audited under the lead', async () => {
    backend = realBridge({ signedIn: { id: 'lead-1', number: '1101', name: '王组长', role: 'lead', team: '一组' } });
    const { customerId } = await seedCustomer(backend);
    renderView(backend, customerId);
    const user = userEvent.setup();
    const panel = await screen.findByRole('complementary', { name: '客户档案 · 周女士' });
    await user.click(within(panel).getByRole('button', { name: '查看完整身份证号' }));
    await user.type(within(panel).getByLabelText('查看原因（至少两个字，会记入审计日志）'), '投诉核实身份');
    await user.click(within(panel).getByRole('button', { name: '确认查看' }));
    expect(await within(panel).findByText(ID_CARD)).toBeTruthy();
    expect(auditRows(backend)).toEqual([expect.objectContaining({ actor_id: 'lead-1', action: 'reveal', field: 'idCard', reason: '投诉核实身份' })]);
  });

  it('opens a case from the list of the customer’s cases', async () => {
    backend = realBridge();
    const { customerId, caseIds } = await seedCustomer(backend);
    const onOpenCase = vi.fn();
    renderView(backend, customerId, { onOpenCase });
    const user = userEvent.setup();
    const cases = await screen.findByRole('list', { name: '全部工单（2）' });
    const number = (db(backend).prepare('SELECT number FROM cases WHERE id = ?').get(caseIds[1]) as { number: string }).number;
    await user.click(within(cases).getByRole('button', { name: `打开工单 ${number}：烘干机噪音大` }));
    expect(onOpenCase).toHaveBeenCalledWith(caseIds[1]);
  });

  it('in the app, a case in the 360 opens the case view', async () => {
    const { renderApp } = await import('./renderApp');
    const app = await renderApp({}, {}, seedCustomer);
    backend = app.backend;
    const user = userEvent.setup();
    await user.click(await screen.findByRole('row', { name: /洗衣机漏水/ }));
    const casePanel = await screen.findByRole('complementary', { name: /洗衣机漏水/ });
    await user.click(within(casePanel).getByRole('button', { name: '查看客户档案：周女士' }));
    const panel = await screen.findByRole('complementary', { name: '客户档案 · 周女士' });
    await user.click(within(panel).getByRole('button', { name: /烘干机噪音大/ }));
    expect(await screen.findByRole('complementary', { name: /烘干机噪音大/ })).toBeTruthy();
  });

  it('says a missing customer was not found and closes on Escape', async () => {
    backend = realBridge();
    const onClose = vi.fn();
    renderView(backend, 'nobody', { onClose });
    expect((await screen.findByRole('alert')).textContent).toBe('没有找到这位客户，档案可能已被删除。');
    fireEvent.keyDown(screen.getByRole('complementary', { name: '客户档案' }), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('reads in English, with the reveal form open passes an axe scan, and headings go in order', async () => {
    backend = realBridge({ osLocale: 'en-US' });
    const { customerId } = await seedCustomer(backend);
    renderView(backend, customerId, {}, 'en');
    const user = userEvent.setup();
    const panel = await screen.findByRole('complementary', { name: 'Customer profile · 周女士' });
    await user.click(within(panel).getByRole('button', { name: 'Show the full email address' }));
    expect(within(panel).getByLabelText('Reason (at least two characters, written to the audit log)')).toBeTruthy();
    expect(within(panel).getByText('Average 4.0 of 5 from 2 ratings')).toBeTruthy();
    const levels = Array.from(panel.querySelectorAll('h2, h3, h4')).map((h) => Number(h.tagName[1]));
    expect(levels[0]).toBe(2);
    expect(levels.every((level, i) => i === 0 || level <= levels[i - 1]! + 1)).toBe(true);
    const results = await axe.run(panel, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });
});

describe('salutation in customer 360', () => {
  it('is edited in place and stored, so the call scripts address the customer by it; a bad value is refused and changes nothing', async () => {
    const b = (backend = realBridge());
    const { customerId } = await seedCustomer(b);
    render(
      <ApiProvider value={b.api}>
        <I18nextProvider i18n={setupI18n('zh-CN')}>
          <Customer360View customerId={customerId} onClose={() => {}} onOpenCase={() => {}} />
        </I18nextProvider>
      </ApiProvider>,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '修改称呼' }));
    await user.selectOptions(screen.getByLabelText('称呼'), '女士');
    await user.click(screen.getByRole('button', { name: '保存称呼' }));
    expect((await screen.findByRole('status', {}, { timeout: 30_000 })).textContent).toContain('称呼已保存');
    expect(db(b).prepare('SELECT salutation FROM customers WHERE id = ?').get(customerId)).toEqual({ salutation: 'ms' });
    expect(db(b).prepare("SELECT count(*) AS n FROM outbox WHERE name = 'customer.setSalutation'").get()).toEqual({ n: 1 });
    const bad = await b.api.setCustomerSalutation({ customerId, salutation: 'sir' as never });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(db(b).prepare('SELECT salutation FROM customers WHERE id = ?').get(customerId)).toEqual({ salutation: 'ms' });
  });
});
