import type { Article } from '../../../shared/api';
import { AppError } from '../../../shared/result';
import type { KbCategory } from '../../../shared/schemas/domainTerms';
import type { ArticleSummary } from '../../../shared/schemas/workspace';
import { statement, type ReadableDB } from '../db';

export function getArticle(db: ReadableDB, id: string): Article {
  const row = statement(db, 'SELECT id, category, locale, version, title, body, tags, updated_at FROM kb_articles WHERE id = ?').get(id) as
    | { id: string; category: string; locale: string; version: number; title: string; body: string; tags: string; updated_at: number }
    | undefined;
  if (!row) throw new AppError('not_found', `no article with id ${id}`);
  return { id: row.id, category: row.category, locale: row.locale, version: row.version, title: row.title, body: row.body, tags: JSON.parse(row.tags) as string[], updatedAt: row.updated_at };
}

/** Articles to browse, by category and language, newest first (bodies left out). */
export function listArticles(db: ReadableDB, query: { category?: KbCategory | undefined; locale?: string | undefined }): ArticleSummary[] {
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

/** The article's current version number, undefined when there is no such article. */
export function articleVersionOf(db: ReadableDB, id: string): number | undefined {
  return (statement(db, 'SELECT version FROM kb_articles WHERE id = ?').get(id) as { version: number } | undefined)?.version;
}
