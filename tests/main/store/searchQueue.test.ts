import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../../tools/demo/seedDemo';
import { openDatabase } from '../../../src/main/store/openDatabase';
import { indexQueued, searchQueueLength } from '../../../src/main/store/search/searchQueue';
import { search } from '../../../src/main/store/search/searchQuery';
import { applyPulledPage } from '../../../src/main/sync/applyPull';
import { storeRows } from '../../../src/server/admin/importStore';
import { makeTempDir } from '../../support/tempDir';

describe('search after a large pull (migration 014)', () => {
  it('queues the documents of a big page with its rows, and finds them once the queue is worked — also after a restart', async () => {
    const temp = makeTempDir();
    const source = openDatabase(join(temp.dir, 'source.db'));
    await seedDemo(source, { cases: 120 });
    const { subject } = source.prepare("SELECT subject FROM cases WHERE subject GLOB '*[一-龥][一-龥]*' LIMIT 1").get() as { subject: string };
    const rows = storeRows(source);
    source.close();

    const path = join(temp.dir, 'desktop.db');
    let desk = openDatabase(path);
    applyPulledPage(desk, { changes: rows.map((r) => ({ t: r.tbl, k: r.pk, f: r.data })), nextCursor: rows.length, hasMore: false }, Date.now());
    expect(searchQueueLength(desk)).toBeGreaterThan(120);
    expect(search(desk, { text: subject, kinds: ['case'], limit: 5 })).toEqual([]);
    // A crash now loses nothing: the queue is in the store, committed with the rows.
    desk.close();
    desk = openDatabase(path);
    while (indexQueued(desk, 50) > 0);
    expect(search(desk, { text: subject, kinds: ['case'], limit: 5 }).length).toBeGreaterThan(0);
    desk.close();
    temp.cleanup();
  });
});
