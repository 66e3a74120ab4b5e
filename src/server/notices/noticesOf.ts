import type { AlertTopic, Notice } from '../../shared/sync/notices';
import type { FlushedRecord } from '../sync/recordCache';

/**
 * Alerts a written record raises for the leads of its branch, by table: the hook other features
 * extend (e.g. a major complaint: `cases` with `severity = 'major'`). Returns null for none.
 */
export type AlertRule = (record: FlushedRecord) => AlertTopic | null;

export const alertRules: Readonly<Record<string, AlertRule>> = {
  approval_requests: (record) => (record.data['state'] === 'pending' ? 'approvalRequested' : 'approvalDecided'),
  // Issue 18: a reported incident (and each later change while it is still open) tells the branch's leads.
  incidents: (record) => (record.data['state'] === 'open' ? 'incidentReported' : null),
  // Issue 17: a major complaint's escalation to the lead (append-only, so it alerts once).
  timeline_events: (record) => (isMajorComplaintEscalation(record.data) ? 'majorComplaint' : null),
};

function isMajorComplaintEscalation(row: Readonly<Record<string, unknown>>): boolean {
  if (row['kind'] !== 'escalation') return false;
  const raw = row['data'];
  try {
    const data = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { reason?: unknown } | null;
    return data?.reason === 'majorComplaint';
  } catch {
    return false;
  }
}

/** What a committed push tells the desktops: one `changes` per branch it wrote to, then the alerts its rows raise. */
export function noticesOf(records: readonly FlushedRecord[]): Notice[] {
  const branches = new Set(records.map((r) => r.branchId));
  const notices: Notice[] = [...branches].map((branchId) => ({ kind: 'changes', branchId }));
  for (const record of records) {
    const topic = alertRules[record.tbl]?.(record) ?? null;
    if (topic) notices.push({ kind: 'alert', branchId: record.branchId, topic, ref: record.pk.slice(0, 64) });
  }
  return notices;
}
