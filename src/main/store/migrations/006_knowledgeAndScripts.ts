import type { Migration } from './migration';

/** Knowledge-base articles and call scripts, both versioned: every edit is kept. */
export const migration006: Migration = {
  version: 6,
  name: 'knowledge and scripts',
  up(db) {
    db.exec(`
      CREATE TABLE kb_articles (
        id TEXT PRIMARY KEY,
        category TEXT NOT NULL CHECK (category IN ('product', 'process', 'afterSales', 'policy', 'complaints')),
        locale TEXT NOT NULL DEFAULT 'zh-CN',
        version INTEGER NOT NULL DEFAULT 1,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        tags TEXT NOT NULL DEFAULT '[]',
        updated_at INTEGER NOT NULL,
        updated_by TEXT
      );
      CREATE INDEX kb_by_category ON kb_articles(category, updated_at DESC);
      CREATE TABLE kb_article_versions (
        article_id TEXT NOT NULL REFERENCES kb_articles(id),
        version INTEGER NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        edited_at INTEGER NOT NULL,
        edited_by TEXT,
        PRIMARY KEY (article_id, version)
      ) WITHOUT ROWID;

      CREATE TABLE scripts (
        id TEXT PRIMARY KEY,
        scenario TEXT NOT NULL,
        locale TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        body TEXT NOT NULL,
        updated_at INTEGER NOT NULL,
        UNIQUE (scenario, locale)
      );
      CREATE TABLE script_versions (
        script_id TEXT NOT NULL REFERENCES scripts(id),
        version INTEGER NOT NULL,
        body TEXT NOT NULL,
        edited_at INTEGER NOT NULL,
        edited_by TEXT,
        PRIMARY KEY (script_id, version)
      ) WITHOUT ROWID;
    `);
  },
};
