import { defaultScripts } from '../../src/shared/domain/scripts/defaultScripts';
import type { SqlValue } from '../../src/main/store/bulkLoad/batchInsert';
import { demoArticles } from './demoArticles';
import type { DemoOrganisation } from './demoOrganisation';
import { demoId, type DemoRng } from './random';

export interface KnowledgeRows {
  /** kb_articles: id, category, locale, version, title, body, tags, updated_at, updated_by */
  articles: SqlValue[][];
  /** kb_article_versions: article_id, version, title, body, edited_at, edited_by */
  articleVersions: SqlValue[][];
  /** scripts: id, scenario, locale, version, body, updated_at */
  scripts: SqlValue[][];
  /** script_versions: script_id, version, body, edited_at, edited_by */
  scriptVersions: SqlValue[][];
}

/**
 * The knowledge base and the call scripts as an admin would have entered them: every article and
 * script at version 1 early in the span, some articles and two scripts edited once later.
 */
export function makeKnowledge(rng: DemoRng, org: DemoOrganisation, from: number, now: number): KnowledgeRows {
  const rows: KnowledgeRows = { articles: [], articleVersions: [], scripts: [], scriptVersions: [] };
  const editors = [org.admin, ...org.teams.map((t) => t.lead)].map((i) => org.agents[i]!.id);
  const span = now - from;
  for (const article of demoArticles) {
    const createdAt = from + rng.int(0, Math.floor(span * 0.2));
    const id = demoId(rng, createdAt);
    const author = rng.pick(editors);
    const tags = JSON.stringify(article.tags);
    if (article.previous) {
      const editedAt = createdAt + rng.int(Math.floor(span * 0.2), Math.floor(span * 0.7));
      const editor = rng.pick(editors);
      rows.articles.push([id, article.category, article.locale, 2, article.title, article.body, tags, editedAt, editor]);
      rows.articleVersions.push([id, 1, article.previous.title, article.previous.body, createdAt, author]);
      rows.articleVersions.push([id, 2, article.title, article.body, editedAt, editor]);
    } else {
      rows.articles.push([id, article.category, article.locale, 1, article.title, article.body, tags, createdAt, author]);
      rows.articleVersions.push([id, 1, article.title, article.body, createdAt, author]);
    }
  }
  const adminId = org.agents[org.admin]!.id;
  defaultScripts.forEach((script, i) => {
    const createdAt = from + rng.int(0, 30 * 86_400_000);
    const id = demoId(rng, createdAt);
    const v1 = JSON.stringify({ ...script, version: 1 });
    // The first two scripts were edited once: the record stage gained a checklist item.
    if (i < 2) {
      const editedAt = createdAt + rng.int(Math.floor(span * 0.3), Math.floor(span * 0.8));
      const record = script.stages.record;
      const extra = script.locale === 'en' ? { id: 'demoEdited', text: 'Disposition code chosen' } : { id: 'demoEdited', text: '已选择处理结果代码' };
      const v2 = JSON.stringify({ ...script, version: 2, stages: { ...script.stages, record: { ...record, checklist: [...(record?.checklist ?? []), extra] } } });
      rows.scripts.push([id, script.scenario, script.locale, 2, v2, editedAt]);
      rows.scriptVersions.push([id, 1, v1, createdAt, adminId], [id, 2, v2, editedAt, adminId]);
    } else {
      rows.scripts.push([id, script.scenario, script.locale, 1, v1, createdAt]);
      rows.scriptVersions.push([id, 1, v1, createdAt, adminId]);
    }
  });
  return rows;
}
