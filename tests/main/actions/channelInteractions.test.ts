import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseClocks } from '../../../src/shared/domain/caseClocks';
import { completeStage, newCallDraft } from '../../../src/shared/domain/callFlow';
import type { CallDraft } from '../../../src/shared/schemas/callDraft';
import type { Channel } from '../../../src/shared/schemas/case';
import { createMainServices } from '../../../src/main/services';
import { memorySettingsBackend } from '../../../src/main/settings/settings';
import { buildBridge } from '../../../src/preload/buildBridge';
import { fingerprint } from '../../support/dbFingerprint';
import { makeTempDir } from '../../support/tempDir';
import { signedInDesktop, testAgent } from '../../support/testAccounts';

const t0 = Date.UTC(2026, 11, 7, 2, 0); // Monday 10:00 Beijing
const MIN = 60_000;
const temp = makeTempDir();

function openApp(name: string, start = t0) {
  const clock = { now: start };
  const services = createMainServices({ userDataDir: join(temp.dir, name), settingsBackend: memorySettingsBackend({}), version: 't', osLocale: 'zh-CN', now: () => clock.now, tokenVault: signedInDesktop(join(temp.dir, name)) });
  return { services, clock, api: buildBridge(services.dispatch, () => () => undefined) };
}

/** An email complaint from a customer who left only an email address, received at t0, opened an hour later. */
function emailComplaint(replies: CallDraft['replies'], channel: Channel = 'email'): CallDraft {
  let at = t0 + 60 * MIN;
  let d: CallDraft = { ...newCallDraft({ id: `draft-${channel}`, now: at, channel, callerNumber: null }), contactAt: t0 };
  d = completeStage({ ...d, caller: { mode: 'new', name: '赵敏', phone: '', email: 'Zhao.Min@Example.com', salutation: 'ms' } }, (at += MIN));
  d = completeStage(
    { ...d, scenario: 'complaint', severity: 'minor', confirm: { ...d.confirm, category: 'complaintSuggestion', summary: '快递包装破损，要求换货', keyPoints: '12月4日签收', restated: true, product: '电热水壶', orderNo: 'SO-2026-120077' } },
    (at += MIN),
  );
  d = completeStage({ ...d, solve: { ...d.solve, solution: '安排换货，新品48小时内发出', remedy: 'exchange' } }, (at += MIN));
  d = completeStage({ ...d, followUp: { ...d.followUp, solved: true, callbackDeclined: true, surveyDeclined: true } }, (at += MIN));
  return { ...d, replies, record: { disposition: 'resolved', notes: '' } };
}

const twoReplies: CallDraft['replies'] = [
  { id: 'reply-1', text: '赵女士，您好：来信已收到，我们正在核实。', sentAt: t0 + 62 * MIN, templateId: 'received' },
  { id: 'reply-2', text: '赵女士，您好：已为您安排换货。', sentAt: t0 + 64 * MIN, templateId: 'answer' },
];

describe('an email complaint with two replies', () => {
  it('saves the customer without a phone, each reply with its sender on the timeline and for sync, and meets the first-reply clock at the first reply', async () => {
    const app = openApp('email');
    app.clock.now = t0 + 70 * MIN;
    const saved = await app.api.finishCall({ draft: emailComplaint(twoReplies) });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    const db = app.services.rawDb();
    const caseId = saved.value.id;
    expect(db.prepare('SELECT c.channel, c.first_response_at AS firstResponseAt, k.phone, k.email FROM cases c JOIN customers k ON k.id = c.customer_id WHERE c.id = ?').get(caseId)).toEqual({
      channel: 'email',
      firstResponseAt: t0 + 62 * MIN,
      phone: '',
      email: 'zhao.min@example.com',
    });
    expect(db.prepare('SELECT id, body, sent_at AS sentAt, agent_id AS agentId, channel FROM case_replies WHERE case_id = ? ORDER BY sent_at').all(caseId)).toEqual([
      { id: 'reply-1', body: twoReplies[0]!.text, sentAt: t0 + 62 * MIN, agentId: testAgent.id, channel: 'email' },
      { id: 'reply-2', body: twoReplies[1]!.text, sentAt: t0 + 64 * MIN, agentId: testAgent.id, channel: 'email' },
    ]);
    const events = db.prepare("SELECT at, actor_id AS actorId, json_extract(data, '$.text') AS text FROM timeline_events WHERE case_id = ? AND kind = 'replySent' ORDER BY at").all(caseId);
    expect(events).toEqual([
      { at: t0 + 62 * MIN, actorId: testAgent.id, text: twoReplies[0]!.text },
      { at: t0 + 64 * MIN, actorId: testAgent.id, text: twoReplies[1]!.text },
    ]);
    const outbox = db.prepare("SELECT effects FROM outbox WHERE name = 'case.replies'").get() as { effects: string };
    expect((JSON.parse(outbox.effects) as { t: string; k: string }[]).filter((e) => e.t === 'case_replies').map((e) => e.k)).toEqual(['reply-1', 'reply-2']);
    const facts = await app.api.getCaseClockFacts({ caseId });
    expect(facts.ok && caseClocks(facts.value, t0 + 70 * MIN).find((c) => c.id === 'emailFirstReply')).toMatchObject({ startedAt: t0, stoppedAt: t0 + 62 * MIN, state: 'met' });
    app.services.close();
  });

  it('is refused without a reply recorded, or with one dated after now, and stores nothing', async () => {
    const app = openApp('refused');
    app.clock.now = t0 + 70 * MIN;
    const before = fingerprint(app.services.rawDb());
    expect(await app.api.finishCall({ draft: emailComplaint([]) })).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'record.replySent' }] } });
    const future = [{ ...twoReplies[0]!, sentAt: t0 + 90 * MIN }];
    expect(await app.api.finishCall({ draft: emailComplaint(future) })).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'sentAt', key: 'invalid' }] } });
    expect(await app.api.finishCall({ draft: { ...emailComplaint(twoReplies), contactAt: t0 + 80 * MIN } })).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'contactAt', key: 'invalid' }] } });
    expect(fingerprint(app.services.rawDb())).toBe(before);
    app.services.close();
  });

  it('refuses a new customer whose email is malformed, storing nothing', async () => {
    const app = openApp('badEmail');
    app.clock.now = t0 + 70 * MIN;
    const before = fingerprint(app.services.rawDb());
    const draft = emailComplaint(twoReplies);
    const bad = { ...draft, caller: { mode: 'new' as const, name: '赵敏', phone: '', email: 'zhao@@example', salutation: null } };
    expect(await app.api.finishCall({ draft: bad })).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'greet.newCallerEmail' }] } });
    expect(fingerprint(app.services.rawDb())).toBe(before);
    app.services.close();
  });
});

describe('replies on a saved chat or email case', () => {
  it('records each reply sent after the first contact: timeline, sender, sync, and the first response only once', async () => {
    const app = openApp('later');
    const created = await app.api.createCase({ customerName: '钱先生', customerPhone: '13812345678', channel: 'chat', subject: '咨询发票开具' });
    if (!created.ok) throw new Error(created.error.message);
    const caseId = created.value.id;
    const db = app.services.rawDb();
    expect(db.prepare('SELECT first_response_at AS at FROM cases WHERE id = ?').get(caseId)).toEqual({ at: null });

    app.clock.now = t0 + 5 * MIN;
    const first = await app.api.recordCaseReply({ caseId, text: '  钱先生您好，电子发票会在两个工作日内发到您的邮箱。 ' });
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value.replies).toEqual([expect.objectContaining({ channel: 'chat', body: '钱先生您好，电子发票会在两个工作日内发到您的邮箱。', sentAt: t0 + 5 * MIN, agentId: testAgent.id, agentName: testAgent.name })]);
    expect(first.value.firstResponseAt).toBe(t0 + 5 * MIN);

    app.clock.now = t0 + 9 * MIN;
    const second = await app.api.recordCaseReply({ caseId, text: '还有其他需要帮忙的吗？' });
    if (!second.ok) throw new Error(second.error.message);
    expect(second.value.replies.map((r) => r.sentAt)).toEqual([t0 + 5 * MIN, t0 + 9 * MIN]);
    expect(second.value.firstResponseAt).toBe(t0 + 5 * MIN);
    expect(second.value.timeline.filter((e) => e.kind === 'replySent')).toHaveLength(2);
    expect(db.prepare("SELECT count(*) AS n FROM outbox WHERE name = 'case.replies'").get()).toEqual({ n: 2 });
    const facts = await app.api.getCaseClockFacts({ caseId });
    expect(facts.ok && caseClocks(facts.value, t0 + 10 * MIN).find((c) => c.id === 'chatFirstResponse')).toMatchObject({ stoppedAt: t0 + 5 * MIN, state: 'metLate' });
    app.services.close();
  });

  it('refuses a reply on a phone case, an empty or future one, or on no case, in words, and stores nothing', async () => {
    const app = openApp('laterRefused');
    const phone = await app.api.createCase({ customerName: '孙先生', customerPhone: '13812345678', channel: 'phone', subject: '发票抬头错误' });
    const chat = await app.api.createCase({ customerName: '钱先生', customerPhone: '13912345678', channel: 'chat', subject: '咨询发票开具' });
    if (!phone.ok || !chat.ok) throw new Error('cases not created');
    const before = fingerprint(app.services.rawDb());
    expect(await app.api.recordCaseReply({ caseId: phone.value.id, text: '您好' })).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'channel', key: 'invalidChoice' }] } });
    expect(await app.api.recordCaseReply({ caseId: chat.value.id, text: '   ' })).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'text', key: 'required' }] } });
    expect(await app.api.recordCaseReply({ caseId: chat.value.id, text: '您好', sentAt: t0 + MIN })).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'sentAt', key: 'invalid' }] } });
    expect(await app.api.recordCaseReply({ caseId: '01900000-0000-7000-8000-000000000000', text: '您好' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(fingerprint(app.services.rawDb())).toBe(before);
    app.services.close();
  });
});
