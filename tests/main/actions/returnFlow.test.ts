import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCase } from '../../../src/main/actions/caseActions';
import { advanceReturn } from '../../../src/main/actions/returnActions';
import { rulesInForceAt } from '../../../src/main/actions/rulesInForce';
import { insertPolicyRow } from '../../../src/main/store/policies/policyRows';
import { builtInSlaPolicy } from '../../../src/shared/domain/policies/slaPolicy';
import { returnStepDueAt } from '../../../src/shared/domain/returns';
import { getCaseDetail } from '../../../src/main/store/cases/caseDetail';
import type { WritableDB } from '../../../src/main/store/db';
import { openDatabase } from '../../../src/main/store/openDatabase';
import { insertReturnRequest } from '../../../src/main/store/returns/returnInserts';
import { AppError } from '../../../src/shared/result';
import { fingerprint } from '../../support/dbFingerprint';
import { makeTempDir } from '../../support/tempDir';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const bj = (y: number, m: number, d: number, h = 0) => Date.UTC(y, m - 1, d, h - 8);
/** Monday 2 March 2026, 10:00 Beijing time. */
const T0 = bj(2026, 3, 2, 10);
const ctx = (now: number) => ({ now, actor: { agentId: 'a1', role: 'agent' as const }, branchCode: 'SH01', utcOffsetMinutes: 480 });

let temp: ReturnType<typeof makeTempDir>;
let db: WritableDB;
let caseId: string;
let returnId: string;

beforeEach(() => {
  temp = makeTempDir();
  db = openDatabase(join(temp.dir, 'store.db'));
  db.exec(`INSERT INTO branches (id, code, name) VALUES ('b1', 'SH01', '上海一部');
           INSERT INTO agents (id, number, name, role, branch_id) VALUES ('a1', '8001', '李明', 'agent', 'b1');`);
  caseId = createCase(db, { customerName: '刘芳', customerPhone: '13700002222', channel: 'phone', subject: '电饭煲内胆涂层脱落' }, ctx(T0));
  returnId = insertReturnRequest(db, { caseId, kind: 'return', reason: 'qualityDefect', purchasedAt: T0 - 2 * DAY, costBearer: 'merchant', now: T0, reviewDueAt: T0 + DAY });
});
afterEach(() => {
  db.close();
  temp.cleanup();
});

const stepRows = () => db.prepare('SELECT step, at, due_at AS dueAt, note FROM return_steps WHERE return_id = ? ORDER BY at').all(returnId) as { step: string; at: number; dueAt: number | null; note: string }[];

describe('a return carried to the end', () => {
  it('records every step with the next step’s due time, a timeline event each, and marks a late step breached', () => {
    const reviewedAt = T0 + DAY + HOUR; // an hour past the 24 h review
    expect(advanceReturn(db, returnId, { act: 'approve' }, ctx(reviewedAt))).toMatchObject({ step: 'reviewed', breached: true, nextDueAt: null });
    const confirmedAt = reviewedAt + 2 * HOUR;
    expect(advanceReturn(db, returnId, { act: 'confirmMethod', method: '上门取件', address: '上海市浦东新区世纪大道100号' }, ctx(confirmedAt))).toMatchObject({ nextDueAt: confirmedAt + 7 * DAY, breached: false });
    const shippedAt = confirmedAt + 3 * DAY;
    advanceReturn(db, returnId, { act: 'ship', trackingNumber: 'SF1234567890' }, ctx(shippedAt));
    const receivedAt = bj(2026, 3, 9, 15); // Monday afternoon
    advanceReturn(db, returnId, { act: 'receive', inspection: '内胆涂层确有脱落' }, ctx(receivedAt));
    advanceReturn(db, returnId, { act: 'process', resolution: 'refund' }, ctx(receivedAt + 2 * DAY));

    expect(stepRows()).toEqual([
      { step: 'requested', at: T0, dueAt: T0 + DAY, note: '' },
      { step: 'reviewed', at: reviewedAt, dueAt: null, note: '' },
      { step: 'methodConfirmed', at: confirmedAt, dueAt: confirmedAt + 7 * DAY, note: '上门取件' },
      { step: 'shipped', at: shippedAt, dueAt: null, note: 'SF1234567890' },
      { step: 'received', at: receivedAt, dueAt: bj(2026, 3, 16, 15), note: '内胆涂层确有脱落' },
      { step: 'processed', at: receivedAt + 2 * DAY, dueAt: null, note: 'refund' },
    ]);
    expect(db.prepare('SELECT step, state, method, tracking_number, resolution FROM returns').get()).toEqual({ step: 'processed', state: 'done', method: '上门取件', tracking_number: 'SF1234567890', resolution: 'refund' });
    const events = db.prepare("SELECT data FROM timeline_events WHERE kind = 'returnStep' ORDER BY at").all() as { data: string }[];
    expect(events.map((e) => JSON.parse(e.data) as { step: string; breached: boolean }).map((d) => [d.step, d.breached])).toEqual([
      ['reviewed', true],
      ['methodConfirmed', false],
      ['shipped', false],
      ['received', false],
      ['processed', false],
    ]);
    // The address is personal data: not on the timeline, masked on the case.
    expect(events.some((e) => e.data.includes('世纪大道'))).toBe(false);
    const detail = getCaseDetail(db, caseId);
    expect(detail.returns[0]).toMatchObject({ state: 'done', trackingNumber: 'SF1234567890', resolution: 'refund' });
    expect(detail.returns[0]!.addressMasked).not.toContain('世纪大道100号');
    expect(detail.returns[0]!.steps.map((s) => s.breached)).toEqual([false, true, false, false, false, false]);
    expect(db.prepare("SELECT count(*) AS n FROM outbox WHERE name = 'return.advance'").get()).toEqual({ n: 5 });
  });

  it('refuses with a reason, which closes the return', () => {
    advanceReturn(db, returnId, { act: 'refuse', reason: '商品已超过退货期限' }, ctx(T0 + HOUR));
    expect(db.prepare('SELECT step, state FROM returns').get()).toEqual({ step: 'reviewed', state: 'refused' });
    const before = fingerprint(db);
    expect(() => advanceReturn(db, returnId, { act: 'confirmMethod', method: '快递寄回', address: '北京' }, ctx(T0 + 2 * HOUR))).toThrow(AppError);
    expect(fingerprint(db)).toEqual(before);
  });

  it('refuses a step out of order or on an unknown return with a clear error, and changes nothing', () => {
    const before = fingerprint(db);
    let error: unknown;
    try {
      advanceReturn(db, returnId, { act: 'ship', trackingNumber: 'SF1234567890' }, ctx(T0 + HOUR));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).toValue()).toMatchObject({ code: 'invalid_transition', issues: [{ path: 'act', key: 'returnStepOutOfOrder' }] });
    expect(() => advanceReturn(db, 'nope', { act: 'approve' }, ctx(T0 + HOUR))).toThrow(/not found/);
    expect(fingerprint(db)).toEqual(before);
  });
});

describe('return step due times from the SLA policy in force (issue 18)', () => {
  const publish = (version: number, effectiveFrom: number, returnSteps: { reviewWithinHours: number; shipWithinDays: number; processingExpectedWorkingDays: number; processingDueWorkingDays: number }) =>
    insertPolicyRow(db, { id: `sla-${version}`, kind: 'slaTargets', version, effectiveFrom, body: { ...builtInSlaPolicy, returnSteps }, teamId: null, authorId: null, createdAt: effectiveFrom, note: '' });

  it('a step recorded after a new policy is in force is due under its times; one recorded before keeps the old ones', () => {
    const confirmedAt = T0 + 2 * HOUR;
    advanceReturn(db, returnId, { act: 'approve' }, ctx(T0 + HOUR));
    // Shipping within 3 days from Wednesday; processing due 2 working days after receipt.
    publish(2, T0 + DAY, { reviewWithinHours: 12, shipWithinDays: 3, processingExpectedWorkingDays: 1, processingDueWorkingDays: 2 });
    expect(advanceReturn(db, returnId, { act: 'confirmMethod', method: '快递寄回', address: '上海' }, ctx(confirmedAt)).nextDueAt).toBe(confirmedAt + 7 * DAY);
    const shippedAt = T0 + 2 * DAY;
    advanceReturn(db, returnId, { act: 'ship', trackingNumber: 'SF1234567890' }, ctx(shippedAt));
    const receivedAt = bj(2026, 3, 5, 15); // Thursday afternoon
    expect(advanceReturn(db, returnId, { act: 'receive', inspection: '完好' }, ctx(receivedAt)).nextDueAt).toBe(bj(2026, 3, 9, 15)); // Friday, Monday
  });

  it('a return requested from a call is due for review under the policy in force', () => {
    publish(2, T0 - DAY, { reviewWithinHours: 12, shipWithinDays: 3, processingExpectedWorkingDays: 1, processingDueWorkingDays: 2 });
    expect(returnStepDueAt('reviewed', T0, rulesInForceAt(db, T0).calendar, rulesInForceAt(db, T0).returnSteps)).toBe(T0 + 12 * HOUR);
  });
});
