import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestSchemaVersion, openServerDb, readSchemaVersion, SchemaTooNewError } from '../../src/server/storage/openServerDb';
import type { ServerDb, Tx } from '../../src/server/storage/serverDb';
import { takeChangeNumbers } from '../../src/server/storage/serverSchema';
import { makeTempDir } from '../support/tempDir';
import { backends, openFreshServerDb, type TestServerDb } from './serverTestDb';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function counter(tx: Tx): Promise<number> {
  const [row] = await tx.all<{ value: number }>("SELECT value FROM server_meta WHERE key = 'test_counter'");
  return row?.value ?? 0;
}

/** Reads the counter, yields to other requests, then writes it plus one: lost updates unless writes are serialized. */
async function increment(db: ServerDb): Promise<void> {
  await db.write(async (tx) => {
    const value = await counter(tx);
    await tick();
    await tx.run("INSERT INTO server_meta (key, value) VALUES ('test_counter', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [value + 1]);
  });
}

async function recordCount(tx: Tx): Promise<number> {
  const [row] = await tx.all<{ n: number }>('SELECT COUNT(*) AS n FROM records');
  return row!.n;
}

const insertRecord = (tx: Tx, pk: string, seq = 1) =>
  tx.run('INSERT INTO records (tbl, pk, branch_id, data, clocks, change_seq) VALUES ($1, $2, NULL, $3, $4, $5)', ['branches', pk, '{}', '{}', seq]);

describe.each(backends)('server storage (%s)', (backend) => {
  let temp: ReturnType<typeof makeTempDir>;
  let server: TestServerDb;
  let db: ServerDb;
  const others: ServerDb[] = [];

  beforeEach(async () => {
    temp = makeTempDir();
    server = await openFreshServerDb(backend, temp.dir);
    db = server.db;
  });
  afterEach(async () => {
    for (const other of others.splice(0)) await other.close();
    await server?.cleanup();
    temp?.cleanup();
  });

  it('creates the schema at the latest version, and reopens it keeping the data', async () => {
    expect(db.kind).toBe(backend);
    expect(await db.read(readSchemaVersion)).toBe(latestSchemaVersion);
    await db.write((tx) => insertRecord(tx, 'b1'));
    const again = await openServerDb(server.options);
    others.push(again);
    expect(await again.read(readSchemaVersion)).toBe(latestSchemaVersion);
    expect(await again.read(recordCount)).toBe(1);
  });

  it('rolls a write back when its function throws, or when a statement fails, and stays usable', async () => {
    await expect(
      db.write(async (tx) => {
        await insertRecord(tx, 'b1');
        await tx.run("INSERT INTO server_secrets (key, value) VALUES ('x', 'y')");
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await expect(
      db.write(async (tx) => {
        await insertRecord(tx, 'b2');
        await insertRecord(tx, 'b2'); // same primary key
      }),
    ).rejects.toThrow();
    expect(await db.read(recordCount)).toBe(0);
    expect(await db.read((tx) => tx.all("SELECT * FROM server_secrets WHERE key = 'x'"))).toEqual([]);
    await db.write((tx) => insertRecord(tx, 'b3'));
    expect(await db.read(recordCount)).toBe(1);
  });

  it('serializes concurrent writes: 20 concurrent read-then-increment writes end at 20', async () => {
    await Promise.all(Array.from({ length: 20 }, () => increment(db)));
    expect(await db.read(counter)).toBe(20);
  });

  it('serializes writes of two server instances on one database (as two processes would be)', async () => {
    const second = await openServerDb(server.options);
    others.push(second);
    await Promise.all(Array.from({ length: 20 }, (_, i) => increment(i % 2 === 0 ? db : second)));
    expect(await db.read(counter)).toBe(20);
  });

  it('hands out contiguous, non-overlapping change numbers under concurrency', async () => {
    const counts = Array.from({ length: 30 }, (_, i) => 1 + (i % 5));
    const ranges = await Promise.all(
      counts.map((count) =>
        db.write(async (tx) => {
          await tick();
          const first = await takeChangeNumbers(tx, count);
          await tick();
          return { first, count };
        }),
      ),
    );
    ranges.sort((a, b) => a.first - b.first);
    let next = 1;
    for (const range of ranges) {
      expect(range.first).toBe(next);
      next += range.count;
    }
    const total = counts.reduce((a, b) => a + b, 0);
    expect(next).toBe(total + 1);
    const [meta] = await db.read((tx) => tx.all<{ value: unknown }>("SELECT value FROM server_meta WHERE key = 'change_seq'"));
    expect(meta!.value).toBe(total);
  });

  it('returns BIGINT columns, COUNT and SUM as JS numbers', async () => {
    const big = 2 ** 40 + 7;
    await db.write(async (tx) => {
      await tx.run('INSERT INTO accounts (agent_id, number, password_hash, token_version, updated_at) VALUES ($1, $2, $3, $4, $5)', ['a1', '1001', 'h', big, 1_795_000_000_000]);
      await insertRecord(tx, 'b1', big);
    });
    const [account] = await db.read((tx) => tx.all<Record<string, unknown>>('SELECT token_version, updated_at FROM accounts'));
    expect(account).toEqual({ token_version: big, updated_at: 1_795_000_000_000 });
    const [sums] = await db.read((tx) => tx.all<Record<string, unknown>>('SELECT COUNT(*) AS n, SUM(change_seq) AS total, MAX(change_seq) AS top FROM records'));
    expect(sums).toEqual({ n: 1, total: big, top: big });
  });

  it('binds $n placeholders by position, repeated and out of order, and leaves them alone inside string literals', async () => {
    await db.write(async (tx) => {
      await insertRecord(tx, 'b1', 5);
      await insertRecord(tx, 'b2', 6);
      await tx.run("INSERT INTO server_secrets (key, value) VALUES ($1, '$1 and $2')", ['literal']);
    });
    const rows = await db.read((tx) =>
      tx.all<{ pk: string }>('SELECT pk FROM records WHERE change_seq >= $2 AND tbl = $1 AND (pk = $3 OR pk = $3 OR $2 = 0) ORDER BY pk', ['branches', 6, 'b2']),
    );
    expect(rows).toEqual([{ pk: 'b2' }]);
    expect(await db.read((tx) => tx.all('SELECT value FROM server_secrets WHERE key = $1', ['literal']))).toEqual([{ value: '$1 and $2' }]);
    expect(await db.write((tx) => tx.run('UPDATE records SET branch_id = $1 WHERE change_seq < $2', ['x', 100]))).toEqual({ changes: 2 });
  });

  it('reads a consistent snapshot without waiting for a write in progress', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let inserted!: () => void;
    const insertedYet = new Promise<void>((resolve) => (inserted = resolve));
    const writing = db.write(async (tx) => {
      await insertRecord(tx, 'b1');
      inserted();
      await gate;
    });
    await insertedYet;
    // The write holds its lock: a read answers anyway, without the uncommitted row.
    expect(await db.read(recordCount)).toBe(0);
    const reading = db.read(async (tx) => {
      const before = await recordCount(tx);
      release();
      await writing;
      return [before, await recordCount(tx)];
    });
    expect(await reading).toEqual([0, 0]);
    expect(await db.read(recordCount)).toBe(1);
  });

  it('refuses to write in a read, and refuses a transaction used after it finished', async () => {
    await expect(db.read((tx) => insertRecord(tx, 'b1'))).rejects.toThrow();
    let leaked: Tx | undefined;
    await db.write(async (tx) => void (leaked = tx));
    await expect(leaked!.all('SELECT 1')).rejects.toThrow(/finished/);
    expect(await db.read(recordCount)).toBe(0);
  });

  it('refuses a database whose schema is newer than this server knows, and leaves it as it was', async () => {
    await db.write((tx) => tx.run('UPDATE server_schema SET version = $1', [latestSchemaVersion + 1]));
    const error = await openServerDb(server.options).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SchemaTooNewError);
    expect((error as Error).message).toMatch(`schema version ${latestSchemaVersion + 1}, newer than this server knows (${latestSchemaVersion})`);
    expect(await db.read(readSchemaVersion)).toBe(latestSchemaVersion + 1);
  });
});
