import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../src/shared/schemas/search';
import { realBridge } from '../../support/realBridge';

let app: ReturnType<typeof realBridge>;

const create = async (customerName: string, customerPhone: string, subject: string, extra: Record<string, string> = {}) => {
  const created = await app.api.createCase({ customerName, customerPhone, channel: 'phone', subject, ...extra });
  if (!created.ok) throw new Error(created.error.message);
  return created.value;
};
const find = async (text: string, kinds?: SearchHit['kind'][]) => {
  const reply = await app.api.search({ text, ...(kinds ? { kinds } : {}) });
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value;
};
const marked = (parts: SearchHit['title']) => parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('');

beforeEach(async () => {
  app = realBridge();
  await create('王建国', '13812345678', '冰箱申请退货', { description: '签收第三天发现冷藏室不制冷，要求退货', orderNo: 'SO-2026-110087' });
  await create('李娜', '13987654321', 'Router keeps dropping Wi-Fi', { description: 'Customer asks for a refund if it cannot be fixed' });
  await create('张伟', '021-66668888', '发票抬头开错');
  const db = app.services.rawDb();
  db.prepare("INSERT INTO kb_articles (id, category, title, body, updated_at) VALUES ('kb1', 'policy', '七天无理由退货规则', '签收后七天内商品完好可申请退货，运费由客户承担。', 1)").run();
  const { indexArticle } = await import('../../../src/main/store/search/searchIndex');
  indexArticle(db, 'kb1');
});
afterEach(() => app.close());

describe('search as you type', () => {
  it('finds a 2-character Chinese term in cases and articles, newest first among equal hits, with the hits marked', async () => {
    const hits = await find('退货');
    expect(hits.map((h) => [h.kind, marked(h.title)])).toEqual([
      ['article', '七天无理由[退货]规则'],
      ['case', '冰箱申请[退货]'],
    ]);
    expect(marked(hits[1]!.snippet)).toContain('要求[退货]');
  });

  it('finds Chinese substrings of any length, and a single character as a prefix', async () => {
    expect((await find('不制冷')).map((h) => marked(h.snippet))).toEqual(['签收第三天发现冷藏室[不制冷]，要求退货']);
    const single = await find('发');
    expect(single.map((h) => marked(h.title))).toEqual(['[发]票抬头开错', '冰箱申请退货']);
    expect(marked(single[1]!.snippet)).toContain('[发]现');
    expect(await find('退款')).toEqual([]);
  });

  it('finds English words case-insensitively, and the word being typed as a prefix', async () => {
    expect((await find('REFUND')).map((h) => h.kind)).toEqual(['case']);
    expect((await find('rout')).map((h) => marked(h.title))).toEqual(['[Rout]er keeps dropping Wi-Fi']);
    expect(await find('rout ')).toEqual([]);
  });

  it('finds phone numbers and order numbers by any part, but shows phones masked', async () => {
    const byPhone = await find('345678');
    expect(byPhone.map((h) => h.kind).sort()).toEqual(['case', 'customer']);
    expect(JSON.stringify(byPhone)).not.toContain('13812345678');
    expect(byPhone[0]!.phoneMasked).toBe('138****5678');
    expect((await find('021-6666')).map((h) => marked(h.title)).sort()).toEqual(['发票抬头开错', '张伟']);
    const byOrder = await find('110087');
    expect(byOrder.map((h) => marked(h.detail))).toEqual([expect.stringContaining('SO-2026-[110087]')]);
    expect((await find('so2026')).map((h) => h.kind)).toEqual(['case']);
  });

  it('filters by kind and finds customers by name', async () => {
    expect((await find('王建', ['customer'])).map((h) => marked(h.title))).toEqual(['[王建]国']);
    expect((await find('退货', ['article'])).map((h) => h.id)).toEqual(['kb1']);
  });

  it('keeps a case findable by what was changed, and no longer by what was removed', async () => {
    const [hit] = await find('发票');
    const changed = await app.api.updateCase({ caseId: hit!.id, changes: { subject: '退换货运费咨询' } });
    expect(changed.ok).toBe(true);
    expect(await find('发票')).toEqual([]);
    expect((await find('运费')).map((h) => h.id)).toContain(hit!.id);
    expect(app.services.rawDb().prepare("SELECT count(*) AS n FROM search_docs WHERE kind = 'case'").get()).toEqual({ n: 3 });
  });

  it('answers typing that is not searchable with no results rather than an error', async () => {
    for (const text of ['', '   ', '"*()', 'NEAR(']) expect(Array.isArray(await find(text))).toBe(true);
  });
});
