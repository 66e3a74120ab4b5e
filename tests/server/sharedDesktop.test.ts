import { describe, expect, it } from 'vitest';
import { addNote, createCase } from '../../src/main/actions/caseActions';
import { clientIdOf, deviceSecretOf } from '../../src/main/store/sync/syncState';
import { SyncClient } from '../../src/main/sync/syncClient';
import { SyncHttpError } from '../../src/main/sync/syncTransport';
import { claimClientId } from '../../src/server/sync/deviceClients';
import { ClientIdTakenError } from '../../src/server/sync/pushMutations';
import { agentOf, directTransport, type Desktop } from '../support/syncHarness';
import { backends } from './serverTestDb';
import { serverWithDesktops } from '../support/serverWithDesktops';

/**
 * Several agents share one desktop across shifts: one store, one client id, one device secret.
 * What agent A queued offline is pushed under agent B's session and kept as A's; a desktop whose
 * client id belongs to another device gets a clear sync error, not an endless retry.
 */
const T0 = Date.UTC(2026, 11, 4, 1, 0);
const alice = agentOf('1001');
const bob = agentOf('1002');

describe.each(backends)('a desktop shared across shifts (%s)', (backend) => {
  const suite = serverWithDesktops(backend, [alice, bob], T0);
  /** What the sign-in does on the server for an agent signing in through this desktop. */
  const signInThrough = (d: Desktop, agentId: string) => suite.server.db.write((tx) => claimClientId(tx, clientIdOf(d.db), deviceSecretOf(d.db), agentId, T0));

  it('pushes the previous agent’s offline edits under the next agent’s session, attributed to the previous agent', async () => {
    const d = suite.desktop('shared', alice);
    expect(await signInThrough(d, alice.id)).toBe(true);
    await d.client.syncNow();
    d.transport.online = false;
    const caseId = createCase(d.db, { customerName: '王女士', customerPhone: '13812345678', channel: 'phone', subject: '洗衣机漏水' }, d.ctx(T0));
    addNote(d.db, caseId, '客户下午在家', d.ctx(T0));
    await d.client.syncNow();
    expect(d.client.status()).toMatchObject({ phase: 'offline', pending: 3 });

    // Shift change: bob signs in on the same desktop, and his session pushes alice's queue.
    expect(await signInThrough(d, bob.id)).toBe(true);
    const bobsClient = new SyncClient({ db: d.db, transport: directTransport(suite.server.db, bob, () => T0), now: () => T0 });
    await bobsClient.syncNow();
    expect(bobsClient.status()).toMatchObject({ pending: 0, rejected: 0, lastError: null });
    const note = await suite.server.db.read((tx) => tx.all<{ data: string }>("SELECT data FROM records WHERE tbl = 'timeline_events'"));
    const actors = note.map((r) => (JSON.parse(r.data) as { actor_id: string | null }).actor_id);
    expect(actors.length).toBeGreaterThan(0);
    expect(new Set(actors)).toEqual(new Set([alice.id]));
  });

  it('says a client id of another device is a sync error (clientIdTaken) and does not retry it on a timer', async () => {
    const first = suite.desktop('first', alice);
    const copy = suite.desktop('copy', alice);
    expect(await signInThrough(first, alice.id)).toBe(true);
    await copy.client.syncNow();
    // A store copied or restored onto another machine with another device secret, under the first one's client id.
    copy.db.prepare('UPDATE sync_state SET client_id = ? WHERE id = 1').run(clientIdOf(first.db));
    createCase(copy.db, { customerName: '李先生', customerPhone: '13900001111', channel: 'chat', subject: '冰箱不制冷' }, copy.ctx(T0));
    // The server's 403 as the HTTP transport reports it.
    const direct = directTransport(suite.server.db, alice, () => T0);
    const transport = {
      ...direct,
      push: (request: Parameters<typeof direct.push>[0]) =>
        direct.push(request).catch((error: unknown) => {
          throw error instanceof ClientIdTakenError ? new SyncHttpError(403, 'clientIdTaken', error.message) : error;
        }),
    };
    const client = new SyncClient({ db: copy.db, transport, now: () => T0 });
    client.start();
    await client.syncNow();
    client.stop();
    expect(client.status()).toMatchObject({ phase: 'error', pending: 2, nextAttemptAt: null, lastError: expect.stringMatching(/^clientIdTaken: /) });
  });
});
