import type { FastifyInstance } from 'fastify';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../src/main/actions/caseActions';
import { attachEvidence, openEvidence } from '../../src/main/actions/evidenceActions';
import { EvidenceFileStore } from '../../src/main/evidence/evidenceFileStore';
import type { WritableDB } from '../../src/main/store/db';
import { openDatabase } from '../../src/main/store/openDatabase';
import { SyncClient } from '../../src/main/sync/syncClient';
import { httpSyncTransport, SyncNetworkError, type EvidenceTransport } from '../../src/main/sync/syncTransport';
import { buildServerApp } from '../../src/server/http/buildServerApp';
import { createAgent, createBranch } from '../../src/server/org/orgWrites';
import { evidenceChunkBytes } from '../../src/shared/domain/evidenceFiles';
import type { LoginResponse } from '../../src/shared/sync/protocol';
import { pdfBytes, pngBytes } from '../support/evidenceBytes';
import { loginOver } from '../support/noticeListener';
import { makeTempDir } from '../support/tempDir';
import { backends, openFreshServerDb, useFastScrypt, type TestServerDb } from './serverTestDb';

const PASSWORD = 'branch-office-1';
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Evidence files through the real sync server (issue 17): the row syncs like any other, the bytes
 * go up in 256 KiB chunks that resume where a cut-off transfer stopped, a damaged chunk or file is
 * refused, and another desktop of the branch receives the file; another branch cannot fetch it.
 */
describe.each(backends)('evidence files through the sync server on %s', (backend) => {
  let temp: ReturnType<typeof makeTempDir>;
  let fresh: TestServerDb;
  const closers: (() => unknown)[] = [];

  beforeAll(useFastScrypt);
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
    await fresh?.cleanup();
    temp?.cleanup();
  });

  async function start(): Promise<string> {
    temp = makeTempDir();
    fresh = await openFreshServerDb(backend, temp.dir);
    await createBranch(fresh.db, { code: 'SH01', name: '上海一部' });
    await createBranch(fresh.db, { code: 'BJ01', name: '北京一部' });
    await createAgent(fresh.db, { number: '1001', name: '李明', role: 'agent', branch: 'SH01', password: PASSWORD });
    await createAgent(fresh.db, { number: '1003', name: '周红', role: 'agent', branch: 'SH01', password: PASSWORD });
    await createAgent(fresh.db, { number: '2001', name: '赵强', role: 'agent', branch: 'BJ01', password: PASSWORD });
    const app: FastifyInstance = buildServerApp({ db: fresh.db });
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    closers.push(() => app.close());
    return url;
  }

  /** A desktop signed in as `login`, its evidence transport wrapped by `wrap` (to cut or damage a transfer). */
  function desktop(name: string, url: string, login: LoginResponse, wrap: (inner: EvidenceTransport) => EvidenceTransport = (inner) => inner) {
    const db: WritableDB = openDatabase(join(temp.dir, `${name}.db`));
    const files = new EvidenceFileStore(join(temp.dir, name));
    const transport = httpSyncTransport(url, () => login.token, 30_000);
    delete transport.notices;
    transport.evidence = wrap(transport.evidence!);
    const client = new SyncClient({ db, transport, intervalMs: 3_600_000, evidenceFiles: files });
    closers.push(() => {
      client.stop();
      db.close();
    });
    const ctx = () => ({ now: Date.now(), actor: { agentId: login.agent.id, role: login.agent.role, placement: { branchId: login.agent.branchId, teamId: null } }, branchCode: 'SH01', utcOffsetMinutes: 480 });
    return { db, files, client, ctx };
  }

  const get = (url: string, path: string, token: string) => fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const post = (url: string, path: string, token: string, body: unknown) =>
    fetch(`${url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('resumes a cut-off upload, refuses damaged chunks and files, and delivers the file to another desktop of the branch only', async () => {
    const url = await start();
    const [li, zhou, zhao] = await Promise.all([loginOver(url, '1001', PASSWORD), loginOver(url, '1003', PASSWORD), loginOver(url, '2001', PASSWORD)]);

    // Li's desktop: the network drops after the first chunk.
    const sent: number[] = [];
    let cutAfter: number | null = 1;
    let damage = false;
    const liDesk = desktop('li', url, li, (inner) => ({
      ...inner,
      putChunk: async (id, index, chunk) => {
        if (cutAfter !== null && sent.length >= cutAfter) throw new SyncNetworkError('network dropped');
        sent.push(index);
        if (!damage) return inner.putChunk(id, index, chunk);
        // Damaged before hashing (the chunk's own hash matches; only the whole file shows it).
        const bytes = Buffer.from(chunk.data, 'base64');
        bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
        return inner.putChunk(id, index, { data: bytes.toString('base64'), sha256: sha(bytes) });
      },
    }));
    const caseId = createCase(liDesk.db, { customerName: '王女士', customerPhone: '13812345678', channel: 'phone', subject: '外壳破损' }, liDesk.ctx());
    const photo = pngBytes(evidenceChunkBytes * 2 + 1000, 7); // three chunks
    const [item] = attachEvidence(liDesk.db, liDesk.files, { caseId, fileName: '破损照片.png', bytes: photo }, liDesk.ctx());
    await liDesk.client.syncNow();
    expect(liDesk.client.status().lastError).toMatch(/network dropped/);
    const statusPath = `/sync/evidence/${item!.id}`;
    expect(await (await get(url, statusPath, li.token)).json()).toEqual({ sizeBytes: photo.length, chunkBytes: evidenceChunkBytes, chunks: 3, have: [0], complete: false });

    // Back online: only the missing chunks go up.
    cutAfter = null;
    await liDesk.client.syncNow();
    expect(liDesk.client.status().lastError).toBeNull();
    expect(sent).toEqual([0, 1, 2]);
    expect(await (await get(url, statusPath, li.token)).json()).toMatchObject({ have: [0, 1, 2], complete: true });
    expect(liDesk.db.prepare('SELECT count(*) FROM evidence_uploads').pluck().get()).toBe(1);

    // A chunk that does not match its own hash is refused; so are a wrong size and a chunk the file does not have.
    const [receipt] = attachEvidence(liDesk.db, liDesk.files, { caseId, fileName: '小票.pdf', bytes: pdfBytes('no. 4471') }, liDesk.ctx()).slice(-1);
    damage = true;
    await liDesk.client.syncNow(); // the row goes up; the damaged file is refused whole and dropped
    const receiptPath = `/sync/evidence/${receipt!.id}`;
    expect(await (await get(url, receiptPath, li.token)).json()).toMatchObject({ have: [], complete: false });
    const good = pdfBytes('no. 4471');
    const corrupt = await post(url, `${receiptPath}/chunks/0`, li.token, { data: good.toString('base64'), sha256: sha(Buffer.from('something else')) });
    expect(corrupt.status).toBe(422);
    expect(await corrupt.json()).toMatchObject({ error: { code: 'evidenceChunkCorrupt' } });
    const short = good.subarray(1);
    expect((await post(url, `${receiptPath}/chunks/0`, li.token, { data: short.toString('base64'), sha256: sha(short) })).status).toBe(400);
    expect((await post(url, `${receiptPath}/chunks/5`, li.token, { data: good.toString('base64'), sha256: sha(good) })).status).toBe(400);
    damage = false;
    await liDesk.client.syncNow();
    expect(await (await get(url, receiptPath, li.token)).json()).toMatchObject({ have: [0], complete: true });

    // Zhou's desktop (same branch) pulls the rows and fetches both files in the background.
    const zhouDesk = desktop('zhou', url, zhou);
    await zhouDesk.client.syncNow();
    expect(zhouDesk.client.status().lastError).toBeNull();
    expect(zhouDesk.files.has(sha(photo))).toBe(true);
    expect((await openEvidence(zhouDesk.db, zhouDesk.files, item!.id)).dataBase64).toBe(photo.toString('base64'));
    expect((await openEvidence(zhouDesk.db, zhouDesk.files, receipt!.id)).mediaType).toBe('application/pdf');

    // Another branch can neither see nor fetch it; no token, no file.
    expect((await get(url, statusPath, zhao.token)).status).toBe(403);
    expect((await get(url, `${statusPath}/chunks/0`, zhao.token)).status).toBe(403);
    expect((await fetch(`${url}${statusPath}`)).status).toBe(401);
    expect((await get(url, '/sync/evidence/no-such-row', li.token)).status).toBe(404);
  });

  it('fetches a file on demand when the agent opens it on another desktop', async () => {
    const url = await start();
    const [li, zhou] = await Promise.all([loginOver(url, '1001', PASSWORD), loginOver(url, '1003', PASSWORD)]);
    const liDesk = desktop('li', url, li);
    const caseId = createCase(liDesk.db, { customerName: '王女士', customerPhone: '13812345678', channel: 'phone', subject: '外壳破损' }, liDesk.ctx());
    const photo = pngBytes(5000, 3);
    const [item] = attachEvidence(liDesk.db, liDesk.files, { caseId, fileName: 'a.png', bytes: photo }, liDesk.ctx());
    await liDesk.client.syncNow();
    // Zhou's desktop has the row but, offline for files so far, not the bytes.
    let filesOnline = false;
    const zhouDesk = desktop('zhou', url, zhou, (inner) => ({
      ...inner,
      getChunk: (id, index) => (filesOnline ? inner.getChunk(id, index) : Promise.reject(new SyncNetworkError('offline'))),
    }));
    await zhouDesk.client.syncNow().catch(() => undefined);
    expect(zhouDesk.db.prepare('SELECT count(*) FROM case_evidence').pluck().get()).toBe(1);
    expect(zhouDesk.files.has(sha(photo))).toBe(false);
    await expect(openEvidence(zhouDesk.db, zhouDesk.files, item!.id, (row) => zhouDesk.client.fetchEvidence(row))).rejects.toMatchObject({ code: 'not_found' });
    filesOnline = true;
    expect((await openEvidence(zhouDesk.db, zhouDesk.files, item!.id, (row) => zhouDesk.client.fetchEvidence(row))).dataBase64).toBe(photo.toString('base64'));
  });
});
