import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';
import { actingLiMing, agentLiMing, createCase, UNREACHABLE_SERVER } from './syncFixtures';

let app: Awaited<ReturnType<typeof renderApp>>;
afterEach(() => app.backend.close());

describe('changes the server refused', () => {
  it('lists each with its reason in words and the detail, and opens the case it was about', async () => {
    // Only the sign-in stands in for the server; the refused changes are real outbox rows, marked as a push would mark them.
    app = await renderApp({ settings: { serverUrl: UNREACHABLE_SERVER }, actor: actingLiMing }, { getSignedInAgent: async () => ({ ok: true, value: agentLiMing }) }, async (backend) => {
      const { id } = await createCase(backend, '热水器打不着火');
      await backend.api.addNote({ caseId: id, text: '客户要求今天上门' });
      const reject = backend.services.rawDb().prepare("UPDATE outbox SET state = 'rejected', last_error = ? WHERE name = ?");
      reject.run('forbiddenBranch: case belongs to branch BJ01', 'note.add');
      reject.run('invalidRow: cases.subject is longer than 500 characters', 'case.create');
      reject.run('somethingNew', 'customer.create');
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /^同步状态：/ }));
    const panel = screen.getByRole('dialog', { name: '数据同步' });
    const list = await within(panel).findByRole('region', { name: '服务器未接受的修改（3）' });
    const [note, created, customer] = within(list).getAllByRole('listitem');
    expect(note!.textContent).toBe('添加备注这条记录属于其他网点，您无权修改case belongs to branch BJ01打开工单');
    expect(created!.textContent).toBe('新建工单内容不符合服务器的要求cases.subject is longer than 500 characters');
    expect(customer!.textContent).toBe('登记客户服务器拒绝了这条修改somethingNew');

    await user.click(within(note!).getByRole('button', { name: '打开工单' }));
    expect(screen.queryByRole('dialog', { name: '数据同步' })).toBeNull();
    const detail = await screen.findByRole('complementary', { name: /热水器打不着火/ });
    expect(within(detail).getByText(/客户要求今天上门/)).toBeTruthy();
  });

  it('lists pulled rows set aside on this desktop with the record, the reason in words and SQLite’s words', async () => {
    app = await renderApp({ settings: { serverUrl: UNREACHABLE_SERVER }, actor: actingLiMing }, { getSignedInAgent: async () => ({ ok: true, value: agentLiMing }) }, (backend) => {
      const insert = backend.services.rawDb().prepare('INSERT INTO pull_set_aside (tbl, pk, fields, reason, detail, first_at, last_tried_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
      insert.run('cases', 'c-1', '{}', 'unique', 'UNIQUE constraint failed: cases.number', 2, 2);
      insert.run('agents', 'a-1', '{}', 'check', "CHECK constraint failed: role IN ('agent', 'lead', 'admin')", 1, 1);
      return Promise.resolve();
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /^同步状态：/ }));
    const panel = screen.getByRole('dialog', { name: '数据同步' });
    const list = await within(panel).findByRole('region', { name: '暂时无法写入本机的数据（2）' });
    const [aCase, anAgent] = within(list).getAllByRole('listitem');
    expect(aCase!.textContent).toBe('工单 · c-1本机已有编号相同的另一条记录UNIQUE constraint failed: cases.number');
    expect(anAgent!.textContent).toBe("坐席 · a-1内容不符合本机的规则，可能需要升级 AgentDeskCHECK constraint failed: role IN ('agent', 'lead', 'admin')");
  });
});
