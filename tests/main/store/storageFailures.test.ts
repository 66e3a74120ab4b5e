import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprint } from '../../support/dbFingerprint';
import { realBridge } from '../../support/realBridge';

const newCase = { customerName: '王女士', customerPhone: '13812345678', channel: 'phone' as const, subject: '洗衣机漏水', description: '说明'.repeat(2_000) };

describe('a disk that cannot take the write', () => {
  let app: ReturnType<typeof realBridge>;
  beforeEach(() => {
    app = realBridge();
  });
  afterEach(() => app.close());

  it('answers disk_full when the disk is full, saves nothing, and works again once there is room', async () => {
    const db = app.services.rawDb();
    db.pragma('wal_checkpoint(TRUNCATE)');
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);
    const before = fingerprint(db);
    const result = await app.api.createCase(newCase);
    expect(result).toMatchObject({ ok: false, error: { code: 'disk_full', message: expect.stringContaining('SQLITE_FULL') } });
    expect(fingerprint(db)).toBe(before);
    db.pragma('max_page_count = 1073741823');
    expect(await app.api.createCase(newCase)).toMatchObject({ ok: true });
  });

  it('answers read_only when the store cannot be written, and saves nothing', async () => {
    const db = app.services.rawDb();
    const before = fingerprint(db);
    db.pragma('query_only = 1');
    expect(await app.api.createCase(newCase)).toMatchObject({ ok: false, error: { code: 'read_only' } });
    expect(await app.api.search({ text: '漏水' })).toMatchObject({ ok: true }); // reading still works
    db.pragma('query_only = 0');
    expect(fingerprint(db)).toBe(before);
  });
});
