import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildServerApp } from '../../src/server/http/buildServerApp';
import { makeTempDir } from '../support/tempDir';
import { openFreshServerDb, type TestServerDb } from './serverTestDb';

/**
 * What main.ts does on SIGTERM (`app.close()`, then the database): connections are no longer
 * accepted, and a request already in flight still gets its whole answer.
 */
describe('graceful shutdown', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let server: TestServerDb;

  beforeEach(async () => {
    temp = makeTempDir();
    server = await openFreshServerDb('sqlite', temp.dir);
  });
  afterEach(async () => {
    await server?.cleanup();
    temp?.cleanup();
  });

  it('stops accepting connections, finishes the request in flight (closing its keep-alive connection), then closes', async () => {
    const app = buildServerApp({ db: server.db });
    let entered!: () => void;
    const inHandler = new Promise<void>((resolve) => (entered = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    app.get('/test/in-flight', async () => {
      entered();
      await gate;
      return { finished: true };
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

    const inFlight = fetch(`${url}/test/in-flight`);
    await inHandler;
    let closed = false;
    const closing = app.close().then(() => void (closed = true));

    // A new request is turned away: refused or reset once the socket stops listening, 503 if it slipped in first.
    const late = await fetch(`${url}/health`).then((response) => response.status, () => 'refused');
    expect([503, 'refused']).toContain(late);
    expect(closed).toBe(false); // the request in flight holds the close

    release();
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(answer.headers.get('connection')).toBe('close'); // its keep-alive connection does not hold the close
    expect(await answer.json()).toEqual({ finished: true });
    await closing;
    expect(closed).toBe(true);
    // The database is closed after the app, as main.ts does; it still answers until then.
    expect(await server.db.read((tx) => tx.all('SELECT 1 AS one'))).toEqual([{ one: 1 }]);
  });
});
