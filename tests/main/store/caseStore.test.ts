import type { WritableDB } from '../../../src/main/store/db';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCaseSummary, listCases } from '../../../src/main/store/cases/caseReads';
import { createCase } from '../../../src/main/actions/caseActions';
import { localAgent } from '../../../src/main/store/actor';
import { openDatabase } from '../../../src/main/store/openDatabase';
import { makeTempDir } from '../../support/tempDir';

let temp: ReturnType<typeof makeTempDir>;
let db: WritableDB;
const ctx = { now: Date.UTC(2026, 10, 22, 2, 0), branchCode: 'SH01', utcOffsetMinutes: 480, actor: localAgent };
const input = { customerName: '王女士', customerPhone: '13812345678', channel: 'phone' as const, subject: '冰箱不制冷' };
const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

beforeEach(() => {
  temp = makeTempDir();
  db = openDatabase(join(temp.dir, 'store.db'));
});
afterEach(() => {
  db.close();
  temp.cleanup();
});

describe('creating a case', () => {
  it('writes the customer, the case, its created event and both outbox mutations together', () => {
    const id = createCase(db, input, ctx);
    const summary = getCaseSummary(db, id);
    expect(summary).toMatchObject({ subject: '冰箱不制冷', channel: 'phone', status: 'new', customerName: '王女士', createdAt: ctx.now });
    expect(summary.number).toMatch(/^SH01-20261122-[0-9A-Z]{10}-0001$/);
    expect(count('customers')).toBe(1);
    expect(db.prepare('SELECT kind FROM timeline_events WHERE case_id = ?').all(id)).toEqual([{ kind: 'created' }]);
    const outbox = db.prepare('SELECT name, args, state FROM outbox ORDER BY seq').all() as { name: string; args: string; state: string }[];
    expect(outbox.map((m) => m.name)).toEqual(['customer.create', 'case.create']);
    expect(JSON.parse(outbox[1]!.args)).toMatchObject({ id, number: summary.number, subject: '冰箱不制冷' });
    expect(outbox.every((m) => m.state === 'pending')).toBe(true);
  });

  it('numbers cases per local day and reuses a returning customer', () => {
    const a = getCaseSummary(db, createCase(db, input, ctx));
    const b = getCaseSummary(db, createCase(db, { ...input, subject: '又坏了' }, ctx));
    const nextDay = getCaseSummary(db, createCase(db, input, { ...ctx, now: ctx.now + 86_400_000 }));
    expect(a.number.endsWith('-0001')).toBe(true);
    expect(b.number.endsWith('-0002')).toBe(true);
    expect(nextDay.number).toMatch(/-20261123-.{10}-0001$/);
    expect(count('customers')).toBe(1);
  });

  it('rolls everything back when any part fails', () => {
    db.exec("CREATE TRIGGER fail_event BEFORE INSERT ON timeline_events BEGIN SELECT RAISE(ABORT, 'disk trouble'); END");
    expect(() => createCase(db, input, ctx)).toThrow(/disk trouble/);
    for (const table of ['customers', 'cases', 'timeline_events', 'outbox', 'case_number_seq']) expect(count(table)).toBe(0);
  });
});

describe('listing cases', () => {
  it('masks the phone number at the read boundary', () => {
    createCase(db, input, ctx);
    const page = listCases(db, { limit: 10 });
    expect(page.rows[0]!.customerPhoneMasked).toBe('138****5678');
    expect(JSON.stringify(page)).not.toContain('13812345678');
  });

  it('pages newest first with a cursor, never repeating or skipping a case', () => {
    const ids = Array.from({ length: 7 }, (_, i) => createCase(db, { ...input, subject: `case ${i}` }, { ...ctx, now: ctx.now + (i % 3) * 1000 }));
    const seen: string[] = [];
    let page = listCases(db, { limit: 3 });
    expect(page.total).toBe(7);
    seen.push(...page.rows.map((r) => r.id));
    while (page.next) {
      page = listCases(db, { limit: 3, after: page.next });
      seen.push(...page.rows.map((r) => r.id));
    }
    expect(page.total).toBe(-1);
    expect(new Set(seen)).toEqual(new Set(ids));
    expect(seen).toHaveLength(7);
    const times = seen.map((id) => getCaseSummary(db, id).updatedAt);
    expect([...times].sort((x, y) => y - x)).toEqual(times);
  });

  it('reports an unknown case as not found', () => {
    expect(() => getCaseSummary(db, 'nope')).toThrow(expect.objectContaining({ code: 'not_found' }));
  });
});

describe('service-level due times', () => {
  it('are set when a case is created, from the default policies', async () => {
    const { defaultCalendar } = await import('../../../src/shared/domain/businessCalendar');
    const { defaultSlaTargets, dueTimes } = await import('../../../src/shared/domain/sla');
    const id = createCase(db, { ...input, channel: 'email', scenario: 'complaint', severity: 'major' }, ctx);
    const row = db.prepare('SELECT response_due_at, resolution_due_at FROM cases WHERE id = ?').get(id) as { response_due_at: number; resolution_due_at: number };
    const expected = dueTimes({ channel: 'email', priority: 'normal', scenario: 'complaint', severity: 'major', createdAt: ctx.now }, defaultSlaTargets, defaultCalendar);
    expect(row).toEqual({ response_due_at: expected.responseDueAt, resolution_due_at: expected.resolutionDueAt });
    expect(row.response_due_at).toBeGreaterThan(ctx.now);
  });
});
