import type { KbCategory } from '../../../shared/schemas/domainTerms';
import { statement, type WritableDB } from '../db';

export interface ArticleVersion {
  id: string;
  version: number;
  category: KbCategory;
  locale: string;
  title: string;
  body: string;
  tags: readonly string[];
  at: number;
  by: string | null;
}

/** Writes the article's new current version (inserting the article if `isNew`) and keeps that version in its history. */
export function writeArticleVersion(db: WritableDB, article: ArticleVersion, isNew: boolean): void {
  const values = [article.category, article.locale, article.version, article.title, article.body, JSON.stringify(article.tags), article.at, article.by];
  if (isNew) statement(db, 'INSERT INTO kb_articles (category, locale, version, title, body, tags, updated_at, updated_by, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(...values, article.id);
  else statement(db, 'UPDATE kb_articles SET category = ?, locale = ?, version = ?, title = ?, body = ?, tags = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(...values, article.id);
  statement(db, 'INSERT INTO kb_article_versions (article_id, version, title, body, edited_at, edited_by) VALUES (?, ?, ?, ?, ?, ?)').run(article.id, article.version, article.title, article.body, article.at, article.by);
}
