import type { WritableDB } from '../../../src/main/store/db';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveArticle } from '../../../src/main/actions/saveArticle';
import { listArticles } from '../../../src/main/store/knowledge/articleReads';
import { createCase } from '../../../src/main/actions/caseActions';
import { getCustomer360, nextBirthday } from '../../../src/main/store/customers/customer360';
import { listFollowUps, localDay } from '../../../src/main/store/followUps/followUpReads';
import { completeFollowUp } from '../../../src/main/actions/followUpActions';
import { openDatabase } from '../../../src/main/store/openDatabase';
import { search } from '../../../src/main/store/search/searchQuery';
import { saveWrapUp } from '../../../src/main/actions/saveWrapUp';
import { fingerprint } from '../../support/dbFingerprint';
import { makeTempDir } from '../../support/tempDir';
import { sampleWrapUp } from '../../support/wrapUpFixture';

let temp: ReturnType<typeof makeTempDir>;
let db: WritableDB;
const offset = 480; // Asia/Shanghai
const T0 = Date.UTC(2026, 10, 23, 2, 0); // 10:00 in Shanghai
const agent = { agentId: 'a1', role: 'agent' as const };
const lead = { agentId: 'l1', role: 'lead' as const };
const ctx = (now = T0, actor: { agentId: string; role: 'agent' | 'lead' } = agent) => ({ now, actor, branchCode: 'SH01', utcOffsetMinutes: offset });

beforeEach(() => {
  temp = makeTempDir();
  db = openDatabase(join(temp.dir, 'store.db'));
  db.exec(`INSERT INTO branches (id, code, name) VALUES ('b1', 'SH01', '上海一部');
           INSERT INTO agents (id, number, name, role, branch_id) VALUES ('a1', '8001', '李明', 'agent', 'b1'), ('l1', '8101', '周组长', 'lead', 'b1');`);
});
afterEach(() => {
  db.close();
  temp.cleanup();
});

/** A case with a callback due at `dueAt`, made by a wrap-up. */
function caseWithCallback(subject: string, dueAt: number, phone = '13812345678'): { caseId: string; followUpId: string } {
  const caseId = createCase(db, { customerName: '王女士', customerPhone: phone, channel: 'phone', subject }, ctx(T0 - 3_600_000));
  const { followUpId } = saveWrapUp(db, sampleWrapUp(caseId, T0 - 3_000_000, { status: 'inProgress', followUp: { kind: 'callback', dueAt, note: '回访' } }), ctx(T0 - 2_000_000));
  return { caseId, followUpId: followUpId! };
}

describe('the follow-up queue', () => {
  it('sorts callbacks into overdue, due today, upcoming and done, with the caller masked', () => {
    const { start, end } = localDay(T0, offset);
    expect(new Date(start).toISOString()).toBe('2026-11-22T16:00:00.000Z'); // midnight in Shanghai
    const overdue = caseWithCallback('昨天该回访', start - 3_600_000);
    const laterToday = caseWithCallback('今天下午回访', T0 + 4 * 3_600_000);
    const tomorrow = caseWithCallback('明天回访', end + 3_600_000);
    const done = caseWithCallback('已回访', T0 + 3_600_000);
    completeFollowUp(db, done.followUpId, '客户满意', ctx(T0 + 60_000));

    const ids = (view: 'today' | 'overdue' | 'upcoming' | 'done') => listFollowUps(db, { view, limit: 50 }, T0, offset).map((f) => f.id);
    expect(ids('overdue')).toEqual([overdue.followUpId]);
    expect(ids('today')).toEqual([laterToday.followUpId]);
    expect(ids('upcoming')).toEqual([tomorrow.followUpId]);
    expect(ids('done')).toEqual([done.followUpId]);
    const [item] = listFollowUps(db, { view: 'overdue', limit: 50 }, T0, offset);
    expect(item).toMatchObject({ overdue: true, customerPhoneMasked: '138****5678', subject: '昨天该回访', kind: 'callback' });
    expect(listFollowUps(db, { view: 'today', agentId: 'someone-else', limit: 50 }, T0, offset)).toEqual([]);
  });
});

describe('customer 360', () => {
  it('gathers the masked profile, cases, calls, satisfaction, open follow-ups and the next birthday', () => {
    const { caseId } = caseWithCallback('洗衣机漏水', T0 + 86_400_000);
    const customerId = (db.prepare('SELECT customer_id FROM cases WHERE id = ?').get(caseId) as { customer_id: string }).customer_id;
    db.prepare("UPDATE customers SET birthday = '1988-03-07', id_card = '11010119880307123X' WHERE id = ?").run(customerId);
    const view = getCustomer360(db, customerId, T0);
    expect(view.customer).toMatchObject({ name: '王女士', phoneMasked: '138****5678', idCardMasked: '110101********123X' });
    expect(view.cases.map((c) => c.subject)).toEqual(['洗衣机漏水']);
    expect(view.calls).toHaveLength(1);
    expect(view.satisfaction).toMatchObject({ average: 5, count: 1 });
    expect(view.upcomingFollowUps).toHaveLength(1);
    expect(view.nextBirthday).toBe('2027-03-07');
    expect(JSON.stringify(view)).not.toMatch(/13812345678|19880307/);
    expect(nextBirthday('1990-11-23', T0)).toBe('2026-11-23');
    expect(nextBirthday('not a date', T0)).toBeNull();
  });
});

describe('knowledge base editing', () => {
  it('lets a lead save new versions, keeps every version, re-indexes, and refuses an agent or a stale edit', () => {
    const created = saveArticle(db, { category: 'afterSales', locale: 'zh-CN', title: '洗衣机漏水的排查', body: '先检查进水管接口。', tags: ['洗衣机'] }, ctx(T0, lead));
    expect(created.version).toBe(1);
    const edited = saveArticle(db, { id: created.id, baseVersion: 1, category: 'afterSales', locale: 'zh-CN', title: '洗衣机漏水的排查', body: '先检查进水管接口，再看排水泵。', tags: ['洗衣机'] }, ctx(T0 + 1, lead));
    expect(edited.version).toBe(2);
    expect(db.prepare('SELECT version FROM kb_article_versions WHERE article_id = ? ORDER BY version').all(created.id)).toEqual([{ version: 1 }, { version: 2 }]);
    expect(search(db, { text: '排水泵', kinds: ['article'], limit: 5 }).map((h) => h.id)).toEqual([created.id]);
    expect(listArticles(db, { category: 'afterSales' }).map((a) => a.title)).toEqual(['洗衣机漏水的排查']);

    const before = fingerprint(db);
    expect(() => saveArticle(db, { id: created.id, baseVersion: 1, category: 'afterSales', locale: 'zh-CN', title: 'x', body: '旧版本上改', tags: [] }, ctx(T0 + 2, lead))).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
    expect(() => saveArticle(db, { category: 'policy', locale: 'zh-CN', title: '坐席不能改', body: 'x', tags: [] }, ctx(T0 + 3))).toThrow(expect.objectContaining({ code: 'forbidden' }));
    expect(fingerprint(db)).toBe(before);
  });
});
