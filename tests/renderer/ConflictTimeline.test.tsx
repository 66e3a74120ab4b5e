import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';
import { createCase } from './syncFixtures';
import type { realBridge } from '../support/realBridge';

let app: Awaited<ReturnType<typeof renderApp>>;
afterEach(() => app.backend.close());

/** A conflict event as the server writes it when two desktops edited one field concurrently (pulled into the store). */
function insertConflict(backend: ReturnType<typeof realBridge>, caseId: string, n: number, data: Record<string, unknown>) {
  backend.services
    .rawDb()
    .prepare("INSERT INTO timeline_events (id, case_id, kind, at, data, actor_id) VALUES (?, ?, 'conflict', ?, ?, NULL)")
    .run(`00000000-0000-7000-8000-c0000000000${n}`, caseId, Date.now() + n, JSON.stringify(data));
}

/** Opens the case the way an agent finds it: by searching for its subject. */
async function openCase(subject: string, searchLabel: string, resultsLabel: string) {
  const user = userEvent.setup();
  const word = subject.split(' ')[0]!;
  await user.type(screen.getByRole('combobox', { name: searchLabel }), word);
  await user.click(await within(await screen.findByRole('listbox', { name: resultsLabel })).findByRole('option', { name: new RegExp(word) }));
  return screen.findByRole('complementary', { name: new RegExp(subject) });
}

describe('sync conflicts on the case timeline', () => {
  it('says which value was kept and which was not used, with field names and values in words', async () => {
    app = await renderApp({}, {}, async (backend) => {
      const { id } = await createCase(backend, '洗衣机漏水');
      insertConflict(backend, id, 1, { table: 'cases', field: 'subject', kept: '洗衣机漏水', lost: '洗衣机不脱水', mutation: 'case.setFields' });
      insertConflict(backend, id, 2, { table: 'cases', field: 'priority', kept: 'urgent', lost: 'normal', mutation: 'case.setFields' });
      insertConflict(backend, id, 3, { table: 'cases', field: 'warranty_code', kept: 'W-2', lost: null, mutation: 'case.setFields' });
    });
    const panel = await openCase('洗衣机漏水', '搜索工单、客户和知识库', '搜索结果');
    const items = within(panel).getAllByRole('listitem').map((li) => li.textContent);
    expect(items.some((text) => text.includes('同步冲突：问题摘要 保留「洗衣机漏水」，另一处的「洗衣机不脱水」未采用 · 来自：修改工单'))).toBe(true);
    expect(items.some((text) => text.includes('同步冲突：优先级 保留「紧急」，另一处的「普通」未采用'))).toBe(true);
    expect(items.some((text) => text.includes('同步冲突：warranty_code 保留「W-2」，另一处的「（空）」未采用'))).toBe(true);
    expect(items.some((text) => text.includes('创建工单'))).toBe(true);
  });

  it('reads in English too', async () => {
    app = await renderApp({ osLocale: 'en-US' }, {}, async (backend) => {
      const { id } = await createCase(backend, 'Dryer too loud');
      insertConflict(backend, id, 1, { table: 'cases', field: 'status', kept: 'resolved', lost: 'inProgress', mutation: 'case.setStatus' });
    });
    const panel = await openCase('Dryer too loud', 'Search cases, customers and the knowledge base', 'Search results');
    expect(within(panel).getByText('Sync conflict: Status kept "Resolved"; the other edit "In progress" was not used')).toBeTruthy();
  });
});
