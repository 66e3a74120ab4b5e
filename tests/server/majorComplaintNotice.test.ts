import { describe, expect, it } from 'vitest';
import { noticesOf } from '../../src/server/notices/noticesOf';
import type { FlushedRecord } from '../../src/server/sync/recordCache';

const event = (pk: string, kind: string, data: unknown): FlushedRecord => ({
  tbl: 'timeline_events',
  pk,
  branchId: 'b1',
  data: { id: pk, case_id: 'c1', kind, at: 1, actor_id: 'a1', data: typeof data === 'string' ? data : JSON.stringify(data) },
});

describe('the server alerts leads of a major complaint', () => {
  it('raises one majorComplaint alert for the escalation of a major complaint, none for other events', () => {
    const notices = noticesOf([
      event('e1', 'created', {}),
      event('e2', 'escalation', { kind: 'escalate', target: 'teamLead', feedbackMinutes: 30, reason: 'majorComplaint' }),
      event('e3', 'escalation', { kind: 'escalate', target: '二线技术', feedbackMinutes: 15 }),
      event('e4', 'note', { reason: 'majorComplaint' }),
      event('e5', 'escalation', 'not json'),
    ]);
    expect(notices).toEqual([
      { kind: 'changes', branchId: 'b1' },
      { kind: 'alert', branchId: 'b1', topic: 'majorComplaint', ref: 'e2' },
    ]);
  });
});
