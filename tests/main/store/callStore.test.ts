import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { completeStage, newCallDraft } from '../../../src/shared/domain/callFlow';
import { recordCollaboration, recordVerification } from '../../../src/shared/domain/callHistory';
import type { CallDraft } from '../../../src/shared/schemas/callDraft';
import { createMainServices } from '../../../src/main/services';
import { memorySettingsBackend } from '../../../src/main/settings/settings';
import { buildBridge } from '../../../src/preload/buildBridge';
import { fingerprint } from '../../support/dbFingerprint';
import { makeTempDir } from '../../support/tempDir';
import { signedInDesktop } from '../../support/testAccounts';

const t0 = Date.UTC(2026, 10, 23, 2, 0);
let clock = t0;
const temp = makeTempDir();
afterEach(() => {
  clock = t0;
});

function openApp(dir: string) {
  const services = createMainServices({ userDataDir: dir, settingsBackend: memorySettingsBackend({}), version: 't', osLocale: 'zh-CN', now: () => clock, tokenVault: signedInDesktop(dir) });
  return { services, api: buildBridge(services.dispatch, () => () => undefined) };
}

/** A complaint call filled in stage by stage, the way the call screen does it. */
function complaintCall(): CallDraft {
  let d = newCallDraft({ id: 'call-complaint', now: t0, channel: 'phone', callerNumber: '13812345678' });
  d = completeStage({ ...d, caller: { mode: 'new', name: '王建国', phone: '138 1234 5678', salutation: 'mr' } }, (clock += 30_000));
  d = completeStage(
    { ...d, scenario: 'complaint', severity: 'major', confirm: { ...d.confirm, category: 'complaintSuggestion', summary: '冰箱送达三天不制冷，要求退换', keyPoints: '11月20日签收', restated: true, needsCollaboration: true, product: '双门冰箱 BCD-210', orderNo: 'SO-2026-110087' } },
    (clock += 60_000),
  );
  d = completeStage({ ...d, solve: { ...d.solve, solution: '致歉并登记，转售后二线核实', collaboration: { kind: 'escalate', target: '售后二线 陈工', feedbackMinutes: 15, note: '', at: clock + 60_000 } } }, (clock += 120_000));
  d = completeStage({ ...d, followUp: { ...d.followUp, solved: true, callback: { kind: 'callback', dueAt: t0 + 86_400_000, note: '确认换货进度' }, satisfaction: 4, comment: '处理及时' } }, (clock += 60_000));
  return { ...d, talkEndedAt: clock, record: { disposition: 'escalated', notes: '客户情绪已平复' } };
}

describe('call drafts', () => {
  it('survive closing the app mid-call and are resumed on the next start', async () => {
    const dir = join(temp.dir, 'resume');
    const first = openApp(dir);
    const draft = { ...newCallDraft({ id: 'call-1', now: t0, channel: 'phone', callerNumber: '13812345678' }), confirm: { ...newCallDraft({ id: 'x', now: t0, channel: 'phone', callerNumber: null }).confirm, summary: '还没说完' } };
    expect(await first.api.saveCallDraft({ draft })).toEqual({ ok: true, value: { savedAt: t0 } });
    first.services.close();
    const second = openApp(dir);
    expect(await second.api.openCallDraft()).toEqual({ ok: true, value: draft });
    expect(await second.api.discardCallDraft({ id: 'call-1' })).toEqual({ ok: true, value: { discarded: true } });
    expect(await second.api.openCallDraft()).toEqual({ ok: true, value: null });
    second.services.close();
  });

  it('refuses a malformed draft with a validation error and stores nothing', async () => {
    const app = openApp(join(temp.dir, 'bad'));
    const before = fingerprint(app.services.rawDb());
    const bad = { ...newCallDraft({ id: 'c', now: t0, channel: 'phone', callerNumber: null }), followUp: { satisfaction: 9 } };
    const reply = await app.api.saveCallDraft({ draft: bad as unknown as CallDraft });
    expect(reply).toMatchObject({ ok: false, error: { code: 'validation' } });
    // A history act the schema does not know, or a transfer with no wait, is refused the same way.
    const fresh = newCallDraft({ id: 'c', now: t0, channel: 'phone', callerNumber: null });
    for (const history of [[{ act: 'erased', at: t0 }], [{ act: 'transfer', transfer: { kind: 'transfer', target: '技术部', reason: '', waitSeconds: 0, note: '', at: t0 }, at: t0 }]]) {
      expect(await app.api.saveCallDraft({ draft: { ...fresh, history } as unknown as CallDraft })).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
    expect(fingerprint(app.services.rawDb())).toBe(before);
    app.services.close();
  });
});

describe('finishing a call', () => {
  it('writes customer, case, escalation, call, stage events, survey, callback and outbox in one go, and drops the draft', async () => {
    const app = openApp(join(temp.dir, 'complaint'));
    const draft = complaintCall();
    await app.api.saveCallDraft({ draft });
    clock += 45_000;
    const reply = await app.api.finishCall({ draft });
    if (!reply.ok) throw new Error(reply.error.message);
    const detail = reply.value;
    expect(detail).toMatchObject({ status: 'escalated', scenario: 'complaint', severity: 'major', category: 'complaintSuggestion', subject: '冰箱送达三天不制冷，要求退换', orderNo: 'SO-2026-110087', satisfaction: 4 });
    expect(detail.customer).toMatchObject({ name: '王建国', salutation: 'mr', phoneMasked: '138****5678' });
    expect(detail.timeline.map((e) => e.kind).sort()).toEqual(
      // …and the promises a major complaint makes: its plan (told on this call: done) and the lead's escalation with its feedback.
      ['created', 'escalation', 'escalation', 'followUpDone', 'followUpScheduled', 'followUpScheduled', 'followUpScheduled', 'followUpScheduled', 'note', 'solutionAttempt', 'stageCompleted', 'stageCompleted', 'stageCompleted', 'stageCompleted', 'stageCompleted', 'statusChanged', 'survey'].sort(),
    );
    const db = app.services.rawDb();
    expect(db.prepare('SELECT talk_seconds, acw_seconds, disposition FROM calls').get()).toEqual({ talk_seconds: 270, acw_seconds: 45, disposition: 'escalated' });
    // The callback the customer asked for, and the escalation's promised feedback (15 minutes after it was made).
    expect(db.prepare("SELECT kind, state, due_at AS dueAt, note FROM follow_ups WHERE promise IN ('callback', 'escalationFeedback') AND note != '' ORDER BY due_at").all()).toEqual([
      { kind: 'callback', state: 'due', dueAt: t0 + 90_000 + 60_000 + 15 * 60_000, note: '↑ 售后二线 陈工' },
      { kind: 'callback', state: 'due', dueAt: t0 + 86_400_000, note: '确认换货进度' },
    ]);
    expect((db.prepare('SELECT name FROM outbox ORDER BY seq').all() as { name: string }[]).map((r) => r.name)).toEqual(['customer.create', 'case.create', 'call.details', 'case.setStatus', 'call.wrapUp', 'call.times', 'followUp.complete']);
    expect(db.prepare('SELECT count(*) AS n FROM call_drafts').get()).toEqual({ n: 0 });
    app.services.close();
  });

  it('records a return request with its first step due within 24 hours, and a visit confirmation', async () => {
    const app = openApp(join(temp.dir, 'return'));
    const d = complaintCall();
    const draft: CallDraft = {
      ...d,
      scenario: 'returnExchange',
      confirm: { ...d.confirm, needsCollaboration: false },
      solve: { ...d.solve, collaboration: null, returnRequest: { kind: 'exchange', reason: 'qualityDefect', receivedAt: t0 - 3 * 86_400_000, damagedByCustomer: false, specialGoods: false }, visit: { engineer: '陈工', date: '2026-11-25', timeSlot: '14:00-16:00', address: '上海市徐汇区漕溪北路 88 号 3 楼', durationMinutes: 90 } },
      record: { disposition: 'resolved', notes: '' },
    };
    const reply = await app.api.finishCall({ draft });
    if (!reply.ok) throw new Error(reply.error.message);
    const db = app.services.rawDb();
    expect(db.prepare('SELECT kind, reason, step, cost_bearer FROM returns').get()).toEqual({ kind: 'exchange', reason: 'qualityDefect', step: 'requested', cost_bearer: 'merchant' });
    const step = db.prepare('SELECT at, due_at FROM return_steps').get() as { at: number; due_at: number };
    expect(step.due_at - step.at).toBe(24 * 3_600_000);
    // Due at 18:00 on the visit day, on this desktop's clock.
    expect(db.prepare("SELECT due_at FROM follow_ups WHERE kind = 'visitConfirmation'").get()).toEqual({ due_at: new Date(2026, 10, 25, 18).getTime() });
    // The booking itself, with the address and the expected duration; the case detail shows it, the address masked.
    expect(db.prepare('SELECT engineer, day, time_slot AS slot, address, duration_minutes AS minutes FROM visit_bookings').all()).toEqual([
      { engineer: '陈工', day: '2026-11-25', slot: '14:00-16:00', address: '上海市徐汇区漕溪北路 88 号 3 楼', minutes: 90 },
    ]);
    expect(reply.value.visits).toEqual([expect.objectContaining({ engineer: '陈工', day: '2026-11-25', durationMinutes: 90, addressMasked: expect.not.stringContaining('漕溪北路 88 号') })]);
    // The timeline names the visit, not the address.
    expect(db.prepare("SELECT data FROM timeline_events WHERE kind = 'followUpScheduled'").pluck().all().join()).not.toContain('漕溪北路');
    expect(reply.value.status).toBe('resolved');
    app.services.close();
  });

  it('refuses a visit booked with a duration outside 15–720 minutes or no address, naming the field, and saves nothing', async () => {
    const app = openApp(join(temp.dir, 'visit-bad'));
    const d = complaintCall();
    const before = fingerprint(app.services.rawDb());
    const withVisit = (visit: Partial<CallDraft['solve']['visit']>): CallDraft => ({
      ...d,
      scenario: 'afterSales',
      confirm: { ...d.confirm, needsCollaboration: false },
      solve: { ...d.solve, collaboration: null, visit: { engineer: '陈工', date: '2026-11-25', timeSlot: '', address: '上海市徐汇区漕溪北路 88 号', durationMinutes: 60, ...visit } },
      record: { disposition: 'resolved', notes: '' },
    });
    // The solve gate names the incomplete booking (translated as call.gate.visitBooking); main checks it again when saving.
    for (const visit of [{ durationMinutes: 5 }, { durationMinutes: 721 }, { durationMinutes: 30.5 }, { durationMinutes: null }, { address: '  ' }]) {
      const reply = await app.api.finishCall({ draft: withVisit(visit) });
      expect(reply).toMatchObject({ ok: false, error: { code: 'validation' } });
      if (!reply.ok) expect(JSON.stringify(reply.error)).toContain('visitBooking');
    }
    expect(fingerprint(app.services.rawDb())).toBe(before);
    app.services.close();
  });

  it('is refused while a gate is closed, naming what is missing, and changes nothing', async () => {
    const app = openApp(join(temp.dir, 'refused'));
    const draft = { ...complaintCall(), record: { disposition: null, notes: '' } };
    const before = fingerprint(app.services.rawDb());
    const reply = await app.api.finishCall({ draft });
    expect(reply).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringContaining('record.disposition') } });
    expect(fingerprint(app.services.rawDb())).toBe(before);
    app.services.close();
  });

  it('does not save an ineligible return: the timeline keeps why and the repair offered instead', async () => {
    const app = openApp(join(temp.dir, 'declined'));
    const d = complaintCall();
    const draft: CallDraft = {
      ...d,
      scenario: 'returnExchange',
      confirm: { ...d.confirm, needsCollaboration: false },
      solve: { ...d.solve, collaboration: null, returnRequest: { kind: 'return', reason: 'noReason7Days', receivedAt: t0 - 20 * 86_400_000, damagedByCustomer: true, specialGoods: false, offered: 'repair' } },
      record: { disposition: 'resolved', notes: '' },
    };
    const reply = await app.api.finishCall({ draft });
    if (!reply.ok) throw new Error(reply.error.message);
    const db = app.services.rawDb();
    expect(db.prepare('SELECT count(*) AS n FROM returns').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM return_steps').get()).toEqual({ n: 0 });
    const event = db.prepare("SELECT data FROM timeline_events WHERE kind = 'returnStep'").get() as { data: string };
    expect(JSON.parse(event.data)).toMatchObject({ declined: true, why: 'damagedByCustomer', offered: 'repair', alternatives: ['repair', 'leadEscalation'] });
    app.services.close();
  });

  it('marks the follow-up a callback answers done, in the same transaction as the call', async () => {
    const app = openApp(join(temp.dir, 'callback'));
    const first = await app.api.finishCall({ draft: complaintCall() });
    if (!first.ok) throw new Error(first.error.message);
    const db = app.services.rawDb();
    const followUp = db.prepare("SELECT id, customer_id FROM follow_ups WHERE state = 'due' AND note = '确认换货进度'").get() as { id: string; customer_id: string };
    const d = complaintCall();
    const callback: CallDraft = { ...d, id: 'call-back', caseId: first.value.id, followUpId: followUp.id, caller: { mode: 'linked', customerId: followUp.customer_id, name: '王建国', salutation: 'mr' }, verification: { method: 'phoneMatch', at: t0 }, verified: true, followUp: { ...d.followUp, callback: null, callbackDeclined: true } };
    const reply = await app.api.finishCall({ draft: callback });
    if (!reply.ok) throw new Error(reply.error.message);
    expect(db.prepare('SELECT state, done_at FROM follow_ups WHERE id = ?').get(followUp.id)).toEqual({ state: 'done', done_at: clock });
    expect(reply.value.timeline.filter((e) => e.kind === 'followUpDone' && (e.data as { followUpId?: string }).followUpId === followUp.id)).toHaveLength(1);
    // The complaint plan told on the first call, and this callback.
    expect(db.prepare("SELECT count(*) AS n FROM outbox WHERE name = 'followUp.complete'").get()).toEqual({ n: 2 });
    app.services.close();
  });

  it('saves an anonymous caller without inventing personal data', async () => {
    const app = openApp(join(temp.dir, 'anonymous'));
    const d = complaintCall();
    const reply = await app.api.finishCall({ draft: { ...d, caller: { mode: 'anonymous' }, callerNumber: null } });
    if (!reply.ok) throw new Error(reply.error.message);
    expect(reply.value.customer).toMatchObject({ tags: ['anonymous'], phoneMasked: '' });
    app.services.close();
  });

  it('saves "not solved" after an escalation honestly: escalated, the escalation and every act kept, the promised feedback due on time', async () => {
    const app = openApp(join(temp.dir, 'not-solved'));
    let d = newCallDraft({ id: 'call-unsolved', now: t0, channel: 'phone', callerNumber: '13812345678', scenario: 'complaint' });
    d = completeStage({ ...d, caller: { mode: 'new', name: '王建国', phone: '13812345678', salutation: 'mr' } }, (clock += 30_000));
    d = completeStage({ ...d, confirm: { ...d.confirm, category: 'complaintSuggestion', summary: '冰箱不制冷', restated: true } }, (clock += 60_000));
    const escalatedAt = (clock += 60_000);
    d = recordCollaboration({ ...d, solve: { ...d.solve, solution: '致歉并登记' } }, { kind: 'escalate', target: '投诉专员 刘敏', feedbackMinutes: 120, note: '客户要求当天答复', at: escalatedAt }, escalatedAt);
    d = completeStage(d, (clock += 30_000));
    d = completeStage({ ...d, followUp: { ...d.followUp, solved: false, surveyDeclined: true } }, (clock += 30_000));
    expect(d.stage).toBe('record');
    const draft: CallDraft = { ...d, talkEndedAt: clock, record: { disposition: 'escalated', notes: '' } };
    const reply = await app.api.finishCall({ draft });
    if (!reply.ok) throw new Error(reply.error.message);
    expect(reply.value.status).toBe('escalated');
    const escalation = reply.value.timeline.find((e) => e.kind === 'escalation');
    expect(escalation?.data).toMatchObject({ target: '投诉专员 刘敏', note: '客户要求当天答复', feedbackMinutes: 120, dueBy: escalatedAt + 120 * 60_000 });
    expect(reply.value.timeline.filter((e) => e.kind === 'callNotSolved')).toHaveLength(1);
    const db = app.services.rawDb();
    // The escalation's promised feedback, and the complaint's plan (not told on an unsolved call: still due 48 h after the call began).
    expect(db.prepare('SELECT kind, promise, due_at AS dueAt, note FROM follow_ups ORDER BY due_at').all()).toEqual([
      { kind: 'callback', promise: 'escalationFeedback', dueAt: escalatedAt + 120 * 60_000, note: '↑ 投诉专员 刘敏' },
      { kind: 'callback', promise: 'complaintPlan', dueAt: t0 + 48 * 3_600_000, note: '' },
    ]);
    const stored = db.prepare('SELECT history FROM calls').get() as { history: string };
    expect(JSON.parse(stored.history)).toEqual(draft.history);
    expect(draft.history.map((a) => a.act)).toEqual(['stage', 'stage', 'escalation', 'solution', 'stage', 'notSolved', 'stage']);
    app.services.close();
  });

  it('keeps how a known caller was verified on the call', async () => {
    const app = openApp(join(temp.dir, 'verified'));
    const first = await app.api.finishCall({ draft: complaintCall() });
    if (!first.ok) throw new Error(first.error.message);
    const d = complaintCall();
    const linked: CallDraft = { ...d, id: 'call-known', caller: { mode: 'linked', customerId: first.value.customer.id, name: '王建国', salutation: 'mr' }, verification: null, verified: false };
    const refused = await app.api.finishCall({ draft: linked });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringContaining('greet.identityVerified') } });
    const reply = await app.api.finishCall({ draft: recordVerification(linked, 'idLastDigits', clock) });
    if (!reply.ok) throw new Error(reply.error.message);
    const db = app.services.rawDb();
    expect(db.prepare("SELECT verification FROM calls WHERE case_id = ? ORDER BY started_at DESC LIMIT 1").get(reply.value.id)).toEqual({ verification: JSON.stringify({ method: 'idLastDigits', at: clock }) });
    expect(reply.value.timeline.filter((e) => e.kind === 'identityChecked').map((e) => e.data.method)).toEqual(['idLastDigits']);
    expect(reply.value.calls.map((c) => c.verification)).toEqual(['idLastDigits']);
    app.services.close();
  });
});
