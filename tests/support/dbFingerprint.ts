import type { Database } from 'better-sqlite3';
import BetterSqlite3 from 'better-sqlite3';
import { createHash } from 'node:crypto';

/** A hash of every row of every table: equal fingerprints mean nothing at all was written. */
export function fingerprint(db: Database): string {
  const hash = createHash('sha256');
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name").all() as { name: string }[];
  for (const { name } of tables) {
    const rows = (db.prepare(`SELECT * FROM "${name}"`).all() as unknown[]).map((r) => JSON.stringify(r)).sort();
    hash.update(`${name}:${rows.join('\n')}\n`);
  }
  return hash.digest('hex');
}

export function fingerprintFile(path: string): string {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    return fingerprint(db);
  } finally {
    db.close();
  }
}
