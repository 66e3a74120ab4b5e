import type { Database } from 'better-sqlite3';
import type { Article } from '../../shared/api';
import { AppError } from '../../shared/result';
import { statement } from './statements';

export function getArticle(db: Database, id: string): Article {
  const row = statement(db, 'SELECT id, category, locale, version, title, body, tags, updated_at FROM kb_articles WHERE id = ?').get(id) as
    | { id: string; category: string; locale: string; version: number; title: string; body: string; tags: string; updated_at: number }
    | undefined;
  if (!row) throw new AppError('not_found', `no article with id ${id}`);
  return { id: row.id, category: row.category, locale: row.locale, version: row.version, title: row.title, body: row.body, tags: JSON.parse(row.tags) as string[], updatedAt: row.updated_at };
}
