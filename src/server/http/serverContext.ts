import type { ServerDb } from '../storage/serverDb';

/** What the routes share: the database, the clock, and the token key (loaded once). */
export interface ServerContext {
  db: ServerDb;
  now: () => number;
  tokenKey: () => Promise<Buffer>;
  tokenLifetimeMs: number;
}
