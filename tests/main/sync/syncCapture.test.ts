import type { WritableDB } from '../../../src/main/store/db';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/main/store/actor';
import { addNote, changeCaseStatus, createCase, updateCase } from '../../../src/main/actions/caseActions';
import { openDatabase } from '../../../src/main/store/openDatabase';
import { mergeCaptured } from '../../../src/main/store/sync/syncCapture';
import { saveWrapUp } from '../../../src/main/actions/saveWrapUp';
import type { RowEffect } from '../../../src/shared/sync/protocol';
import { syncTables } from '../../../src/shared/sync/syncTables';
import { makeTempDir } from '../../support/tempDir';
import { sampleWrapUp } from '../../support/wrapUpFixture';

let temp: ReturnType<typeof makeTempDir>;
let db: WritableDB;
const T0 = Date.UTC(2026, 10, 22, 2, 0);
const agent: Actor = { agentId: 'a1', role: 'agent' };
const ctx = (now: number) => ({ now, actor: agent, branchCode: 'SH01', utcOffsetMinutes: 480 });

beforeEach(() => {
  temp = makeTempDir();
  db = openDatabase(join(temp.dir, 'store.db'));
  db.exec(`INSERT INTO branches (id, code, name) VALUES ('b1', 'SH01', '上海一部');
           INSERT INTO agents (id, number, name, role, branch_id) VALUES ('a1', '8001', '李明', 'agent', 'b1');`);
});
afterEach(() => {
  db.close();
  temp.cleanup();
});

const outbox = () =>
  (db.prepare('SELECT name, effects FROM outbox ORDER BY seq').all() as { name: string; effects: string }[]).map((row) => ({ name: row.name, effects: JSON.parse(row.effects) as RowEffect[] }));

describe('sync capture (migration 012)', () => {
  it('gives every mutation the rows its action wrote, and leaves nothing captured between actions', () => {
    const caseId = createCase(db, { customerName: '王女士', customerPhone: '13812345678', channel: 'phone', subject: '洗衣机漏水' }, ctx(T0));
    updateCase(db, caseId, { priority: 'high' }, ctx(T0 + 1000));
    changeCaseStatus(db, { caseId, from: 'new', to: 'inProgress' }, ctx(T0 + 2000));
    addNote(db, caseId, '已联系师傅', ctx(T0 + 3000));
    saveWrapUp(db, sampleWrapUp(caseId, T0), ctx(T0 + 400_000));
    expect(db.prepare('SELECT count(*) AS n FROM sync_capture').get()).toEqual({ n: 0 });

    const mutations = outbox();
    const tablesOf = (name: string) => mutations.filter((m) => m.name === name).flatMap((m) => m.effects.map((e) => `${e.op} ${e.t}`));
    expect(tablesOf('customer.create')).toEqual(['i customers', 'i customer_phones']);
    expect(tablesOf('case.create')).toEqual(['i cases', 'i timeline_events']);
    const priority = mutations.find((m) => m.name === 'case.setFields')!.effects.find((e) => e.t === 'cases')!;
    expect(priority.f).toMatchObject({ priority: 'high' });
    expect(priority.o).toMatchObject({ priority: 'normal' });
    expect(Object.keys(priority.f).sort()).toEqual(['priority', 'updated_at']);
    expect(tablesOf('note.add')).toEqual(['i timeline_events', 'u cases']);
    expect(tablesOf('call.wrapUp')).toEqual(expect.arrayContaining(['i calls', 'i surveys', 'i follow_ups', 'u cases']));

    // Every captured row satisfies the schema the server checks it against.
    for (const effect of mutations.flatMap((m) => m.effects)) {
      const table = syncTables[effect.t as keyof typeof syncTables];
      const parsed = effect.op === 'i' ? table.columns.strict().safeParse(effect.f) : table.columns.partial().strict().safeParse(effect.f);
      expect(parsed.success, `${effect.t}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
  });

  it('folds several writes to one row into one effect', () => {
    const effects = mergeCaptured([
      { tbl: 'cases', pk: 'c1', op: 'u', old: '{"a":1,"b":1,"c":1}', new: '{"a":2,"b":1,"c":1}' },
      { tbl: 'cases', pk: 'c1', op: 'u', old: '{"a":2,"b":1,"c":1}', new: '{"a":2,"b":3,"c":1}' },
      { tbl: 'timeline_events', pk: 'e1', op: 'i', old: null, new: '{"id":"e1","x":1}' },
      { tbl: 'timeline_events', pk: 'e1', op: 'u', old: '{"id":"e1","x":1}', new: '{"id":"e1","x":2}' },
      { tbl: 'cases', pk: 'c2', op: 'u', old: '{"a":1}', new: '{"a":1}' },
    ]);
    expect(effects).toEqual([
      { t: 'cases', k: 'c1', op: 'u', f: { a: 2, b: 3 }, o: { a: 1, b: 1 } },
      { t: 'timeline_events', k: 'e1', op: 'i', f: { id: 'e1', x: 2 } },
    ]);
  });

  it('captures nothing while rows are applied from the server (capture switched off)', () => {
    db.transaction(() => {
      db.exec('UPDATE sync_state SET capture = 0');
      db.exec("INSERT INTO customers (id, name, phone, created_at, updated_at) VALUES ('c9', '赵', '139', 1, 1)");
      db.exec('UPDATE sync_state SET capture = 1');
    })();
    expect(db.prepare('SELECT count(*) AS n FROM sync_capture').get()).toEqual({ n: 0 });
  });
});
