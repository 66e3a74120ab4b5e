import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../src/renderer/apiContext';
import { CaseDetailView } from '../../src/renderer/features/detail/CaseDetailView';
import { setupI18n } from '../../src/renderer/i18n/setupI18n';
import { realBridge } from '../support/realBridge';
import { sampleWrapUp } from '../support/wrapUpFixture';
import { renderApp } from './renderApp';
import { createCase } from './syncFixtures';

type Backend = ReturnType<typeof realBridge>;
let backend: Backend | null = null;
afterEach(() => {
  backend?.close();
  backend = null;
});

const HOUR = 3_600_000;
const db = (b: Backend) => b.services.rawDb();

function insertEvent(b: Backend, caseId: string, id: string, kind: string, at: number, data: Record<string, unknown>) {
  db(b).prepare('INSERT INTO timeline_events (id, case_id, kind, at, data, actor_id) VALUES (?, ?, ?, ?, ?, NULL)').run(id, caseId, kind, at, JSON.stringify(data));
}

/** Opens a case the way an agent does: a click on its row in the case list. */
async function openFromList(subject: string) {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('row', { name: new RegExp(subject) }));
  const panel = await screen.findByRole('complementary', { name: new RegExp(subject) });
  return { user, panel };
}

/** The case view on its own, on real services (for states the app cannot easily reach). */
function renderView(b: Backend, caseId: string, onClose = vi.fn(), locale: 'zh-CN' | 'en' = 'zh-CN') {
  render(
    <ApiProvider value={b.api}>
      <I18nextProvider i18n={setupI18n(locale)}>
        <CaseDetailView caseId={caseId} onClose={onClose} onOpenCustomer={vi.fn()} />
      </I18nextProvider>
    </ApiProvider>,
  );
  return onClose;
}

describe('case detail', () => {
  it('shows the header, the SLA clocks, the timeline newest first and the calls, follow-ups, surveys and returns of the case', async () => {
    const now = Date.now();
    const app = await renderApp({}, {}, async (b) => {
      const { id } = await createCase(b, '洗衣机漏水');
      const wrapUp = await b.api.saveWrapUp(sampleWrapUp(id, now - 5 * HOUR, { status: 'inProgress', satisfaction: { score: 4, comment: '上门很准时' }, followUp: { kind: 'callback', dueAt: now + 20 * HOUR, note: '确认是否还漏水' } }));
      if (!wrapUp.ok) throw new Error(wrapUp.error.message);
      // Resolution was due 3 h 15 min ago; the first response came in time.
      db(b).prepare('UPDATE cases SET resolution_due_at = ?, first_response_at = created_at, response_due_at = created_at + 30000 WHERE id = ?').run(now - 3 * HOUR - 15 * 60_000, id);
      insertEvent(b, id, 'e-first', 'note', now - 3 * HOUR, { text: '第一条备注' });
      insertEvent(b, id, 'e-second', 'escalation', now - 2 * HOUR, { kind: 'escalate', target: '二线技术', feedbackMinutes: 15 });
      insertEvent(b, id, 'e-third', 'note', now - HOUR, { text: '第三条备注' });
      db(b)
        .prepare(
          `INSERT INTO returns (id, case_id, kind, reason, cost_bearer, method, address, step, created_at, updated_at)
           VALUES ('r1', ?, 'exchange', 'qualityDefect', 'merchant', '上门取件', '上海市浦东新区世纪大道100号', 'reviewed', ?, ?)`,
        )
        .run(id, now - 4 * HOUR, now - 3 * HOUR);
      db(b).prepare("INSERT INTO return_steps (id, return_id, step, at, due_at) VALUES ('s1', 'r1', 'requested', ?, ?), ('s2', 'r1', 'reviewed', ?, ?)").run(now - 4 * HOUR, now + 20 * HOUR, now - 3 * HOUR, now + 7 * 24 * HOUR);
    });
    backend = app.backend;
    const { panel } = await openFromList('洗衣机漏水');

    expect(within(panel).getByRole('heading', { level: 2, name: /^[A-Z0-9]+-\d{8}-\w{10}-0001 · 洗衣机漏水$/ })).toBeTruthy();
    expect(within(panel).getAllByText('处理中').length).toBeGreaterThan(0);
    expect(within(panel).getByText('优先级 · 普通')).toBeTruthy();
    // The clocks run from recorded events: the escalation 2 h ago promised feedback within 15 minutes, and nobody has called back since.
    const sla = await within(panel).findByRole('list', { name: '服务时钟' });
    const promise = within(sla).getAllByRole('listitem').find((li) => li.getAttribute('data-clock') === 'promisedFeedback')!;
    expect(promise.textContent).toContain('承诺的回复 · 超时 1 小时 45 分');
    expect(promise.className).toContain('sla-breached');
    expect(within(promise).getByRole('tooltip', { hidden: true }).textContent).toContain('承诺的联系实际发生为止');

    const timeline = within(panel).getByRole('list', { name: '处理记录' });
    const texts = within(timeline)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    const order = ['第三条备注', '升级: 交给 二线技术，约定 15 分钟内反馈', '第一条备注'].map((needle) => texts.findIndex((text) => text.includes(needle)));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(texts.some((text) => text.includes('创建工单'))).toBe(true);
    const times = Array.from(timeline.querySelectorAll('li > time')).map((el) => Date.parse(el.getAttribute('datetime')!));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const calls = within(panel).getByRole('list', { name: '通话记录' });
    // The call names the agent who took it (the signed-in test agent), never 未知坐席.
    expect(calls.textContent).toContain('电话 · 测试坐席 · 通话 4:30，整理 0:45');
    const followUps = within(panel).getByRole('list', { name: '回访与跟进' });
    expect(followUps.textContent).toContain('回电 · 待处理');
    expect(followUps.textContent).toContain('确认是否还漏水');
    expect(within(panel).getByRole('list', { name: '满意度评价' }).textContent).toContain('4 分 · 上门很准时');
    const returns = within(panel).getByRole('list', { name: '退换货' });
    expect(returns.textContent).toContain('换货 · 质量问题');
    expect(returns.textContent).toContain('当前进度：审核完成');
    expect(returns.textContent).toContain('寄回地址：上海市浦东新****');
    expect(returns.textContent).toContain('客户提出申请');
    // Each step with the deadline it had, and the step the return waits for with its own.
    expect(returns.textContent).toMatch(/审核完成 · .* 完成 · 时限 /);
    expect(returns.textContent).toMatch(/等待：方式和地址已确认，.* 前/);
    expect(within(returns).getByRole('button', { name: '确认方式和地址' })).toBeTruthy();
    // Personal data stays masked on the whole case view.
    expect(panel.textContent).toContain('137****1111');
    expect(panel.textContent).not.toContain('13700001111');
    expect(panel.textContent).not.toContain('世纪大道');
  });

  it('adds a note through the phrase guard: 不知道 is flagged with an alternative, and the note is saved with its outbox row', async () => {
    const app = await renderApp({}, {}, (b) => createCase(b, '空调不制冷'));
    backend = app.backend;
    const { user, panel } = await openFromList('空调不制冷');
    const box = within(panel).getByLabelText('备注内容');
    await user.type(box, '这个型号不知道');
    expect(within(panel).getByText('“不知道” · 消极表达')).toBeTruthy();
    expect(box.getAttribute('aria-invalid')).toBe('true');
    await user.click(within(panel).getByRole('button', { name: '我帮您核实一下，稍后给您答复' }));
    // The whole flagged clause is replaced by the alternative: no 这个型号我帮您… word salad.
    expect((box as HTMLTextAreaElement).value).toBe('我帮您核实一下，稍后给您答复');
    expect(within(panel).queryByText('“不知道” · 消极表达')).toBeNull();
    await user.click(within(panel).getByRole('button', { name: '保存备注' }));
    expect(await within(panel).findByText('备注已保存到处理记录。')).toBeTruthy();

    const rows = db(app.backend).prepare("SELECT id, data FROM timeline_events WHERE kind = 'note'").all() as { id: string; data: string }[];
    expect(rows.map((r) => JSON.parse(r.data))).toEqual([{ text: '我帮您核实一下，稍后给您答复' }]);
    const outbox = db(app.backend).prepare("SELECT args FROM outbox WHERE name = 'note.add'").all() as { args: string }[];
    expect(outbox).toHaveLength(1);
    expect(JSON.parse(outbox[0]!.args)).toMatchObject({ eventId: rows[0]!.id, text: '我帮您核实一下，稍后给您答复' });
    const first = panel.querySelector('ol.case-timeline > li');
    expect(first?.textContent).toContain('备注: 我帮您核实一下，稍后给您答复');
    expect((box as HTMLTextAreaElement).value).toBe('');
  });

  it('offers only the status moves the state machine allows, moves the status with the status seen, and then offers the next moves', async () => {
    const app = await renderApp({}, {}, (b) => createCase(b, '冰箱异响'));
    backend = app.backend;
    const { user, panel } = await openFromList('冰箱异响');
    const group = within(panel).getByRole('group', { name: '更改状态' });
    const offered = () => within(group).queryAllByRole('button').map((b) => b.textContent);
    expect(offered()).toEqual(['改为“处理中”', '改为“等待客户”', '改为“已升级”', '改为“已转交”', '改为“已解决”', '改为“已关闭”']);
    expect(within(group).queryByRole('button', { name: '改为“已重开”' })).toBeNull();

    await user.click(within(group).getByRole('button', { name: '改为“处理中”' }));
    expect(await within(panel).findByText('状态已改为“处理中”。')).toBeTruthy();
    expect(db(app.backend).prepare('SELECT status FROM cases').get()).toEqual({ status: 'inProgress' });
    const moved = db(app.backend).prepare("SELECT args FROM outbox WHERE name = 'case.setStatus'").get() as { args: string };
    expect(JSON.parse(moved.args)).toMatchObject({ from: 'new', to: 'inProgress' });
    expect(offered()).toEqual(['改为“等待客户”', '改为“已升级”', '改为“已转交”', '改为“已解决”']);
    expect(panel.querySelector('ol.case-timeline > li')?.textContent).toContain('状态变更: 新建 → 处理中');
  });

  it('shows a translated refusal when someone else moved the case meanwhile, and then what the case is now', async () => {
    const app = await renderApp({}, {}, (b) => createCase(b, '热水器不打火'));
    backend = app.backend;
    const { user, panel } = await openFromList('热水器不打火');
    db(app.backend).prepare("UPDATE cases SET status = 'escalated'").run();
    await user.click(within(panel).getByRole('button', { name: '改为“已解决”' }));
    expect((await within(panel).findByRole('alert')).textContent).toBe('这条记录已被他人修改，请刷新后重试。');
    await waitFor(() => expect(within(panel).getByRole('group', { name: '更改状态' }).textContent).not.toContain('改为“等待客户”'));
    expect(db(app.backend).prepare('SELECT status FROM cases').get()).toEqual({ status: 'escalated' });
  });

  it('opens a 500-event case with the newest 100 events and shows more on request', async () => {
    const app = await renderApp({}, {}, async (b) => {
      const { id } = await createCase(b, '长工单');
      const insert = db(b).prepare("INSERT INTO timeline_events (id, case_id, kind, at, data, actor_id) VALUES (?, ?, 'note', ?, ?, NULL)");
      const base = Date.now();
      db(b).transaction(() => {
        for (let i = 1; i <= 499; i++) insert.run(`n-${String(i).padStart(3, '0')}`, id, base + i * 1000, JSON.stringify({ text: `第${i}条` }));
      })();
    });
    backend = app.backend;
    const { user, panel } = await openFromList('长工单');
    const items = () => panel.querySelectorAll('ol.case-timeline > li');
    expect(items()).toHaveLength(100);
    expect(items()[0]!.textContent).toContain('第499条');
    expect(within(panel).getByText('共 500 条，最新的在最上面')).toBeTruthy();
    await user.click(within(panel).getByRole('button', { name: '再显示 100 条更早的记录' }));
    expect(items()).toHaveLength(200);
    expect(items()[199]!.textContent).toContain('第300条');
  });

  it('opens the customer from the case', async () => {
    const app = await renderApp({}, {}, (b) => createCase(b, '电视黑屏'));
    backend = app.backend;
    const { user, panel } = await openFromList('电视黑屏');
    await user.click(within(panel).getByRole('button', { name: '查看客户档案：周女士' }));
    expect(await screen.findByRole('complementary', { name: '客户档案 · 周女士' })).toBeTruthy();
  });

  it('says a missing case was not found, closes on Escape, and has no accessibility violations', async () => {
    backend = realBridge();
    const onClose = renderView(backend, 'no-such-case');
    expect((await screen.findByRole('alert')).textContent).toBe('没有找到这张工单，可能已被删除，或不在您能查看的范围内。');
    fireEvent.keyDown(screen.getByRole('complementary', { name: '工单' }), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('records the next reply of an email case as sent, lists it with its sender (a phone case has no reply form: see the English test)', async () => {
    backend = realBridge();
    const created = await backend.api.createCase({ customerName: '钱先生', customerPhone: '13912345678', channel: 'email', subject: '发票抬头写错' });
    if (!created.ok) throw new Error(created.error.message);
    renderView(backend, created.value.id);
    const user = userEvent.setup();
    const panel = await screen.findByRole('complementary', { name: /发票抬头写错/ });
    const replies = within(panel).getByRole('form', { name: '邮件往来' });
    expect(replies.textContent).toContain('还没有记录过回复。');
    await user.type(within(replies).getByLabelText('下一封回复邮件'), '钱先生您好，发票已重新开具。');
    await user.click(within(replies).getByRole('button', { name: '记为已发送' }));
    await within(replies).findByText('钱先生您好，发票已重新开具。');
    expect(within(replies).getByRole('status').textContent).toBe('已记录这条回复');
    expect((within(replies).getByLabelText('下一封回复邮件') as HTMLTextAreaElement).value).toBe('');
    expect(within(replies).getByRole('list', { name: '邮件往来' }).textContent).toContain('测试坐席');
    expect(db(backend).prepare("SELECT count(*) AS n FROM case_replies").get()).toEqual({ n: 1 });
  });

  it('reads in English, passes an axe scan and headings go in order', async () => {
    backend = realBridge({ osLocale: 'en-US' });
    const { id } = await createCase(backend, 'Dryer too loud');
    await backend.api.saveWrapUp(sampleWrapUp(id, Date.now() - HOUR, { status: 'inProgress' }));
    renderView(backend, id, vi.fn(), 'en');
    const panel = await screen.findByRole('complementary', { name: /Dryer too loud/ });
    expect(within(panel).getByRole('group', { name: 'Change status' })).toBeTruthy();
    expect(within(panel).getByRole('heading', { name: 'History' })).toBeTruthy();
    expect(within(panel).getByRole('list', { name: 'Calls' }).textContent).toContain('Phone');
    expect(within(panel).queryByRole('button', { name: 'Record as sent' })).toBeNull();
    const levels = Array.from(panel.querySelectorAll('h2, h3, h4')).map((h) => Number(h.tagName[1]));
    expect(levels[0]).toBe(2);
    expect(levels.every((level, i) => i === 0 || level <= levels[i - 1]! + 1)).toBe(true);
    const results = await axe.run(panel, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });
});
