import { statement, type ReadableDB, type WritableDB } from '../db';

/** The public key a server URL was pinned to at its first sign-in here (migration 017). */
export interface PinnedKey {
  kid: string;
  /** The public JWK, as JSON text. */
  jwk: string;
}

/** One spelling per server: `https://Sync.Example` and `https://sync.example/` are the same pin. */
export function pinKeyOf(serverUrl: string): string {
  return new URL(serverUrl).href;
}

export function pinnedKeyOf(db: ReadableDB, serverUrl: string): PinnedKey | undefined {
  return statement(db, 'SELECT kid, jwk FROM pinned_server_keys WHERE server_url = ?').get(pinKeyOf(serverUrl)) as PinnedKey | undefined;
}

/** Pins a key for a URL that has none yet; an existing pin is never replaced from the network. */
export function pinServerKey(db: WritableDB, serverUrl: string, key: PinnedKey, now: number): void {
  statement(db, 'INSERT INTO pinned_server_keys (server_url, kid, jwk, pinned_at) VALUES (?, ?, ?, ?) ON CONFLICT (server_url) DO NOTHING').run(pinKeyOf(serverUrl), key.kid, key.jwk, now);
}
