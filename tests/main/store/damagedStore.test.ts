import { openSync, readFileSync, writeSync, closeSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCase } from '../../../src/main/actions/caseActions';
import { localAgent } from '../../../src/main/store/actor';
import { openDatabase } from '../../../src/main/store/openDatabase';
import { makeTempDir } from '../../support/tempDir';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

describe('a damaged case store', () => {
  it('is detected at open, reported clearly, and left byte-for-byte untouched', () => {
    const path = join(temp.dir, 'store.db');
    const db = openDatabase(path);
    for (let i = 0; i < 300; i++) {
      createCase(db, { customerName: `客户${i}`, customerPhone: `1390000${String(i).padStart(4, '0')}`, channel: 'phone', subject: `问题描述 ${i} `.repeat(5) }, { now: 1_790_000_000_000 + i, actor: localAgent, branchCode: 'SH01', utcOffsetMinutes: 480 });
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const pageSize = 4096;
    expect(statSync(path).size).toBeGreaterThan(pageSize * 20);
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(pageSize, 0xab), 0, pageSize, pageSize * 10); // scribble over a page in the middle
    closeSync(fd);
    const damagedBytes = readFileSync(path);

    expect(() => openDatabase(path)).toThrow(expect.objectContaining({ code: 'storage', message: expect.stringMatching(/damaged[\s\S]*left untouched/) }));
    expect(readFileSync(path).equals(damagedBytes)).toBe(true);
  });
});
