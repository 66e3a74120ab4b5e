import BetterSqlite3 from 'better-sqlite3';
import { asWritable } from '../src/main/store/db';
import { indexArticle } from '../src/main/store/search/searchIndex';
const db = asWritable(new BetterSqlite3(process.argv[2]!));
const ids = db.prepare("SELECT ref_id FROM search_docs WHERE kind = 'article' AND rowid > 281474976710656").pluck().all() as string[];
db.transaction(() => { for (const id of ids) indexArticle(db, id); })();
console.log('moved', ids.length);
db.close();
