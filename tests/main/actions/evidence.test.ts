import type { WritableDB } from '../../../src/main/store/db';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCase } from '../../../src/main/actions/caseActions';
import { attachEvidence, cleanFileName, openEvidence, removeEvidence } from '../../../src/main/actions/evidenceActions';
import { EvidenceFileStore, sha256Of } from '../../../src/main/evidence/evidenceFileStore';
import { createDispatch } from '../../../src/main/ipc/dispatch';
import { createHandlers } from '../../../src/main/ipc/handlers';
import { createSettings, memorySettingsBackend } from '../../../src/main/settings/settings';
import { getCaseDetail } from '../../../src/main/store/cases/caseDetail';
import { openDatabase } from '../../../src/main/store/openDatabase';
import { standaloneSync } from '../../../src/main/sync/standaloneSync';
import { evidenceMaxBytes } from '../../../src/shared/domain/evidenceFiles';
import { fingerprint } from '../../support/dbFingerprint';
import { exeBytes, pdfBytes, pngBytes } from '../../support/evidenceBytes';
import { makeTempDir } from '../../support/tempDir';

let temp: ReturnType<typeof makeTempDir>;
let db: WritableDB;
let files: EvidenceFileStore;
let caseId: string;
const T0 = Date.UTC(2026, 10, 23, 2, 0);
const ctx = (now = T0) => ({ now, actor: { agentId: 'a1', role: 'agent' as const }, branchCode: 'SH01', utcOffsetMinutes: 480 });
const outboxNames = () => (db.prepare('SELECT name FROM outbox ORDER BY seq').all() as { name: string }[]).map((r) => r.name);

beforeEach(() => {
  temp = makeTempDir();
  db = openDatabase(join(temp.dir, 'store.db'));
  files = new EvidenceFileStore(temp.dir);
  db.exec(`INSERT INTO branches (id, code, name) VALUES ('b1', 'SH01', '上海一部');
           INSERT INTO agents (id, number, name, role, branch_id) VALUES ('a1', '8001', '李明', 'agent', 'b1');`);
  caseId = createCase(db, { customerName: '王女士', customerPhone: '13800000001', channel: 'phone', subject: '洗衣机外壳破损' }, ctx());
});
afterEach(() => {
  db.close();
  temp.cleanup();
});

describe('complaint evidence on a case', () => {
  it('stores a photo under its sha256 in the data directory, lists it with who and when, and records an event and an outbox row', () => {
    const photo = pngBytes(1000);
    const listed = attachEvidence(db, files, { caseId, fileName: 'C:\\Users\\wang\\破损照片.png', bytes: photo }, ctx(T0 + 1000));
    const sha = sha256Of(photo);
    expect(listed).toEqual([
      expect.objectContaining({ caseId, fileName: '破损照片.png', mediaType: 'image/png', sizeBytes: 1000, sha256: sha, addedBy: 'a1', addedByName: '李明', addedAt: T0 + 1000, removedAt: null, stored: true }),
    ]);
    expect(readFileSync(join(temp.dir, 'evidence', sha.slice(0, 2), sha))).toEqual(photo);
    expect(readdirSync(join(temp.dir, 'evidence', sha.slice(0, 2)))).toEqual([sha]); // no temp file left behind
    const event = getCaseDetail(db, caseId).timeline.find((e) => e.kind === 'evidenceAdded');
    expect(event).toMatchObject({ actorId: 'a1', data: { evidenceId: listed[0]!.id, fileName: '破损照片.png', mediaType: 'image/png', sizeBytes: 1000 } });
    expect(outboxNames().at(-1)).toBe('evidence.attach');
  });

  it('accepts a PDF receipt by its first bytes, whatever its name', () => {
    const [item] = attachEvidence(db, files, { caseId, fileName: 'receipt.jpg', bytes: pdfBytes() }, ctx());
    expect(item!.mediaType).toBe('application/pdf');
  });

  it.each([
    ['a renamed executable', exeBytes(), 'evidenceType'],
    ['an empty file', Buffer.alloc(0), 'evidenceEmpty'],
    ['a file over 10 MB', pngBytes(evidenceMaxBytes + 1), 'evidenceTooLarge'],
  ])('refuses %s with a translated reason and changes nothing', (_what, bytes, key) => {
    const before = fingerprint(db);
    expect(() => attachEvidence(db, files, { caseId, fileName: 'photo.png', bytes }, ctx())).toThrow(expect.objectContaining({ code: 'validation', issues: [{ path: 'file', key }] }));
    expect(fingerprint(db)).toEqual(before);
    expect(existsSync(files.dir)).toBe(false);
  });

  it('takes a file off the case without losing it: the row is marked, the timeline says who, the bytes stay', async () => {
    const [item] = attachEvidence(db, files, { caseId, fileName: 'photo.png', bytes: pngBytes() }, ctx());
    const listed = removeEvidence(db, files, item!.id, ctx(T0 + 5000));
    expect(listed).toEqual([expect.objectContaining({ id: item!.id, removedAt: T0 + 5000, removedBy: 'a1', stored: true })]);
    expect(getCaseDetail(db, caseId).timeline.find((e) => e.kind === 'evidenceRemoved')).toMatchObject({ actorId: 'a1', data: { evidenceId: item!.id } });
    expect(outboxNames().at(-1)).toBe('evidence.remove');
    // Removing again records nothing more.
    const events = getCaseDetail(db, caseId).timelineTotal;
    removeEvidence(db, files, item!.id, ctx(T0 + 6000));
    expect(getCaseDetail(db, caseId).timelineTotal).toBe(events);
    expect((await openEvidence(db, files, item!.id)).dataBase64).toBe(pngBytes().toString('base64'));
  });

  it('opens a file from the data directory, and says so when neither this desktop nor the server holds it', async () => {
    const [item] = attachEvidence(db, files, { caseId, fileName: 'photo.png', bytes: pngBytes() }, ctx());
    expect(await openEvidence(db, files, item!.id)).toEqual({ id: item!.id, fileName: 'photo.png', mediaType: 'image/png', dataBase64: pngBytes().toString('base64') });
    const other = new EvidenceFileStore(join(temp.dir, 'elsewhere'));
    await expect(openEvidence(db, other, item!.id, async () => false)).rejects.toMatchObject({ code: 'not_found', issues: [{ path: 'file', key: 'evidenceNotHere' }] });
  });

  it('keeps file names tidy', () => {
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a\u0000b\nc.png')).toBe('abc.png');
    expect(cleanFileName('   ')).toBe('file');
    expect([...cleanFileName('长'.repeat(300))]).toHaveLength(200);
  });

  it('through the contract: bytes as base64, refusals as values, never a file name or content in the log', async () => {
    const logged: string[] = [];
    const handlers = createHandlers({ db, settings: createSettings(memorySettingsBackend(), () => {}), version: 't', dataDir: temp.dir, osLocale: 'zh-CN', now: () => T0, actor: () => ({ agentId: 'a1', role: 'agent' }), ...standaloneSync(db) });
    const dispatch = createDispatch(handlers, (message, error) => logged.push(message, String(error)));
    const attached = await dispatch('evidence:attach', { caseId, fileName: '王女士的发票.pdf', dataBase64: pdfBytes('秘密').toString('base64') });
    expect(attached).toMatchObject({ ok: true, value: [{ fileName: '王女士的发票.pdf', mediaType: 'application/pdf' }] });
    const refused = await dispatch('evidence:attach', { caseId, fileName: '病毒.png', dataBase64: exeBytes().toString('base64') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'file', key: 'evidenceType' }] } });
    expect(JSON.stringify(refused)).not.toContain('病毒');
    expect(await dispatch('evidence:attach', { caseId, fileName: 'x.png', dataBase64: 'not base64!' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    const listed = await dispatch('evidence:list', { caseId });
    expect(listed).toMatchObject({ ok: true, value: [{ fileName: '王女士的发票.pdf' }] });
    expect(await dispatch('evidence:open', { evidenceId: 'missing' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(logged.join('\n')).not.toMatch(/王女士|发票|病毒|秘密/);
  });
});
