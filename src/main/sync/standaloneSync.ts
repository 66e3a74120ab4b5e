import type { WritableDB } from '../store/db';
import { scryptHasher } from './scryptHasher';
import { memoryTokenVault, Session } from './session';
import { SyncClient } from './syncClient';
import { noServerTrust } from './trustedServer';

/** Session and sync for a desktop without a server (benchmarks and tests of other parts). */
export function standaloneSync(db: WritableDB, now: () => number = Date.now) {
  const sync = new SyncClient({ db, transport: null, now });
  return { session: new Session(db, memoryTokenVault(), () => null, scryptHasher, now, noServerTrust), sync: () => sync, onServerChanged: () => {} };
}
