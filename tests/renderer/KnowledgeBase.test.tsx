import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/main/store/actor';
import type { AgentDeskApi } from '../../src/shared/api';
import type { SignedInAgent } from '../../src/shared/schemas/sync';
import { renderApp } from './renderApp';

const T0 = Date.UTC(2026, 10, 23, 2, 0);
const leadActor: Actor = { agentId: 'l1', role: 'lead' };
const agentActor: Actor = { agentId: 'a1', role: 'agent' };
const signedIn = (role: SignedInAgent['role']): Partial<AgentDeskApi> => ({
  getSignedInAgent: async () => ({ ok: true as const, value: { id: role === 'agent' ? 'a1' : 'l1', number: '8101', name: '周组长', role, branchId: 'b1', teamId: null, offline: false } }),
});

let actor: Actor = leadActor;
let app: Awaited<ReturnType<typeof renderApp>> | null = null;
let copied: string[] = [];
beforeEach(() => {
  actor = leadActor;
  copied = [];
});

/** The system clipboard, faked (after userEvent.setup(), which installs its own stub): what "copy into reply" wrote. */
function fakeClipboard(writeText: (text: string) => Promise<void> = async (text) => void copied.push(text)) {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
}
afterEach(() => app?.backend.close());

const ids: Record<string, string> = {};

/** Four articles written by a lead through the real save verb: after-sales, two policies (zh and en), a product one. */
async function seedArticles(api: AgentDeskApi) {
  const save = async (key: string, input: Parameters<AgentDeskApi['saveArticle']>[0]) => {
    const reply = await api.saveArticle(input);
    if (!reply.ok) throw new Error(reply.error.message);
    ids[key] = reply.value.id;
  };
  await save('leak', { category: 'afterSales', locale: 'zh-CN', title: '洗衣机漏水的排查', body: '先检查进水管接口是否拧紧，再看排水泵。', tags: ['洗衣机'] });
  await save('returns', { category: 'policy', locale: 'zh-CN', title: '七天无理由退货', body: '签收之日起七天内，商品完好、配件齐全即可申请退货，运费由我们承担。', tags: ['退货', '政策'] });
  await save('refund', { category: 'policy', locale: 'en', title: 'Refund policy', body: 'A refund is issued within 3 to 5 working days after the returned item arrives.', tags: [] });
  await save('fridge', { category: 'product', locale: 'zh-CN', title: '冰箱温度设置', body: '冷藏室建议设在 4 度，冷冻室 -18 度。', tags: [] });
}

async function openKb(overrides: Partial<AgentDeskApi> = {}) {
  actor = leadActor; // the articles are written by a lead
  app = await renderApp({ now: () => T0, actor: () => actor }, overrides, (backend) => seedArticles(backend.api));
  actor = agentActor; // from here on, whoever the test says
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: '知识库' }));
  await screen.findByRole('list', { name: '全部分类' });
  fakeClipboard();
  return { user, db: app.backend.services.rawDb() };
}

const list = () => screen.getAllByRole('list').find((l) => l.classList.contains('kb-list'))!;
const titles = () => within(list()).getAllByRole('button').map((b) => b.querySelector('.kb-item-title')!.textContent);

describe('the knowledge base', () => {
  it('browses by category, searches a two-character Chinese term and an English word, reads and copies into the clipboard', async () => {
    const { user } = await openKb();
    expect(titles()).toHaveLength(4);
    await user.click(screen.getByRole('button', { name: '政策规定' }));
    expect(screen.getByRole('button', { name: '政策规定' }).getAttribute('aria-pressed')).toBe('true');
    await screen.findByRole('list', { name: '政策规定' });
    expect(titles().sort()).toEqual(['Refund policy', '七天无理由退货']);
    await user.click(screen.getByRole('button', { name: '产品知识' }));
    await screen.findByRole('list', { name: '产品知识' });
    expect(titles()).toEqual(['冰箱温度设置']);
    await user.click(screen.getByRole('button', { name: '投诉处理' }));
    expect(await screen.findByText('“投诉处理”下还没有文章。')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '全部分类' }));

    const search = screen.getByLabelText('搜索知识库（中英文均可）');
    await user.type(search, '退货');
    await screen.findByRole('list', { name: /^搜索结果/ });
    expect(titles()).toEqual(['七天无理由退货']);
    expect(list().querySelector('mark')?.textContent).toBe('退货');
    await user.clear(search);
    await user.type(search, 'refund');
    await waitFor(() => expect(titles()).toEqual(['Refund policy']));
    await user.clear(search);
    await user.type(search, '不存在的词');
    expect(await screen.findByText('没有找到和“不存在的词”有关的文章，换个说法试试。')).toBeTruthy();
    await user.clear(search);

    await user.click(await screen.findByRole('button', { name: /洗衣机漏水的排查/ }));
    const reader = await screen.findByRole('article', { name: '洗衣机漏水的排查' });
    expect(reader.textContent).toContain('售后服务 · v1 · 更新于');
    expect(reader.textContent).toContain('先检查进水管接口是否拧紧，再看排水泵。');
    await user.click(within(reader).getByRole('button', { name: '复制到回复' }));
    expect(await within(reader).findByText('正文已复制，可以直接粘贴到回复里。')).toBeTruthy();
    expect(copied).toEqual(['先检查进水管接口是否拧紧，再看排水泵。']);
  });

  it('falls back to select-and-copy when the clipboard API refuses', async () => {
    const { user } = await openKb();
    fakeClipboard(() => Promise.reject(new Error('denied')));
    document.execCommand = ((command: string) => command === 'copy') as typeof document.execCommand;
    await user.click(screen.getByRole('button', { name: /冰箱温度设置/ }));
    await user.click(await screen.findByRole('button', { name: '复制到回复' }));
    expect(await screen.findByText('正文已复制，可以直接粘贴到回复里。')).toBeTruthy();
    document.execCommand = (() => false) as typeof document.execCommand;
    await user.click(screen.getByRole('button', { name: '复制到回复' }));
    expect(await screen.findByText('没能复制，请手动选中正文后复制。')).toBeTruthy();
  });

  it('lets a lead edit and save a new version (v+1 in SQLite), and write a new article', async () => {
    const { user, db } = await openKb(signedIn('lead'));
    actor = leadActor;
    await user.click(screen.getByRole('button', { name: /七天无理由退货/ }));
    await user.click(await screen.findByRole('button', { name: '编辑' }));
    expect(screen.getByRole('heading', { name: '编辑文章（基于 v1）' })).toBeTruthy();
    const body = screen.getByLabelText('正文');
    await user.clear(body);
    await user.type(body, '签收之日起七天内可以申请退货，商品需完好。');
    await user.click(screen.getByRole('button', { name: '保存为新版本' }));
    expect(await screen.findByText('已保存，当前为 v2。')).toBeTruthy();
    expect(screen.getByRole('article', { name: '七天无理由退货' }).textContent).toContain('v2 · 更新于');
    expect(db.prepare('SELECT version, body, updated_by FROM kb_articles WHERE id = ?').get(ids.returns)).toEqual({ version: 2, body: '签收之日起七天内可以申请退货，商品需完好。', updated_by: 'l1' });
    expect(db.prepare('SELECT version FROM kb_article_versions WHERE article_id = ? ORDER BY version').all(ids.returns)).toEqual([{ version: 1 }, { version: 2 }]);
    expect((db.prepare("SELECT args FROM outbox WHERE name = 'kb.save' ORDER BY seq DESC LIMIT 1").get() as { args: string }).args).toContain('"version":2');

    await user.click(screen.getByRole('button', { name: '新建文章' }));
    await user.type(screen.getByLabelText('标题'), '发票补开流程');
    await user.selectOptions(screen.getByLabelText('分类'), '业务流程');
    await user.type(screen.getByLabelText('标签'), '发票，流程');
    await user.type(screen.getByLabelText('正文'), '在订单页申请补开，三个工作日内寄出。');
    await user.click(screen.getByRole('button', { name: '保存为新版本' }));
    expect(await screen.findByRole('article', { name: '发票补开流程' })).toBeTruthy();
    expect(db.prepare("SELECT category, version, tags FROM kb_articles WHERE title = '发票补开流程'").get()).toEqual({ category: 'process', version: 1, tags: '["发票","流程"]' });
    await screen.findByRole('button', { name: /发票补开流程/ }); // the list shows it too
  });

  it('passes an axe scan while reading and while editing', async () => {
    const { user } = await openKb(signedIn('lead'));
    const scan = async () => {
      const results = await axe.run(screen.getByRole('main'), { rules: { 'color-contrast': { enabled: false } } });
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
    };
    await user.click(screen.getByRole('button', { name: /七天无理由退货/ }));
    await screen.findByRole('article', { name: '七天无理由退货' });
    expect(await scan()).toEqual([]);
    await user.click(screen.getByRole('button', { name: '编辑' }));
    expect(await scan()).toEqual([]);
  });

  it('refuses a stale edit with the conflict message and keeps the newer version', async () => {
    const { user, db } = await openKb(signedIn('lead'));
    actor = leadActor;
    await user.click(screen.getByRole('button', { name: /冰箱温度设置/ }));
    await user.click(await screen.findByRole('button', { name: '编辑' }));
    // Meanwhile another lead saves v2.
    await act(async () => {
      const other = await app!.backend.api.saveArticle({ id: ids.fridge, baseVersion: 1, category: 'product', locale: 'zh-CN', title: '冰箱温度设置', body: '冷藏室 2 到 5 度都可以。', tags: [] });
      expect(other.ok).toBe(true);
    });
    await user.type(screen.getByLabelText('正文'), '（补充）');
    await user.click(screen.getByRole('button', { name: '保存为新版本' }));
    expect((await screen.findByRole('alert')).textContent).toContain('你编辑的时候，别人已经保存了这篇文章的新版本，你的修改没有存进去。');
    expect(db.prepare('SELECT version, body FROM kb_articles WHERE id = ?').get(ids.fridge)).toEqual({ version: 2, body: '冷藏室 2 到 5 度都可以。' });
    await user.click(screen.getByRole('button', { name: '打开最新版本' }));
    const reader = await screen.findByRole('article', { name: '冰箱温度设置' });
    await within(reader).findByText('冷藏室 2 到 5 度都可以。');
    expect(reader.textContent).toContain('v2 · 更新于');
  });

  it('hides editing from agents, and an agent who still reaches the editor gets the forbidden message', async () => {
    const { user, db } = await openKb(signedIn('agent'));
    await user.click(screen.getByRole('button', { name: /洗衣机漏水的排查/ }));
    await screen.findByRole('article', { name: '洗衣机漏水的排查' });
    expect(screen.queryByRole('button', { name: '编辑' })).toBeNull();
    expect(screen.queryByRole('button', { name: '新建文章' })).toBeNull();
    app!.unmount();
    app!.backend.close();

    // Signed in as a lead on this desktop, but main acts for an agent (the role changed on the server): main refuses.
    const again = await openKb(signedIn('lead'));
    await again.user.click(screen.getByRole('button', { name: /洗衣机漏水的排查/ }));
    await again.user.click(await screen.findByRole('button', { name: '编辑' }));
    await again.user.type(screen.getByLabelText('标题'), '（坐席改）');
    await again.user.click(screen.getByRole('button', { name: '保存为新版本' }));
    expect((await screen.findByRole('alert')).textContent).toBe('只有组长和管理员可以编辑知识库，你的修改没有保存。');
    expect(again.db.prepare('SELECT version, title FROM kb_articles WHERE id = ?').get(ids.leak)).toEqual({ version: 1, title: '洗衣机漏水的排查' });
    void db;
  });

  it('opens an article chosen in the global search, in English too', async () => {
    app = await renderApp({ now: () => T0, actor: () => actor, osLocale: 'en' }, {}, (backend) => seedArticles(backend.api));
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox', { name: 'Search cases, customers and the knowledge base' }), 'refund');
    await waitFor(() => expect(screen.getAllByRole('option').some((o) => o.textContent?.includes('Refund policy'))).toBe(true));
    await user.keyboard('{Enter}');
    const reader = await screen.findByRole('article', { name: 'Refund policy' });
    expect(reader.textContent).toContain('Policies · v1 · updated');
    // Saved-at in the interface's order, 24-hour: never the browser's 12/5/2026, 10:00 AM.
    expect(reader.textContent).toMatch(/updated \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(reader.textContent).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{4}|AM|PM/);
    expect(screen.getByRole('button', { name: 'Copy into reply' })).toBeTruthy();
  });
});
