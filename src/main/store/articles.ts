import type { Database } from 'better-sqlite3';
import type { Article } from '../../shared/api';
import { AppError } from '../../shared/result';
import { v7 as uuidv7 } from 'uuid';
import type { KbCategory } from '../../shared/schemas/domainTerms';
import type { ArticleSummary, SaveArticleInput } from '../../shared/schemas/workspace';
import type { WriteContext } from './actor';
import { appendMutation } from './sync/outbox';
import { indexArticle } from './search/searchIndex';
import { statement } from './statements';

export function getArticle(db: Database, id: string): Article {
  const row = statement(db, 'SELECT id, category, locale, version, title, body, tags, updated_at FROM kb_articles WHERE id = ?').get(id) as
    | { id: string; category: string; locale: string; version: number; title: string; body: string; tags: string; updated_at: number }
    | undefined;
  if (!row) throw new AppError('not_found', `no article with id ${id}`);
  return { id: row.id, category: row.category, locale: row.locale, version: row.version, title: row.title, body: row.body, tags: JSON.parse(row.tags) as string[], updatedAt: row.updated_at };
}

/** Articles to browse, by category and language, newest first (bodies left out). */
export function listArticles(db: Database, query: { category?: KbCategory | undefined; locale?: string | undefined }): ArticleSummary[] {
  const where: string[] = [];
  const params: string[] = [];
  if (query.category) {
    where.push('category = ?');
    params.push(query.category);
  }
  if (query.locale) {
    where.push('locale = ?');
    params.push(query.locale);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const rows = statement(db, `SELECT id, category, locale, version, title, updated_at FROM kb_articles ${clause} ORDER BY updated_at DESC, id LIMIT 500`).all(...params) as {
    id: string;
    category: KbCategory;
    locale: string;
    version: number;
    title: string;
    updated_at: number;
  }[];
  return rows.map((r) => ({ id: r.id, category: r.category, locale: r.locale, version: r.version, title: r.title, updatedAt: r.updated_at }));
}

/**
 * Saves an article as a new version (every version kept): leads and admins only. A save based on
 * a version that is no longer the latest is refused as a conflict, so nobody overwrites an edit
 * they have not seen. Re-indexed for search; one outbox mutation.
 */
export function saveArticle(db: Database, input: SaveArticleInput, ctx: WriteContext): Article {
  if (ctx.actor.role === 'agent') throw new AppError('forbidden', 'only team leads and admins edit the knowledge base');
  const id = db.transaction(() => {
    const current = input.id ? (statement(db, 'SELECT version FROM kb_articles WHERE id = ?').get(input.id) as { version: number } | undefined) : undefined;
    if (input.id && !current) throw new AppError('not_found', `no article with id ${input.id}`);
    if (current && input.baseVersion !== undefined && input.baseVersion !== current.version) throw new AppError('conflict', `article ${input.id} is at version ${current.version}, not ${input.baseVersion}`);
    const articleId = input.id ?? uuidv7();
    const version = (current?.version ?? 0) + 1;
    const tags = JSON.stringify(input.tags);
    if (current) {
      statement(db, 'UPDATE kb_articles SET category = ?, locale = ?, version = ?, title = ?, body = ?, tags = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(
        input.category,
        input.locale,
        version,
        input.title,
        input.body,
        tags,
        ctx.now,
        ctx.actor.agentId,
        articleId,
      );
    } else {
      statement(db, 'INSERT INTO kb_articles (id, category, locale, version, title, body, tags, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
        articleId,
        input.category,
        input.locale,
        version,
        input.title,
        input.body,
        tags,
        ctx.now,
        ctx.actor.agentId,
      );
    }
    statement(db, 'INSERT INTO kb_article_versions (article_id, version, title, body, edited_at, edited_by) VALUES (?, ?, ?, ?, ?, ?)').run(articleId, version, input.title, input.body, ctx.now, ctx.actor.agentId);
    indexArticle(db, articleId);
    appendMutation(db, 'kb.save', { id: articleId, version }, ctx.now);
    return articleId;
  })();
  return getArticle(db, id);
}
