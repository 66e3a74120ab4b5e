import BetterSqlite3 from 'better-sqlite3';
import { searchIndexLevels } from '../src/main/store/search/searchStructure';
const db = new BetterSqlite3(process.argv[2]!, { readonly: true });
const levels = searchIndexLevels(db as never);
levels.forEach((l, i) => console.log(i, 'merging', l.merging, l.segments.map((s) => `${s.id}:${s.pages}p/${s.entries}e/${s.tombstones}t`).join(' ')));
console.log(db.prepare('SELECT * FROM search_index_config').all());
console.log(db.prepare("SELECT kind, count(*) n, min(rowid), max(rowid) FROM search_docs GROUP BY kind").all());
console.log(db.prepare("SELECT count(*) n FROM customers").get(), db.prepare("PRAGMA freelist_count").get(), db.prepare("PRAGMA page_count").get(), db.prepare("PRAGMA page_size").get());
