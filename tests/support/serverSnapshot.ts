import type { ServerDb, SqlValue } from '../../src/server/storage/serverDb';

/** Every table of the server's schema (3): what a backup holds. */
const TABLES = ['server_meta', 'server_secrets', 'records', 'accounts', 'sync_clients', 'sync_mutations', 'case_numbers', 'change_marks'] as const;

export type ServerSnapshot = Record<(typeof TABLES)[number], Record<string, SqlValue>[]>;

/** A copy of the whole server database, as a backup taken now would hold it (same code on both back ends). */
export function snapshotServer(db: ServerDb): Promise<ServerSnapshot> {
  return db.read(async (tx) => {
    const snapshot = {} as ServerSnapshot;
    for (const table of TABLES) snapshot[table] = await tx.all<Record<string, SqlValue>>(`SELECT * FROM ${table}`);
    return snapshot;
  });
}

/** Puts the database back to `snapshot` in one transaction: a restore from that backup. */
export function restoreServer(db: ServerDb, snapshot: ServerSnapshot): Promise<void> {
  return db.write(async (tx) => {
    for (const table of TABLES) {
      await tx.run(`DELETE FROM ${table}`);
      for (const row of snapshot[table]) {
        const columns = Object.keys(row);
        await tx.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`, columns.map((c) => row[c] ?? null));
      }
    }
  });
}
