import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDLE_MAINTENANCE_INTERVAL_MS, startIdleMaintenance } from '../../../src/main/store/search/idleMaintenance';
import { openDatabase } from '../../../src/main/store/openDatabase';
import { indexCase } from '../../../src/main/store/search/searchIndex';
import { makeTempDir } from '../../support/tempDir';

const temp = makeTempDir('agentdesk-idle-');
afterEach(() => vi.useRealTimers());

describe('idle maintenance of the store', () => {
  it('keeps checkpoints and index merges out of saves, does them on its timer, and restores automatic checkpoints on stop', () => {
    vi.useFakeTimers();
    const db = openDatabase(join(temp.dir, 'idle.db'));
    const log = vi.fn();
    const stop = startIdleMaintenance(db, log);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);

    db.prepare("INSERT INTO customers (id, name, phone, created_at, updated_at) VALUES ('cu1', '王女士', '13812345678', 1, 1)").run();
    for (let i = 1; i <= 12; i++) {
      db.prepare("INSERT INTO cases (id, number, customer_id, channel, subject, created_at, updated_at) VALUES (?, ?, 'cu1', 'phone', ?, 1, 1)").run(`c${i}`, `BR01-20261122-AAA-00${10 + i}`, `工单${i}`);
      db.transaction(() => indexCase(db, `c${i}`))();
    }
    const pages = () => db.prepare('SELECT count(*) FROM search_index_data').pluck().get() as number;
    const before = pages();
    const pragma = vi.spyOn(db, 'pragma');

    vi.advanceTimersByTime(IDLE_MAINTENANCE_INTERVAL_MS * 10);
    expect(pages()).toBeLessThan(before / 2);
    expect(pragma.mock.calls.filter(([sql]) => sql === 'wal_checkpoint(PASSIVE)')).toHaveLength(10);
    expect(log).not.toHaveBeenCalled();

    stop();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    db.close();
    temp.cleanup();
  });
});
