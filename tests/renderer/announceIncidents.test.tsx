import { describe, expect, it } from 'vitest';
import { incidentsToAnnounce } from '../../src/renderer/features/incidents/announceIncidents';
import type { Incident } from '../../src/shared/schemas/incidents';

const incident = (id: string, state: Incident['state'] = 'open'): Incident => ({ id, kind: 'outage', summary: '系统故障', state, reportedBy: null, reporterName: null, reportedAt: 1, updatedAt: 1, caseCount: 0 });

describe('system notifications of new incidents for a lead', () => {
  it('says nothing of those already there at the first read, then each new open one once', () => {
    const seen = new Set<string>();
    expect(incidentsToAnnounce(seen, [incident('a')], true)).toEqual([]);
    expect(incidentsToAnnounce(seen, [incident('a'), incident('b')], false).map((i) => i.id)).toEqual(['b']);
    expect(incidentsToAnnounce(seen, [incident('a'), incident('b')], false)).toEqual([]);
    // One that arrives already acknowledged is not news.
    expect(incidentsToAnnounce(seen, [incident('c', 'acknowledged')], false)).toEqual([]);
  });
});
