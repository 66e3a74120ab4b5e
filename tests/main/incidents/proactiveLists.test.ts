import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../src/shared/result';
import { realBridge } from '../../support/realBridge';
import { TEST_PASSWORD, testAdmin, testAgent, type TestAccount } from '../../support/testAccounts';

const value = <T>(reply: Result<T>): T => {
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  return reply.value;
};

const lead: TestAccount = { id: 'local-lead', number: '3001', name: '赵组长', role: 'lead', team: '一组' };
const T0 = Date.UTC(2026, 11, 1, 2, 0);

describe('proactive lists on a standalone desktop', () => {
  let app: ReturnType<typeof realBridge> | null = null;
  let now = T0;
  afterEach(() => {
    app?.close();
    app = null;
  });
  const signInAs = async (account: TestAccount) => {
    value(await app!.api.logout());
    value(await app!.api.login({ number: account.number, password: TEST_PASSWORD }));
  };

  it('a lead imports a file; a bad file is refused line by line and stores nothing', async () => {
    app = realBridge({ signedIn: lead, accounts: [testAdmin, testAgent, lead], now: () => now });
    const api = app.api;
    const db = app.services.rawDb();
    const rows = () => db.prepare('SELECT (SELECT count(*) FROM proactive_lists) AS l, (SELECT count(*) FROM proactive_contacts) AS c, (SELECT count(*) FROM outbox) AS o').get();
    const before = rows();
    const bad = value(await api.buildProactiveList({ kind: 'careCall', name: '冬季关怀回访', script: '您好，我是客服{{agent}}…', source: { from: 'file', text: '姓名,电话\n王女士,13800138000\n李先生,abc\n,13900001111\n' } }));
    expect(bad).toEqual({ ok: false, errors: [{ line: 3, key: 'invalidPhone' }, { line: 4, key: 'missingName' }] });
    expect(rows()).toEqual(before);
    expect(await api.buildProactiveList({ kind: 'party' as 'careCall', name: '冬季关怀回访', script: '', source: { from: 'file', text: 'a,13800138000' } })).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'kind', key: 'invalidChoice' }] } });

    const built = value(await api.buildProactiveList({ kind: 'careCall', name: '冬季关怀回访', script: '您好，天冷了，想了解一下您家电器的使用情况。', source: { from: 'file', text: '姓名,电话,备注\n王女士,13800138000,老人独居\n李先生,13900001111\n周女士,13700001234\n' } }));
    if (!built.ok) throw new Error('not built');
    expect(built.list).toMatchObject({ kind: 'careCall', name: '冬季关怀回访', source: 'file', state: 'open', creatorName: '赵组长', counts: { total: 3, untried: 3 } });
    const contacts = value(await api.listProactiveContacts({ listId: built.list.id }));
    expect(contacts.map((c) => [c.name, c.phoneMasked, c.note])).toEqual([
      ['王女士', '138****8000', '老人独居'],
      ['李先生', '139****1111', ''],
      ['周女士', '137****1234', ''],
    ]);
    expect(JSON.stringify(contacts)).not.toContain('13800138000');

    // An agent works it like the follow-up queue: next customer, outcome, note.
    await signInAs(testAgent);
    expect(await api.buildProactiveList({ kind: 'survey', name: '满意度', script: '', source: { from: 'file', text: 'a,13800138000' } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const first = value(await api.nextProactiveContact({ listId: built.list.id }));
    expect(first.contact).toMatchObject({ name: '王女士', phone: '13800138000' });
    expect(first.list.script).toBe('您好，天冷了，想了解一下您家电器的使用情况。');
    now += 60_000;
    value(await api.recordProactiveOutcome({ contactId: first.contact!.id, outcome: 'reached', note: '一切正常' }));
    expect(await api.recordProactiveOutcome({ contactId: first.contact!.id, outcome: 'done' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const second = value(await api.nextProactiveContact({ listId: built.list.id }));
    now += 60_000;
    value(await api.recordProactiveOutcome({ contactId: second.contact!.id, outcome: 'noAnswer' }));
    const third = value(await api.nextProactiveContact({ listId: built.list.id }));
    expect(third.contact?.name).toBe('周女士');
    now += 60_000;
    value(await api.recordProactiveOutcome({ contactId: third.contact!.id, outcome: 'refused', note: '不需要回访' }));
    // The unanswered one comes back.
    expect(value(await api.nextProactiveContact({ listId: built.list.id })).contact?.name).toBe('李先生');
    expect(value(await api.nextProactiveContact({ listId: built.list.id, skip: [second.contact!.id] })).contact).toBeNull();
    expect(await api.getProactiveSummary({ from: T0, to: T0 + 86_400_000 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    await signInAs(lead);
    const summary = value(await api.getProactiveSummary({ from: T0, to: T0 + 86_400_000 }));
    expect(summary).toMatchObject({ lists: 1, worked: 3, reached: 1, noAnswer: 1, refused: 1, done: 0 });
    const [listed] = value(await api.listProactiveLists());
    expect(listed?.counts).toEqual({ total: 3, untried: 0, reached: 1, noAnswer: 1, refused: 1, done: 0 });
    value(await api.closeProactiveList({ listId: built.list.id }));
    expect(value(await api.listProactiveLists())).toEqual([]);
    expect(value(await api.nextProactiveContact({ listId: built.list.id })).contact).toBeNull();
  });

  it('a lead builds a list from a filter over cases: one contact per customer, previewed first', async () => {
    app = realBridge({ signedIn: testAgent, accounts: [testAdmin, testAgent, lead], now: () => now });
    const api = app.api;
    value(await api.createCase({ customerName: '王女士', customerPhone: '13800138000', channel: 'phone', subject: '洗衣机漏水', scenario: 'complaint' }));
    value(await api.createCase({ customerName: '王女士', customerPhone: '13800138000', channel: 'phone', subject: '洗衣机又漏水', scenario: 'complaint' }));
    value(await api.createCase({ customerName: '李先生', customerPhone: '13900001111', channel: 'phone', subject: '咨询保修', scenario: 'consultation' }));
    await signInAs(lead);
    const filter = { scenario: 'complaint' as const };
    expect(value(await api.previewProactiveFilter({ filter }))).toEqual({ count: 1, sample: ['王女士'] });
    const built = value(await api.buildProactiveList({ kind: 'survey', name: '投诉客户满意度回访', script: '', source: { from: 'filter', filter } }));
    if (!built.ok) throw new Error('not built');
    expect(built.list.counts.total).toBe(1);
    const none = value(await api.buildProactiveList({ kind: 'survey', name: '空名单', script: '', source: { from: 'filter', filter: { scenario: 'order' } } }));
    expect(none).toEqual({ ok: false, errors: [{ line: 0, key: 'noRows' }] });
  });
});
