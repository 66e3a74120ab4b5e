import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CaseList } from '../../src/renderer/features/cases/CaseList';
import { createCasesStore } from '../../src/renderer/features/cases/casesStore';
import { setupI18n } from '../../src/renderer/i18n/setupI18n';
import type { AgentDeskApi } from '../../src/shared/api';
import { caseStatuses, channels, type ListCasesQuery } from '../../src/shared/schemas/case';
import { categories, priorities } from '../../src/shared/schemas/domainTerms';
import { realBridge } from '../support/realBridge';

const NOW = Date.UTC(2026, 10, 20, 1);
const SEEDED = 300;

let backend: ReturnType<typeof realBridge>;
afterEach(() => backend.close());

interface Setup {
  api: AgentDeskApi;
  queries: ListCasesQuery[];
  store: ReturnType<typeof createCasesStore>;
  me: string;
  count(where: string, ...params: unknown[]): number;
  column<T>(sql: string, ...params: unknown[]): T[];
  onOpen: ReturnType<typeof vi.fn>;
}

const subjects = ['冰箱送货太慢', '洗衣机不脱水', '空调外机噪音大', '电视开机黑屏', '热水器打不着火', '会员积分没到账', '发票抬头开错', '退货运费谁承担', 'Order never arrived', 'Refund still pending', '安装师傅没上门', '遥控器失灵'];
const agentRows = [
  ['g1', '8001', '李明'],
  ['g2', '8002', '王芳'],
  ['g3', '8003', '赵雷'],
  ['g4', '8004', '陈静'],
  ['g5', '8005', '周洋'],
  ['g6', '8006', '孙丽'],
] as const;

/**
 * A few hundred cases made through the real createCase verb, then spread deterministically over
 * statuses, priorities, channels, categories, assignees (some nobody's), three months of creation
 * and resolution due times around NOW (breached, due soon, on track, none).
 */
async function seedCases(n: number) {
  const db = backend.services.rawDb();
  db.exec(`INSERT INTO branches (id, code, name) VALUES ('b1', 'SH01', '上海一部');
           INSERT INTO teams (id, branch_id, name) VALUES ('t1', 'b1', '一组');`);
  const agent = db.prepare("INSERT INTO agents (id, number, name, role, branch_id, team_id) VALUES (?, ?, ?, 'agent', 'b1', 't1')");
  for (const row of agentRows) agent.run(...row);
  const spread = db.prepare('UPDATE cases SET status = ?, created_at = ?, updated_at = ?, resolution_due_at = ? WHERE id = ?');
  for (let i = 0; i < n; i++) {
    const created = await backend.api.createCase({
      customerName: `客户${i % 120}`,
      customerPhone: `139${String(10_000_000 + (i % 120)).slice(0, 8)}`,
      channel: channels[(i * 3) % 4]!,
      subject: `${subjects[i % subjects.length]} ${i}`,
      priority: priorities[(i * 7) % 4]!,
      ...(i % 11 === 0 ? {} : { category: categories[(i * 5) % 6]! }),
      ...(i % 9 === 0 ? {} : { assigneeId: agentRows[(i * 5) % agentRows.length]![0] }),
    });
    if (!created.ok) throw new Error(created.error.message);
    const createdAt = NOW - (i * 7 + 3) * 3_600_000 - (i % 5) * 60_000;
    const due = i % 13 === 0 ? null : NOW + ((i % 10) - 4) * 3_600_000 + 60_000;
    spread.run(caseStatuses[(i * 13) % 8], createdAt, Math.min(NOW - 1000, createdAt + ((i * 37) % 50) * 3_600_000), due, created.value.id);
  }
}

/** A store with a few hundred cases, the desktop's agent being g1, and the list rendered. */
async function seededList(locale: 'en' | 'zh-CN' = 'en'): Promise<Setup> {
  backend = realBridge({ now: () => NOW, actor: () => ({ agentId: 'g1', role: 'agent' }) });
  await seedCases(SEEDED);
  return renderList(locale, 'g1');
}

async function renderList(locale: 'en' | 'zh-CN', me: string): Promise<Setup> {
  const db = backend.services.rawDb();
  const queries: ListCasesQuery[] = [];
  const api: AgentDeskApi = {
    ...backend.api,
    listCases: (query) => {
      queries.push(query ?? {});
      return backend.api.listCases(query);
    },
  };
  const store = createCasesStore(api, { now: () => NOW });
  await store.getState().refresh();
  const onOpen = vi.fn();
  render(
    <I18nextProvider i18n={setupI18n(locale)}>
      <CaseList store={store} onOpen={onOpen} />
    </I18nextProvider>,
  );
  await waitFor(() => expect(store.getState().agentsLoaded).toBe(true));
  return {
    api,
    queries,
    store,
    me,
    onOpen,
    count: (where, ...params) => db.prepare(`SELECT count(*) FROM cases WHERE ${where}`).pluck().get(...params) as number,
    column: <T,>(sql: string, ...params: unknown[]) => db.prepare(sql).pluck().all(...params) as T[],
  };
}

const grid = () => screen.getByRole('table', { name: /Cases|工单列表/ });
/** The case rows in the DOM (the header row left out). */
const caseRows = () => within(grid()).getAllByRole('row').slice(1);
const numbersShown = () => caseRows().map((r) => r.getAttribute('data-case-number'));
const totalShown = () => screen.getByTestId('case-total').textContent;
const scroller = () => grid().parentElement as HTMLElement;

async function scrollTo(top: number) {
  await act(async () => {
    scroller().scrollTop = top;
    fireEvent.scroll(scroller());
  });
}

async function expectTotal(n: number) {
  await waitFor(() => expect(totalShown()).toBe(`${n} in all`));
}

async function chooseInMenu(user: ReturnType<typeof userEvent.setup>, menu: string, option: string) {
  const summary = screen.getByText(menu, { selector: 'summary' });
  await user.click(summary);
  await user.click(within(summary.parentElement!).getByRole('checkbox', { name: option }));
}

describe('the case list', () => {
  it('holds only a window of rows in the DOM, and fetches the next page from the store as the end nears', async () => {
    const s = await seededList();
    expect(totalShown()).toBe(`${SEEDED} in all`);
    expect(s.store.getState().rows).toHaveLength(50);
    const shown = caseRows();
    expect(shown.length).toBeGreaterThan(10);
    expect(shown.length).toBeLessThanOrEqual(40); // ~17 in view + overscan
    expect(grid().getAttribute('aria-rowcount')).toBe(String(SEEDED + 1));
    // Newest update first, as the store orders them.
    const newest = s.column<string>('SELECT number FROM cases ORDER BY updated_at DESC, id DESC LIMIT 3');
    expect(numbersShown().slice(0, 3)).toEqual(newest);
    expect(s.queries).toHaveLength(1);

    await scrollTo(40 * 36);
    await waitFor(() => expect(s.store.getState().rows).toHaveLength(100));
    expect(s.queries).toHaveLength(2);
    expect(s.queries[1]!.after).toEqual(expect.objectContaining({ id: expect.any(String) }));
    expect(screen.getByText(/100 loaded/)).toBeTruthy();
    const window = caseRows().map((r) => Number(r.getAttribute('aria-rowindex')));
    expect(window.length).toBeLessThanOrEqual(40);
    expect(Math.min(...window)).toBeGreaterThan(20); // the first rows left the DOM
    // Further down, the pages keep coming, one at a time.
    await scrollTo(90 * 36);
    await waitFor(() => expect(s.store.getState().rows).toHaveLength(150));
    expect(caseRows().length).toBeLessThanOrEqual(40);
    const ordered = s.column<string>('SELECT number FROM cases ORDER BY updated_at DESC, id DESC LIMIT 150');
    expect(s.store.getState().rows.map((r) => r.number)).toEqual(ordered);
  });

  it('sorts on the server by the created, updated and resolution due headers, saying so with aria-sort', async () => {
    const s = await seededList();
    const user = userEvent.setup();
    const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(name) });
    expect(header('Updated').getAttribute('aria-sort')).toBe('descending');
    await user.click(within(header('Created')).getByRole('button'));
    await waitFor(() => expect(header('Created').getAttribute('aria-sort')).toBe('descending'));
    expect(header('Updated').hasAttribute('aria-sort')).toBe(false);
    await waitFor(() => expect(numbersShown().slice(0, 5)).toEqual(s.column('SELECT number FROM cases ORDER BY created_at DESC, id DESC LIMIT 5')));
    await user.click(within(header('Created')).getByRole('button'));
    await waitFor(() => expect(header('Created').getAttribute('aria-sort')).toBe('ascending'));
    await waitFor(() => expect(numbersShown().slice(0, 5)).toEqual(s.column('SELECT number FROM cases ORDER BY created_at ASC, id ASC LIMIT 5')));
    expect(s.queries.at(-1)).toMatchObject({ sort: 'createdAt', direction: 'asc' });
    // Resolution due starts with the most urgent.
    await user.click(within(header('Resolution due')).getByRole('button'));
    await waitFor(() => expect(header('Resolution due').getAttribute('aria-sort')).toBe('ascending'));
    await waitFor(() =>
      expect(numbersShown().slice(0, 5)).toEqual(s.column('SELECT number FROM cases ORDER BY coalesce(resolution_due_at, 9007199254740991) ASC, id ASC LIMIT 5')),
    );
    expect(caseRows()[0]!.textContent).toMatch(/Breached/); // the most overdue open case first
  });

  it('narrows the rows by each filter kind, as the store counts them, and clears them all', async () => {
    const s = await seededList();
    const user = userEvent.setup();

    await chooseInMenu(user, 'Status', 'Waiting for customer');
    await expectTotal(s.count("status = 'waitingCustomer'"));
    expect(screen.getByText('Status (1 chosen)')).toBeTruthy();
    for (const row of caseRows()) expect(row.textContent).toContain('Waiting for customer');
    await chooseInMenu(user, 'Status (1 chosen)', 'Escalated');
    await expectTotal(s.count("status IN ('waitingCustomer', 'escalated')"));
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await expectTotal(SEEDED);

    await chooseInMenu(user, 'Priority', 'Urgent');
    await expectTotal(s.count("priority = 'urgent'"));
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    await chooseInMenu(user, 'Channel', 'Email');
    await expectTotal(s.count("channel = 'email'"));
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    await chooseInMenu(user, 'Category', 'Fault');
    await expectTotal(s.count("category = 'fault'"));
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    await chooseInMenu(user, 'SLA', 'Breached');
    const breached = s.count("status NOT IN ('resolved', 'closed') AND resolution_due_at < ?", NOW);
    expect(breached).toBeGreaterThan(0);
    await expectTotal(breached);
    for (const row of caseRows()) expect(row.textContent).toContain('Breached');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    const assignee = screen.getByRole('combobox', { name: 'Assignee' });
    await user.selectOptions(assignee, 'Nobody yet');
    await expectTotal(s.count('assignee_id IS NULL'));
    await user.selectOptions(assignee, 'Me');
    await expectTotal(s.count('assignee_id = ?', s.me));
    const other = backend.services.rawDb().prepare("SELECT a.id, a.name, a.number FROM agents a WHERE a.id <> ? AND EXISTS (SELECT 1 FROM cases c WHERE c.assignee_id = a.id) ORDER BY a.id LIMIT 1").get(s.me) as { id: string; name: string; number: string };
    await user.selectOptions(assignee, `${other.name} · ${other.number}`);
    await expectTotal(s.count('assignee_id = ?', other.id));
    expect(s.queries.at(-1)).toMatchObject({ assigneeId: other.id });
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    // Created from the first day of last month to its last day (local days, the whole last day included).
    const day = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const now = new Date(NOW);
    const from = new Date(now.getFullYear(), now.getMonth() - 1, 1);
    const to = new Date(now.getFullYear(), now.getMonth(), 0);
    // Typed as the interface shows it (2026-10-01 in English) and committed on leaving the field.
    for (const [label, value] of [['Created from', day(from)], ['Created to', day(to)]] as const) {
      fireEvent.change(screen.getByLabelText(label), { target: { value } });
      fireEvent.blur(screen.getByLabelText(label));
    }
    const inMonth = s.count('created_at >= ? AND created_at < ?', from.getTime(), new Date(now.getFullYear(), now.getMonth(), 1).getTime());
    expect(inMonth).toBeGreaterThan(0);
    await expectTotal(inMonth);

    // Filters add up; clearing them brings every case back and the first page again.
    await chooseInMenu(user, 'Channel', 'Phone');
    await expectTotal(s.count("channel = 'phone' AND created_at >= ? AND created_at < ?", from.getTime(), new Date(now.getFullYear(), now.getMonth(), 1).getTime()));
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await expectTotal(SEEDED);
    expect((screen.getByLabelText('Created from') as HTMLInputElement).value).toBe('');
    expect(s.queries.at(-1)).toEqual({ sort: 'updatedAt', direction: 'desc', limit: 50 });
  });

  it('offers the saved views as one click each', async () => {
    const s = await seededList();
    const user = userEvent.setup();
    const open = "status NOT IN ('resolved', 'closed')";

    await user.click(screen.getByRole('button', { name: 'My open cases' }));
    await expectTotal(s.count(`assignee_id = ? AND ${open}`, s.me));
    expect(screen.getByRole('button', { name: 'My open cases' }).getAttribute('aria-pressed')).toBe('true');
    expect((screen.getByRole('combobox', { name: 'Assignee' }) as HTMLSelectElement).value).toBe('me');

    await user.click(screen.getByRole('button', { name: 'Breaching soon' }));
    await expectTotal(s.count(`${open} AND resolution_due_at < ?`, NOW + 2 * 3_600_000));
    expect(screen.getByRole('columnheader', { name: /Resolution due/ }).getAttribute('aria-sort')).toBe('ascending');
    for (const row of caseRows()) expect(row.textContent).toMatch(/Breached|Due soon/);
    expect(screen.getByRole('button', { name: 'My open cases' }).getAttribute('aria-pressed')).toBe('false');

    await user.click(screen.getByRole('button', { name: 'Waiting for customer' }));
    await expectTotal(s.count("status = 'waitingCustomer'"));
    expect(numbersShown()[0]).toBe(s.column<string>("SELECT number FROM cases WHERE status = 'waitingCustomer' ORDER BY updated_at ASC, id ASC LIMIT 1")[0]);
    // Changing a filter leaves the view.
    await chooseInMenu(user, 'Channel', 'Phone');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Waiting for customer' }).getAttribute('aria-pressed')).toBe('false'));
  });

  it('searches case numbers and subjects as the agent types, and shows the empty state with a way out', async () => {
    const s = await seededList();
    const user = userEvent.setup();
    const subject = s.column<string>('SELECT subject FROM cases ORDER BY id LIMIT 1')[0]!;
    const word = [...subject].slice(0, 4).join('');
    const search = screen.getByRole('searchbox', { name: 'Search case number or subject' });
    await user.type(search, word);
    await expectTotal(s.count("subject LIKE '%' || ? || '%' OR number LIKE '%' || ? || '%'", word, word));
    // Typing is debounced: one query for the word, not one per character.
    expect(s.queries.filter((q) => q.text).map((q) => q.text)).toEqual([word]);

    const number = s.column<string>('SELECT number FROM cases ORDER BY id LIMIT 1 OFFSET 7')[0]!;
    await user.clear(search);
    await user.type(search, number);
    await expectTotal(1);
    expect(numbersShown()).toEqual([number]);

    await user.type(search, 'zzz-nothing');
    expect(await screen.findByText('No cases match these filters.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    const emptyState = screen.getByText('No cases match these filters.').parentElement!;
    await user.click(within(emptyState).getByRole('button', { name: 'Clear filters' }));
    await expectTotal(SEEDED);
    expect((search as HTMLInputElement).value).toBe('');
  });

  it('moves between rows with the arrow keys, selects with Space, opens with Enter, and jumps to search with /', async () => {
    const s = await seededList();
    const user = userEvent.setup();
    const rows = caseRows();
    expect(rows.filter((r) => r.tabIndex === 0)).toHaveLength(1);
    rows[0]!.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement?.getAttribute('aria-rowindex')).toBe('4');
    await user.keyboard('{ArrowUp}');
    const focused = document.activeElement as HTMLElement;
    expect(focused.getAttribute('aria-rowindex')).toBe('3');
    await user.keyboard(' ');
    expect(focused.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByText('1 selected')).toBeTruthy();
    await user.keyboard('{Enter}');
    const id = s.store.getState().rows[1]!.id;
    expect(s.onOpen).toHaveBeenCalledWith(id);
    // End goes to the last loaded row, rendering it (and fetching the next page).
    await user.keyboard('{End}');
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-rowindex')).toBe('51'));
    await waitFor(() => expect(s.store.getState().rows).toHaveLength(100));
    await user.keyboard('/');
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search case number or subject' }));
    // A click opens the case too.
    await user.click(caseRows()[0]!);
    expect(s.onOpen).toHaveBeenCalledTimes(2);
  });

  it('resizes columns by keyboard, keeping the sizes in the list state', async () => {
    const s = await seededList();
    const user = userEvent.setup();
    const handle = screen.getByRole('separator', { name: 'Resize the “Subject” column' });
    expect(handle.getAttribute('aria-valuenow')).toBe('260');
    handle.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(handle.getAttribute('aria-valuenow')).toBe('292');
    expect(s.store.getState().columnSizing).toEqual({ subject: 292 });
    await user.keyboard('{ArrowLeft}');
    expect(s.store.getState().columnSizing).toEqual({ subject: 276 });
    expect((screen.getByRole('columnheader', { name: /Subject/ }) as HTMLElement).style.width).toBe('276px');
  });

  it('shows a translated error when the store cannot be read', async () => {
    backend = realBridge();
    const store = createCasesStore({ ...backend.api, listCases: async () => ({ ok: false, error: { code: 'storage', message: 'disk I/O error' } }) });
    await store.getState().refresh();
    render(
      <I18nextProvider i18n={setupI18n('zh-CN')}>
        <CaseList store={store} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('alert').textContent).toContain('本地数据库暂时无法访问，数据未改动。请稍后重试，或联系技术支持。');
    expect(within(screen.getByRole('alert')).getByRole('button', { name: '重试' })).toBeTruthy();
  });
});

describe('bulk actions on the case list', () => {
  /** Four new cases (one of them closed) and three agents, the list in zh-CN. */
  async function smallStore() {
    let clock = Date.UTC(2026, 10, 22, 1);
    backend = realBridge({ now: () => (clock += 1000) });
    backend.services.rawDb().exec(`
      INSERT INTO branches (id, code, name) VALUES ('b1', 'SH01', '上海一部');
      INSERT INTO agents (id, number, name, role, branch_id) VALUES ('a1', '8001', '李明', 'agent', 'b1'), ('a2', '8002', '王芳', 'agent', 'b1'), ('a3', '8003', '赵雷', 'agent', 'b1');`);
    const ids: string[] = [];
    for (const [i, subject] of ['冰箱不制冷', '洗衣机漏水', '空调遥控失灵', '电视黑屏'].entries()) {
      const r = await backend.api.createCase({ customerName: `客户${i}`, customerPhone: `1380000${String(i).padStart(4, '0')}`, channel: 'phone', subject });
      if (!r.ok) throw new Error(r.error.message);
      ids.push(r.value.id);
    }
    const closed = await backend.api.changeCaseStatus({ caseId: ids[1]!, from: 'new', to: 'closed' });
    expect(closed.ok).toBe(true);
    return renderList('zh-CN', 'a1');
  }

  const row = (subject: string) => screen.getByRole('row', { name: new RegExp(subject) });

  it('assigns the selected cases (shift-click selects a range) and reports each one', async () => {
    const s = await smallStore();
    const user = userEvent.setup();
    expect(totalShown()).toBe('共 4 张');
    // Newest update first: the closed one, then the others newest first.
    const rows = caseRows();
    const subjectOf = (r: HTMLElement) => ['冰箱不制冷', '洗衣机漏水', '空调遥控失灵', '电视黑屏'].find((x) => r.textContent!.includes(x))!;
    expect(rows.map(subjectOf)).toEqual(['洗衣机漏水', '电视黑屏', '空调遥控失灵', '冰箱不制冷']);
    await user.click(within(rows[0]!).getByRole('checkbox', { name: `选择工单 ${rows[0]!.getAttribute('data-case-number')}` }));
    await user.keyboard('{Shift>}');
    await user.click(within(rows[2]!).getByRole('checkbox'));
    await user.keyboard('{/Shift}');
    const bar = screen.getByRole('form', { name: '批量操作' });
    expect(within(bar).getByText('已选 3 张')).toBeTruthy();
    expect(row('电视黑屏').getAttribute('aria-selected')).toBe('true');
    expect(row('冰箱不制冷').getAttribute('aria-selected')).toBe('false');
    expect(s.onOpen).not.toHaveBeenCalled(); // ticking a box does not open the case
    await user.selectOptions(within(bar).getByRole('combobox', { name: '分配给' }), '王芳 · 8002');
    await user.click(within(bar).getByRole('button', { name: '分配' }));
    expect(await screen.findByText('3 张工单已全部处理完成。')).toBeTruthy();
    expect(s.column<string>("SELECT subject FROM cases WHERE assignee_id = 'a2' ORDER BY subject")).toEqual(['电视黑屏', '洗衣机漏水', '空调遥控失灵'].sort());
    // The rows are read again: the assignee shows, and nothing is left selected.
    await waitFor(() => expect(row('电视黑屏').textContent).toContain('王芳'));
    expect(screen.queryByRole('form', { name: '批量操作' })).toBeNull();
  });

  it('changes status case by case: a move the state machine refuses is reported with its translated reason and stays selected', async () => {
    const s = await smallStore();
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: '全选已载入的工单' }));
    const bar = screen.getByRole('form', { name: '批量操作' });
    expect(within(bar).getByText('已选 4 张')).toBeTruthy();
    await user.selectOptions(within(bar).getByRole('combobox', { name: '改为状态' }), '处理中');
    await user.click(within(bar).getByRole('button', { name: '改状态' }));
    expect(await screen.findByText('3 张已完成，1 张未改动。')).toBeTruthy();
    const closedNumber = s.column<string>("SELECT number FROM cases WHERE subject = '洗衣机漏水'")[0]!;
    const failures = screen.getByRole('list', { name: '未改动的工单' });
    expect(within(failures).getAllByRole('listitem').map((li) => li.textContent)).toEqual([`${closedNumber}：工单当前状态不能直接改为所选状态。`]);
    expect(s.column<string>('SELECT status FROM cases ORDER BY status')).toEqual(['closed', 'inProgress', 'inProgress', 'inProgress']);
    await waitFor(() => expect(row('冰箱不制冷').textContent).toContain('处理中'));
    expect(row('洗衣机漏水').getAttribute('aria-selected')).toBe('true');
    expect(within(screen.getByRole('form', { name: '批量操作' })).getByText('已选 1 张')).toBeTruthy();
    // Tagging goes through for the one left selected.
    await user.type(within(screen.getByRole('form', { name: '批量操作' })).getByRole('textbox', { name: '添加标签' }), '加急');
    await user.click(within(screen.getByRole('form', { name: '批量操作' })).getByRole('button', { name: '加标签' }));
    expect(await screen.findByText('1 张工单已全部处理完成。')).toBeTruthy();
    expect(s.column<string>("SELECT tags FROM cases WHERE subject = '洗衣机漏水'")).toEqual(['["加急"]']);
  });

  it('passes an axe scan with filters, a selection, the bulk bar and a bulk result showing', async () => {
    await smallStore();
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: '全选已载入的工单' }));
    const bar = screen.getByRole('form', { name: '批量操作' });
    await user.selectOptions(within(bar).getByRole('combobox', { name: '改为状态' }), '处理中');
    await user.click(within(bar).getByRole('button', { name: '改状态' }));
    await screen.findByText('3 张已完成，1 张未改动。');
    await user.click(screen.getByText('状态', { selector: 'summary' }));
    const list = screen.getByRole('region', { name: '工单列表' });
    // Contrast needs layout, which jsdom has not: the e2e scan in Chromium covers it.
    const results = await axe.run(list, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.passes.map((p) => p.id)).toEqual(expect.arrayContaining(['label', 'button-name', 'aria-allowed-attr']));
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
