/**
 * A desktop's sync client in its own process, for tests that SIGKILL it mid-sync:
 * `node --import tsx tests/support/syncChild.ts DB_PATH SERVER_URL TOKEN PAGE_SIZE`.
 * Prints `page <cursor>` after each applied page and `done` when it has nothing left to pull.
 */
import { openDatabase } from '../../src/main/store/openDatabase';
import { applyPulledPage } from '../../src/main/sync/applyPull';
import { acknowledgePush, nextPushBatch } from '../../src/main/sync/pushOutbox';
import { httpSyncTransport } from '../../src/main/sync/syncTransport';
import { clientIdOf, pullCursorOf } from '../../src/main/store/sync/syncState';

const [dbPath, url, token, pageSize] = process.argv.slice(2);
const db = openDatabase(dbPath!);
const transport = httpSyncTransport(url!, () => token!);
for (let batch = nextPushBatch(db); batch; batch = nextPushBatch(db)) {
  acknowledgePush(db, await transport.push(batch));
  console.log('pushed');
}
for (;;) {
  const page = await transport.pull({ clientId: clientIdOf(db), cursor: pullCursorOf(db), limit: Number(pageSize) });
  applyPulledPage(db, page, Date.now());
  console.log(`page ${page.nextCursor}`);
  if (!page.hasMore) break;
}
console.log('done');
db.close();
