import { act, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { ApiProvider } from '../../src/renderer/apiContext';
import type { Notifier, NotifyPermission } from '../../src/renderer/features/followups/dueSoonAlerts';
import { FollowUpQueue } from '../../src/renderer/features/followups/FollowUpQueue';
import { useFollowUpReminders } from '../../src/renderer/features/followups/useFollowUpReminders';
import { setupI18n } from '../../src/renderer/i18n/setupI18n';
import type { AgentDeskApi } from '../../src/shared/api';
import type { CallDraft } from '../../src/shared/schemas/callDraft';
import { realBridge } from '../support/realBridge';
import { renderApp } from './renderApp';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 10, 23, 2, 0); // 10:00 in Shanghai, the store's business time zone
const agent = { agentId: 'a1', role: 'agent' as const };

let closeBackend: () => void = () => undefined;
afterEach(() => closeBackend());

/** A case made the way the case form makes it, with one follow-up on it. */
async function caseWithFollowUp(api: AgentDeskApi, db: Database, f: { id: string; name: string; phone: string; subject: string; kind: string; dueAt: number; note?: string; done?: boolean }) {
  db.exec(`INSERT OR IGNORE INTO branches (id, code, name) VALUES ('b1', 'SH01', '上海一部');
           INSERT OR IGNORE INTO agents (id, number, name, role, branch_id) VALUES ('a1', '8001', '李明', 'agent', 'b1');`);
  const created = await api.createCase({ customerName: f.name, customerPhone: f.phone, channel: 'phone', subject: f.subject });
  if (!created.ok) throw new Error(created.error.message);
  const { customer_id: customerId } = db.prepare('SELECT customer_id FROM cases WHERE id = ?').get(created.value.id) as { customer_id: string };
  db.prepare('INSERT INTO follow_ups (id, case_id, customer_id, agent_id, kind, due_at, state, done_at, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    f.id,
    created.value.id,
    customerId,
    'a1',
    f.kind,
    f.dueAt,
    f.done ? 'done' : 'due',
    f.done ? f.dueAt : null,
    f.note ?? '',
    T0 - 48 * HOUR,
  );
  return { caseId: created.value.id, caseNumber: created.value.number, customerId };
}

/** Yesterday's overdue callback, one earlier today (overdue too), a survey later today, a visit confirmation tomorrow, a done care call. */
async function seedQueue(api: AgentDeskApi, db: Database) {
  return {
    yesterday: await caseWithFollowUp(api, db, { id: 'f-yesterday', name: '王女士', phone: '13812345678', subject: '冰箱不制冷', kind: 'callback', dueAt: T0 - 19 * HOUR, note: '确认维修结果' }),
    thisMorning: await caseWithFollowUp(api, db, { id: 'f-morning', name: '李先生', phone: '13900001111', subject: '洗衣机漏水', kind: 'callback', dueAt: T0 - HOUR }),
    afternoon: await caseWithFollowUp(api, db, { id: 'f-afternoon', name: '张女士', phone: '13700002222', subject: '空调异响', kind: 'survey', dueAt: T0 + 4 * HOUR }),
    tomorrow: await caseWithFollowUp(api, db, { id: 'f-tomorrow', name: '赵先生', phone: '13600003333', subject: '热水器安装', kind: 'visitConfirmation', dueAt: T0 + 26 * HOUR }),
    done: await caseWithFollowUp(api, db, { id: 'f-done', name: '钱女士', phone: '13500004444', subject: '生日关怀', kind: 'care', dueAt: T0 - 30 * HOUR, done: true }),
  };
}

async function openQueue(seed = true) {
  let fixture: Awaited<ReturnType<typeof seedQueue>> | null = null;
  const app = await renderApp({ now: () => T0, actor: () => agent }, {}, async (backend) => {
    if (seed) fixture = await seedQueue(backend.api, backend.services.rawDb());
  });
  closeBackend = () => app.backend.close();
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: '回访' }));
  return { app, user, fixture: fixture as unknown as Awaited<ReturnType<typeof seedQueue>>, db: app.backend.services.rawDb() };
}

const tab = (name: RegExp) => screen.getByRole('tab', { name });

describe('the follow-up queue', () => {
  it('shows due today, overdue, upcoming and done, with overdue ones flagged and counted in their tab', async () => {
    const { user, fixture } = await openQueue();
    const today = await screen.findByRole('list', { name: '今天到期' });
    expect(tab(/^今天到期/).getAttribute('aria-selected')).toBe('true');
    expect(tab(/^今天到期/).textContent).toBe('今天到期2');
    expect(tab(/^已逾期/).textContent).toBe('已逾期2');
    expect(tab(/^已逾期/).className).toContain('has-overdue');
    expect(tab(/^以后/).textContent).toBe('以后1');
    expect(tab(/^已完成/).textContent).toBe('已完成1');

    const [morning, afternoon] = within(today).getAllByRole('listitem');
    expect(morning!.textContent).toContain('已逾期'); // due at 09:00, it is 10:00 now
    expect(morning!.textContent).toContain('李先生');
    expect(morning!.textContent).toContain('139****1111');
    expect(morning!.textContent).toContain(fixture.thisMorning.caseNumber);
    expect(morning!.textContent).toContain('洗衣机漏水');
    expect(morning!.textContent).toContain('回电');
    expect(afternoon!.textContent).not.toContain('已逾期');
    expect(afternoon!.textContent).toContain('满意度回访');
    expect(today.textContent).not.toContain('13900001111');

    await user.click(tab(/^已逾期/));
    const overdue = screen.getByRole('list', { name: '已逾期' });
    expect(within(overdue).getAllByRole('listitem').map((li) => li.textContent?.includes('已逾期'))).toEqual([true, true]);
    expect(overdue.textContent).toContain('备注：确认维修结果');
    expect(overdue.textContent).toContain('冰箱不制冷');

    // Keyboard: the arrow keys move between the tabs.
    await user.keyboard('{ArrowRight}');
    expect(tab(/^以后/).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('list', { name: '以后' }).textContent).toContain('上门后确认');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('list', { name: '已完成' }).textContent).toContain('客户关怀');
  });

  it('marks one done with a note: it moves to done, with the state, a timeline event and an outbox row in SQLite', async () => {
    const { user, fixture, db } = await openQueue();
    await screen.findByRole('list', { name: '今天到期' });
    await user.click(screen.getByRole('button', { name: `将张女士的回访标记完成（工单 ${fixture.afternoon.caseNumber}）` }));
    await user.type(screen.getByLabelText('回访结果'), '客户说空调已经不响了，很满意');
    await user.click(screen.getByRole('button', { name: '确认完成' }));

    expect(await screen.findByText(`工单 ${fixture.afternoon.caseNumber} 的回访已标记完成。`)).toBeTruthy();
    expect(tab(/^今天到期/).textContent).toBe('今天到期1');
    expect(tab(/^已完成/).textContent).toBe('已完成2');
    await user.click(tab(/^已完成/));
    expect(screen.getByRole('list', { name: '已完成' }).textContent).toContain('客户说空调已经不响了，很满意');

    expect(db.prepare('SELECT state, done_at, note FROM follow_ups WHERE id = ?').get('f-afternoon')).toEqual({ state: 'done', done_at: T0, note: '客户说空调已经不响了，很满意' });
    expect(db.prepare("SELECT count(*) AS n FROM timeline_events WHERE case_id = ? AND kind = 'followUpDone'").get(fixture.afternoon.caseId)).toEqual({ n: 1 });
    const outbox = db.prepare("SELECT args FROM outbox WHERE name = 'followUp.complete'").all() as { args: string }[];
    expect(outbox.map((r) => JSON.parse(r.args))).toEqual([{ id: 'f-afternoon', note: '客户说空调已经不响了，很满意' }]);
  });

  it('starts the call screen from a follow-up with its customer linked and the call tied to its case', async () => {
    const { user, fixture, db } = await openQueue();
    await screen.findByRole('list', { name: '今天到期' });
    await user.click(screen.getByRole('button', { name: `给李先生回电（工单 ${fixture.thisMorning.caseNumber}）` }));

    expect(await screen.findByRole('heading', { name: /^通话处理/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '问候' })).toBeTruthy();
    expect(screen.getByText('已关联客户：李先生', { exact: false })).toBeTruthy();
    // The draft saved for crash recovery carries the case and the linked customer.
    await waitForDraft(db);
    const row = db.prepare('SELECT case_id, data FROM call_drafts').get() as { case_id: string; data: string };
    expect(row.case_id).toBe(fixture.thisMorning.caseId);
    const draft = JSON.parse(row.data) as CallDraft;
    expect(draft).toMatchObject({ stage: 'greet', caseId: fixture.thisMorning.caseId, caller: { mode: 'linked', customerId: fixture.thisMorning.customerId, name: '李先生' } });
  });

  it('passes an axe scan with a reminder banner, flagged items and the done form open', async () => {
    const fake = fakeNotifier('default');
    await renderQueueAlone(fake.notifier, async (api, db) => {
      await seedQueue(api, db);
      await caseWithFollowUp(api, db, { id: 'f-soon', name: '孙女士', phone: '13811112222', subject: '退款进度', kind: 'callback', dueAt: T0 + 5 * 60_000 });
    });
    await screen.findByText('有 1 个回访将在 10 分钟内到期');
    const user = userEvent.setup();
    await user.click(screen.getAllByRole('button', { name: /^将.*标记完成/ })[0]!);
    const results = await axe.run(screen.getByRole('main'), { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });

  it('says so when a tab is empty', async () => {
    const { user } = await openQueue(false);
    expect(await screen.findByText('今天没有要回访的客户。')).toBeTruthy();
    await user.click(tab(/^已逾期/));
    expect(screen.getByText('没有逾期的回访，保持得不错。')).toBeTruthy();
    await user.click(tab(/^以后/));
    expect(screen.getByText('往后还没有排上回访。')).toBeTruthy();
    await user.click(tab(/^已完成/));
    expect(screen.getByText('还没有完成过的回访。')).toBeTruthy();
  });

  it('is in English too', async () => {
    const app = await renderApp({ now: () => T0, actor: () => agent, osLocale: 'en' }, {}, (backend) => seedQueue(backend.api, backend.services.rawDb()));
    closeBackend = () => app.backend.close();
    await userEvent.setup().click(screen.getByRole('button', { name: /follow-ups/i }));
    expect((await screen.findByRole('tab', { name: /^Overdue/ })).textContent).toBe('Overdue2');
    expect(screen.getByRole('list', { name: 'Due today' }).textContent).toContain('Satisfaction survey');
  });
});

function fakeNotifier(initial: NotifyPermission) {
  const shown: { title: string; body: string; tag: string }[] = [];
  let permission = initial;
  let asked = 0;
  const notifier: Notifier = {
    permission: () => permission,
    async requestPermission() {
      asked += 1;
      permission = 'granted';
      return permission;
    },
    show: (title, options) => void shown.push({ title, ...options }),
  };
  return { notifier, shown, asked: () => asked };
}

async function renderQueueAlone(notifier: Notifier, seed: (api: AgentDeskApi, db: Database) => Promise<unknown>) {
  const backend = realBridge({ now: () => T0, actor: () => agent });
  closeBackend = () => backend.close();
  await seed(backend.api, backend.services.rawDb());
  const started: string[] = [];
  render(
    <ApiProvider value={backend.api}>
      <I18nextProvider i18n={setupI18n('zh-CN')}>
        <FollowUpQueue onOpenCase={() => undefined} onStartCall={(item) => started.push(item.id)} notifier={notifier} clock={() => T0} />
      </I18nextProvider>
    </ApiProvider>,
  );
  return { started };
}

describe('reminders before a follow-up is due', () => {
  const soonAndLater = async (api: AgentDeskApi, db: Database) => {
    await caseWithFollowUp(api, db, { id: 'f-soon', name: '孙女士', phone: '13811112222', subject: '退款进度', kind: 'callback', dueAt: T0 + 5 * 60_000 });
    await caseWithFollowUp(api, db, { id: 'f-later', name: '周先生', phone: '13811113333', subject: '发票补开', kind: 'callback', dueAt: T0 + 40 * 60_000 });
    await caseWithFollowUp(api, db, { id: 'f-soon-done', name: '吴女士', phone: '13811114444', subject: '已经回过', kind: 'callback', dueAt: T0 + 3 * 60_000, done: true });
  };

  it('shows one desktop notification for a callback due within 10 minutes, never twice, and a banner', async () => {
    const fake = fakeNotifier('granted');
    const { started } = await renderQueueAlone(fake.notifier, soonAndLater);
    const banner = await screen.findByText('有 1 个回访将在 10 分钟内到期');
    expect(banner.closest('[role="status"]')!.textContent).toContain('孙女士');
    expect(fake.shown).toEqual([{ title: expect.stringContaining('回电') as string, body: expect.stringContaining('孙女士') as string, tag: 'follow-up-f-soon' }]);

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '刷新' }));
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(fake.shown).toHaveLength(1);
    await user.click(within(banner.closest('[role="status"]') as HTMLElement).getByRole('button', { name: '回电' }));
    expect(started).toEqual(['f-soon']);
  });

  it('asks for permission only when the agent clicks, then notifies; a refusal leaves the banner and says so', async () => {
    const fake = fakeNotifier('default');
    await renderQueueAlone(fake.notifier, soonAndLater);
    await screen.findByText('有 1 个回访将在 10 分钟内到期');
    expect(fake.shown).toEqual([]);
    expect(fake.asked()).toBe(0);
    await userEvent.setup().click(screen.getByRole('button', { name: '开启桌面提醒' }));
    expect(fake.asked()).toBe(1);
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(fake.shown.map((s) => s.tag)).toEqual(['follow-up-f-soon']);
    closeBackend();

    const denied = fakeNotifier('denied');
    await renderQueueAlone(denied.notifier, soonAndLater);
    expect(await screen.findByText('系统没有允许桌面提醒，回访快到期时会在本页顶部提示。')).toBeTruthy();
    expect(screen.getAllByText('有 1 个回访将在 10 分钟内到期').length).toBeGreaterThan(0);
    expect(denied.shown).toEqual([]);
  });

  it('reminds on every screen, not only in the queue: one notification per follow-up falling due', async () => {
    const backend = realBridge({ now: () => T0, actor: () => agent });
    closeBackend = () => backend.close();
    await soonAndLater(backend.api, backend.services.rawDb());
    const fake = fakeNotifier('granted');
    const wrapper = ({ children }: { children: ReactNode }) => <I18nextProvider i18n={setupI18n('zh-CN')}>{children}</I18nextProvider>;
    const clock = () => T0;
    const first = renderHook(() => useFollowUpReminders(backend.api, fake.notifier, clock), { wrapper });
    await waitFor(() => expect(fake.shown.map((s) => s.tag)).toEqual(['follow-up-f-soon']));
    first.unmount();
    renderHook(() => useFollowUpReminders(backend.api, fake.notifier, clock), { wrapper });
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(fake.shown).toHaveLength(1);
  });
});

async function waitForDraft(db: Database) {
  for (let i = 0; i < 50; i++) {
    if ((db.prepare('SELECT count(*) AS n FROM call_drafts').get() as { n: number }).n > 0) return;
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  }
  throw new Error('the call draft was never saved');
}
