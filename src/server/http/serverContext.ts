import type { NoticeBus } from '../notices/noticeBus';
import type { ServerMetrics } from '../metrics/serverMetrics';
import type { ServerDb } from '../storage/serverDb';
import type { SigningKey } from '../../node/tokenSigning';

/** What the routes share: the database, the clock, and the token key (loaded once). */
export interface ServerContext {
  db: ServerDb;
  now: () => number;
  tokenKey: () => Promise<SigningKey>;
  tokenLifetimeMs: number;
  metrics: ServerMetrics;
  /** Live notices to desktops (`GET /sync/events`). */
  notices: NoticeBus;
}
