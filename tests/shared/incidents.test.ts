import { describe, expect, it } from 'vitest';
import { incidentMoveTarget, incidentTakesUpdates, mayMoveIncident, nextIncidentMoves, stateOfTimeline } from '../../src/shared/domain/incidents';
import { reportIncidentInput } from '../../src/shared/schemas/incidents';

describe('incident states', () => {
  it('moves open → acknowledged → resolved → closed, and a lead may resolve an open one at once', () => {
    expect(nextIncidentMoves('open')).toEqual(['acknowledge', 'resolve']);
    expect(nextIncidentMoves('acknowledged')).toEqual(['resolve']);
    expect(nextIncidentMoves('resolved')).toEqual(['close']);
    expect(nextIncidentMoves('closed')).toEqual([]);
    expect(incidentMoveTarget('open', 'acknowledge')).toEqual({ to: 'acknowledged', event: 'acknowledged' });
    expect(incidentMoveTarget('acknowledged', 'resolve')).toEqual({ to: 'resolved', event: 'resolved' });
    expect(incidentMoveTarget('resolved', 'close')).toEqual({ to: 'closed', event: 'closed' });
  });

  it('refuses moves that do not apply: closing an open incident, acknowledging twice, anything once closed', () => {
    expect(incidentMoveTarget('open', 'close')).toBeNull();
    expect(incidentMoveTarget('acknowledged', 'acknowledge')).toBeNull();
    expect(incidentMoveTarget('closed', 'resolve')).toBeNull();
    expect(incidentTakesUpdates('resolved')).toBe(true);
    expect(incidentTakesUpdates('closed')).toBe(false);
  });

  it('only leads and admins move an incident', () => {
    expect(mayMoveIncident('agent')).toBe(false);
    expect(mayMoveIncident('lead')).toBe(true);
    expect(mayMoveIncident('admin')).toBe(true);
  });

  it('replays a timeline to its state; updates and links move nothing, and a late or repeated move is ignored', () => {
    expect(stateOfTimeline([{ kind: 'opened' }, { kind: 'update' }, { kind: 'caseLinked' }])).toBe('open');
    expect(stateOfTimeline([{ kind: 'opened' }, { kind: 'acknowledged' }, { kind: 'resolved' }, { kind: 'closed' }])).toBe('closed');
    expect(stateOfTimeline([{ kind: 'opened' }, { kind: 'closed' }])).toBe('open');
    expect(stateOfTimeline([{ kind: 'opened' }, { kind: 'resolved' }, { kind: 'acknowledged' }])).toBe('resolved');
  });

  it('validates a report: a known kind and a description of at least four characters', () => {
    expect(reportIncidentInput.safeParse({ kind: 'outage', summary: '系统登录不了' }).success).toBe(true);
    const short = reportIncidentInput.safeParse({ kind: 'outage', summary: '宕机' });
    expect(short.success).toBe(false);
    expect(short.error?.issues[0]).toMatchObject({ path: ['summary'], message: 'summaryTooShort' });
    const kind = reportIncidentInput.safeParse({ kind: 'flood', summary: '仓库进水了' });
    expect(kind.error?.issues[0]).toMatchObject({ path: ['kind'], message: 'invalidChoice' });
  });
});
