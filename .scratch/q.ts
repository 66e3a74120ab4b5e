import BetterSqlite3 from 'better-sqlite3';
import { asWritable } from '../src/main/store/db';
import { search } from '../src/main/store/search/searchQuery';
import { customerNameRecall } from '../bench/storeSaves';
const db = asWritable(new BetterSqlite3(process.argv[2]!));
console.log(search(db, { text: '退货', limit: 5 }).map((h) => h.kind + ' ' + h.title.map((p) => p.text).join('')));
console.log('recall', customerNameRecall(db));
