import { describe, expect, it } from 'vitest';
import { draftClockFacts } from '../../src/shared/domain/callClockFacts';
import { clockFactsOf, type CaseClockSources } from '../../src/shared/domain/caseClockFacts';
import { caseClocks } from '../../src/shared/domain/caseClocks';
import { gateOf, newCallDraft, newCallerContactGaps } from '../../src/shared/domain/callFlow';
import { callDraftSchema } from '../../src/shared/schemas/callDraft';

const t0 = Date.UTC(2026, 2, 9, 2, 0); // Monday 10:00 Beijing
const SEC = 1000;
const MIN = 60 * SEC;

describe('a new customer on chat, email and walk-in', () => {
  it('may give an email address instead of a phone; the phone still needs a phone; what is typed must be valid', () => {
    expect(newCallerContactGaps('email', '', 'wang@example.com')).toEqual([]);
    expect(newCallerContactGaps('walkIn', '', 'Wang@Example.COM')).toEqual([]);
    expect(newCallerContactGaps('phone', '', 'wang@example.com')).toEqual(['newCallerPhone']);
    expect(newCallerContactGaps('chat', '', '')).toEqual(['newCallerPhone']);
    expect(newCallerContactGaps('email', '', 'wang@example')).toEqual(['newCallerEmail']);
    expect(newCallerContactGaps('email', '12', 'wang@example.com')).toEqual(['newCallerPhone']);
    expect(newCallerContactGaps('chat', '13812345678', 'not an email')).toEqual(['newCallerEmail']);
  });

  it('reads a draft saved before emails and replies existed', () => {
    const old = { ...newCallDraft({ id: 'd1', now: t0, channel: 'phone', callerNumber: null }), caller: { mode: 'new', name: '王', phone: '13812345678', salutation: null } } as Record<string, unknown>;
    delete old.replies;
    delete old.contactAt;
    const parsed = callDraftSchema.parse(old);
    expect(parsed.replies).toEqual([]);
    expect(parsed.contactAt).toBeNull();
    expect(parsed.caller).toMatchObject({ mode: 'new', phone: '13812345678' });
  });
});

describe('the record gate of written channels', () => {
  it('asks for a reply recorded as sent on chat and email, not on walk-in', () => {
    const at = (channel: 'chat' | 'email' | 'walkIn') => ({ ...newCallDraft({ id: 'd', now: t0, channel, callerNumber: null }), stage: 'record' as const, record: { disposition: 'resolved', notes: '' } });
    expect(gateOf(at('chat'), 'record')).toEqual(['replySent']);
    expect(gateOf(at('email'), 'record')).toEqual(['replySent']);
    expect(gateOf(at('walkIn'), 'record')).toEqual([]);
    expect(gateOf({ ...at('email'), replies: [{ id: 'r1', text: '您好', sentAt: t0 + MIN, templateId: null }] }, 'record')).toEqual([]);
  });
});

describe('the response clocks of chat and email', () => {
  const chat = (replies: number[]) => ({ ...newCallDraft({ id: 'c', now: t0, channel: 'chat', callerNumber: null }), replies: replies.map((sentAt, i) => ({ id: `r${i}`, text: '您好', sentAt, templateId: null })) });

  it('chat: the first reply within 30 s meets the first-response clock; opening the screen does not', () => {
    const running = caseClocks(draftClockFacts(chat([]), { ringAt: null, answeredAt: null }), t0 + 10 * SEC);
    expect(running.find((c) => c.id === 'chatFirstResponse')).toMatchObject({ startedAt: t0, dueAt: t0 + 30 * SEC, stoppedAt: null, remainingMs: 20 * SEC });
    const met = caseClocks(draftClockFacts(chat([t0 + 20 * SEC, t0 + 50 * SEC]), { ringAt: null, answeredAt: null }), t0 + 60 * SEC);
    expect(met.find((c) => c.id === 'chatFirstResponse')).toMatchObject({ state: 'met', stoppedAt: t0 + 20 * SEC });
    expect(met.find((c) => c.id === 'chatFullReply')).toMatchObject({ state: 'running', dueAt: t0 + 30 * MIN });
  });

  it('chat: a first reply after 30 s is met late; none at all breaches', () => {
    const late = caseClocks(draftClockFacts(chat([t0 + 45 * SEC]), { ringAt: null, answeredAt: null }), t0 + MIN);
    expect(late.find((c) => c.id === 'chatFirstResponse')!.state).toBe('metLate');
    const none = caseClocks(draftClockFacts(chat([]), { ringAt: null, answeredAt: null }), t0 + MIN);
    expect(none.find((c) => c.id === 'chatFirstResponse')!.state).toBe('breached');
  });

  it('email: the clock starts when the email was received, not when the agent opened it', () => {
    const draft = { ...newCallDraft({ id: 'e', now: t0 + 3 * 60 * MIN, channel: 'email', callerNumber: null }), contactAt: t0 };
    const clock = caseClocks(draftClockFacts(draft, { ringAt: null, answeredAt: null }), t0 + 4 * 60 * MIN).find((c) => c.id === 'emailFirstReply')!;
    expect(clock).toMatchObject({ startedAt: t0, dueAt: t0 + 24 * 60 * MIN, state: 'running' });
  });

  it('a saved email case stops its first-reply clock at the first reply recorded, never at the save or the screen opening', () => {
    const src: CaseClockSources = {
      case: { channel: 'email', scenario: 'complaint', priority: 'normal', severity: 'minor', createdAt: t0, firstResponseAt: null, resolvedAt: null },
      calls: [{ startedAt: t0 + 60 * MIN, ringAt: null, answeredAt: null, solutionAt: null }],
      collaborations: [],
      followUpsDoneAt: [],
      callbacks: [],
      replies: [t0 + 90 * MIN, t0 + 70 * MIN],
    };
    expect(clockFactsOf(src).events.firstReply).toBe(t0 + 70 * MIN);
    expect(clockFactsOf({ ...src, replies: [] }).events.firstReply).toBeNull();
    expect(caseClocks(clockFactsOf(src), t0 + 100 * MIN).find((c) => c.id === 'emailFirstReply')).toMatchObject({ state: 'met', stoppedAt: t0 + 70 * MIN });
  });
});
