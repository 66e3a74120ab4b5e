import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openServerDb } from '../../src/server/storage/openServerDb';
import { takeChangeNumbers } from '../../src/server/storage/serverSchema';
import { pullChanges } from '../../src/server/sync/pullChanges';
import { serverIdOf } from '../../src/server/sync/serverHistory';
import { agentOf, seedOrganisation } from '../support/syncHarness';
import { makeTempDir } from '../support/tempDir';
import { backends, openFreshServerDb, type TestServerDb } from './serverTestDb';

describe.each(backends)('server identity and history position (%s)', (backend) => {
  let temp: ReturnType<typeof makeTempDir>;
  let fresh: TestServerDb;
  const admin = agentOf('9001', undefined, 'admin');

  beforeEach(async () => {
    temp = makeTempDir();
    fresh = await openFreshServerDb(backend, temp.dir);
    await seedOrganisation(fresh.db, [admin]);
  });
  afterEach(async () => {
    await fresh.cleanup();
    temp.cleanup();
  });

  const pull = (cursor: number, cursorMark?: string) => pullChanges(fresh.db, admin, { clientId: 'desk-1', cursor, limit: 1, ...(cursorMark !== undefined ? { cursorMark } : {}) });

  it('a database gets its own id when it is created, kept when it is opened again', async () => {
    const id = await fresh.db.read(serverIdOf);
    expect(id).toMatch(/^[\w-]{8,}$/);
    const other = await openFreshServerDb(backend, temp.dir);
    try {
      expect(await other.db.read(serverIdOf)).not.toBe(id);
    } finally {
      await other.cleanup();
    }
    const again = await openServerDb(fresh.options);
    try {
      expect(await again.read(serverIdOf)).toBe(id);
    } finally {
      await again.close();
    }
  });

  it('pulls on from a cursor whose mark matches; from 0 when the mark differs or the cursor is beyond the history', async () => {
    const first = await pull(0);
    expect(first).toMatchObject({ nextCursor: 1, restarted: false, hasMore: true, serverId: await fresh.db.read(serverIdOf), lastSeq: 0 });
    const mark = first.cursorMark!;
    expect(mark).not.toBe('');
    expect(await pull(1, mark)).toMatchObject({ nextCursor: 2, restarted: false });
    expect(await pull(1)).toMatchObject({ nextCursor: 2, restarted: false }); // no mark: a desktop older than marks, trusted
    expect(await pull(1, 'another-history')).toMatchObject({ nextCursor: 1, restarted: true });
    const high = first.highWater!;
    expect(await pull(high + 5)).toMatchObject({ nextCursor: 1, restarted: true });
    // numbers handed out later carry other marks
    const next = await fresh.db.write((tx) => takeChangeNumbers(tx, 3));
    expect(next).toBe(high + 1);
    expect(await pull(high + 2, mark)).toMatchObject({ restarted: true });
  });

  it('refuses a request meant for another server database', async () => {
    await expect(pullChanges(fresh.db, admin, { clientId: 'desk-1', cursor: 0, limit: 10, serverId: 'someone-else' })).rejects.toThrow(/synced with server someone-else/);
  });
});
