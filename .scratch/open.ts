import BetterSqlite3 from 'better-sqlite3';
import { migrations } from '../src/main/store/migrations/index';
import { asWritable } from '../src/main/store/db';
const db = asWritable(new BetterSqlite3(':memory:'));
for (const m of migrations) { try { db.transaction(() => m.up(db))(); } catch (e) { console.log(m.version, e); break; } }
