import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCase } from '../../../src/main/actions/caseActions';
import { localAgent } from '../../../src/main/store/actor';
import { openDatabase } from '../../../src/main/store/openDatabase';
import { storeSize } from '../../../src/main/store/storeSize';
import { makeTempDir } from '../../support/tempDir';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

describe('the store size report (dbstat)', () => {
  it('lists every table and index with its bytes, the largest first, accounting for the whole file', () => {
    const db = openDatabase(join(temp.dir, 'store.db'));
    for (let i = 0; i < 200; i++) {
      createCase(db, { customerName: `客户${i}`, customerPhone: `1390000${String(i).padStart(4, '0')}`, channel: 'phone', subject: `退货问题 ${i} `.repeat(6) }, { now: 1_800_000_000_000 + i, actor: localAgent, branchCode: 'SH01', utcOffsetMinutes: 480 });
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
    const size = storeSize(db);

    const cases = size.objects.find((o) => o.name === 'cases')!;
    expect(cases).toMatchObject({ table: 'cases', kind: 'table' });
    expect(cases.bytes).toBeGreaterThan(200 * 100);
    expect(cases.bytes).toBe(cases.pages * size.pageSize);
    expect(size.objects.some((o) => o.kind === 'index' && o.table === 'cases')).toBe(true);
    // FTS5 keeps its index in shadow tables: counted under the search table.
    expect(size.objects.filter((o) => o.name.startsWith('search_index_')).every((o) => o.table === 'search_index')).toBe(true);
    expect(size.objects.map((o) => o.bytes)).toEqual(size.objects.map((o) => o.bytes).sort((a, b) => b - a));
    // Every page is either in a table or index, or free.
    const used = size.objects.reduce((sum, o) => sum + o.bytes, 0);
    expect(used + size.freePages * size.pageSize).toBe(size.fileBytes);
    db.close();
  });
});
