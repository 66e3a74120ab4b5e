/**
 * A desktop taking its first-sync snapshot in its own process, for a test that SIGKILLs it while
 * the snapshot is being loaded: `node --import tsx tests/support/snapshotChild.ts DB_PATH SERVER_URL TOKEN [kill]`.
 * With `kill` it prints the journal mode the load runs under and kills itself when the rows are
 * written and the indexes are about to be rebuilt (the load's transaction still open); it runs
 * with a tiny page cache, so rows spill into the store file before that. Prints `loaded` or
 * `not loaded` otherwise.
 */
import { openDatabase } from '../../src/main/store/openDatabase';
import { loadFirstSnapshot } from '../../src/main/sync/snapshotSync';
import { httpSyncTransport } from '../../src/main/sync/syncTransport';

const [dbPath, url, token, kill] = process.argv.slice(2);
const db = openDatabase(dbPath!);
const pragma = db.pragma.bind(db);
// A 20-page cache: the load's pages go to the store file (after the journal) long before it commits.
(db as { pragma: typeof db.pragma }).pragma = ((source: string, options?: { simple?: boolean }) =>
  pragma(source.startsWith('cache_size = -') ? 'cache_size = 20' : source, options)) as typeof db.pragma;
const exec = db.exec.bind(db);
(db as { exec: typeof db.exec }).exec = (sql: string) => {
  if (kill === 'kill' && sql.startsWith('CREATE INDEX')) {
    console.log(`journal ${String(pragma('journal_mode', { simple: true }))}`);
    console.log(`cases ${String((db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n)}`);
    process.kill(process.pid, 'SIGKILL');
  }
  return exec(sql);
};
const loaded = await loadFirstSnapshot(db, httpSyncTransport(url!, () => token!), Date.now);
console.log(loaded ? 'loaded' : 'not loaded');
db.close();
