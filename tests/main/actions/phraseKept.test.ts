import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { completeStage, newCallDraft } from '../../../src/shared/domain/callFlow';
import type { GuardKept } from '../../../src/shared/domain/phraseGuard';
import type { CallDraft } from '../../../src/shared/schemas/callDraft';
import { createMainServices } from '../../../src/main/services';
import { memorySettingsBackend } from '../../../src/main/settings/settings';
import { buildBridge } from '../../../src/preload/buildBridge';
import { fingerprint } from '../../support/dbFingerprint';
import { makeTempDir } from '../../support/tempDir';
import { signedInDesktop } from '../../support/testAccounts';

const t0 = Date.UTC(2026, 11, 5, 2, 0);
let clock = t0;
const temp = makeTempDir();
afterEach(() => {
  clock = t0;
});

function openApp(name: string) {
  const services = createMainServices({ userDataDir: join(temp.dir, name), settingsBackend: memorySettingsBackend({}), version: 't', osLocale: 'zh-CN', now: () => clock, tokenVault: signedInDesktop(join(temp.dir, name)) });
  return { services, api: buildBridge(services.dispatch, () => () => undefined) };
}

/** A refund call whose notes promise what the agent cannot promise. */
function refundCall(notes: string, solution = '已登记退款申请，按规定审核'): CallDraft {
  let d = newCallDraft({ id: 'call-refund', now: t0, channel: 'phone', callerNumber: '13812345678' });
  d = completeStage({ ...d, caller: { mode: 'new', name: '王建国', phone: '13812345678', salutation: 'mr' } }, (clock += 30_000));
  d = completeStage(
    { ...d, scenario: 'complaint', severity: 'minor', confirm: { ...d.confirm, category: 'complaintSuggestion', summary: '洗衣机漏水要求退款', keyPoints: '12月1日签收', restated: true, needsCollaboration: false, product: '滚筒洗衣机', orderNo: 'SO-2026-120001' } },
    (clock += 60_000),
  );
  d = completeStage({ ...d, solve: { ...d.solve, solution, remedy: 'refund' } }, (clock += 60_000));
  d = completeStage({ ...d, followUp: { ...d.followUp, solved: true, callbackDeclined: true, surveyDeclined: true } }, (clock += 30_000));
  return { ...d, talkEndedAt: clock, record: { disposition: 'resolved', notes } };
}

const promise = '客户很着急，我说肯定给您全额退款。';
const keep = (over: Partial<GuardKept> = {}): GuardKept => ({ field: 'record.notes', ruleId: 'zh.refundPromise', phrase: '肯定*退款', category: 'overPromise', reason: '主管已批准全额退款', ...over });

describe('saving a call with flagged wording', () => {
  it('is refused while a flagged phrase is neither replaced nor kept, naming the field, and stores nothing', async () => {
    const app = openApp('unresolved');
    const before = fingerprint(app.services.rawDb());
    const reply = await app.api.finishCall({ draft: refundCall(promise) });
    expect(reply).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'record.notes', key: 'guardUnresolved' }] } });
    const solution = await app.api.finishCall({ draft: refundCall('', '这不是我们的问题，您去找厂家') });
    expect(solution).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'solve.solution', key: 'guardUnresolved' }] } });
    expect(fingerprint(app.services.rawDb())).toBe(before);
    app.services.close();
  });

  it('is refused when "keep as written" has no reason, and stores nothing', async () => {
    const app = openApp('noReason');
    const before = fingerprint(app.services.rawDb());
    const reply = await app.api.finishCall({ draft: { ...refundCall(promise), guardKept: [keep({ reason: '  ' })] } });
    expect(reply).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'draft.guardKept.0.reason', key: 'keepReasonRequired' }] } });
    expect(fingerprint(app.services.rawDb())).toBe(before);
    app.services.close();
  });

  it('records each phrase kept as written on the case timeline for quality review, synced with the call', async () => {
    const app = openApp('kept');
    const reply = await app.api.finishCall({ draft: { ...refundCall(promise), guardKept: [keep(), keep({ field: 'solve.solution', ruleId: 'zh.unknown', phrase: '不知道' })] } });
    if (!reply.ok) throw new Error(reply.error.message);
    const events = reply.value.timeline.filter((e) => e.kind === 'phraseKept');
    // Only the decision that still applies to the saved text is recorded.
    expect(events).toHaveLength(1);
    expect(events[0]!.data).toMatchObject({ field: 'record.notes', phrase: '肯定*退款', category: 'overPromise', reason: '主管已批准全额退款', excerpt: '我说肯定给您全额退款', callId: expect.any(String) });
    const db = app.services.rawDb();
    const mutation = db.prepare("SELECT effects FROM outbox WHERE name = 'call.phraseKept'").get() as { effects: string };
    expect(mutation.effects).toContain('phraseKept');
    app.services.close();
  });
});

describe('a case note with flagged wording', () => {
  it('is refused without a keep decision and saved with one, the decision recorded next to the note', async () => {
    const app = openApp('note');
    const saved = await app.api.finishCall({ draft: refundCall('') });
    if (!saved.ok) throw new Error(saved.error.message);
    const caseId = saved.value.id;
    const before = fingerprint(app.services.rawDb());
    const refused = await app.api.addNote({ caseId, text: '已告知客户：这个我们不负责' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'note', key: 'guardUnresolved' }] } });
    const noReason = await app.api.addNote({ caseId, text: '已告知客户：这个我们不负责', kept: [keep({ field: 'note', ruleId: 'zh.deflect', phrase: '我们不负责', category: 'deflection', reason: '' })] });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(fingerprint(app.services.rawDb())).toBe(before);
    const reply = await app.api.addNote({ caseId, text: '已告知客户：这个我们不负责', kept: [keep({ field: 'note', ruleId: 'zh.deflect', phrase: '我们不负责', category: 'deflection', reason: '引用合同第5条免责条款' })] });
    if (!reply.ok) throw new Error(reply.error.message);
    const note = reply.value.timeline.find((e) => e.kind === 'note' && e.data.text === '已告知客户：这个我们不负责');
    const kept = reply.value.timeline.find((e) => e.kind === 'phraseKept');
    expect(kept?.data).toMatchObject({ noteEventId: note?.id, field: 'note', category: 'deflection', reason: '引用合同第5条免责条款', excerpt: '这个我们不负责' });
    app.services.close();
  });
});
