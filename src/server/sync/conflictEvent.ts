import { createHash } from 'node:crypto';
import type { SqlValue } from '../storage/serverDb';
import type { StoredRecord } from '../storage/records';

export interface Conflict {
  table: string;
  rowKey: string;
  field: string;
  kept: SqlValue;
  lost: SqlValue;
}

/** A stable id per mutation and field, so the same conflict recorded twice is one event. */
export function conflictEventId(mutationId: string, conflict: Conflict): string {
  const hex = createHash('sha256').update(`${mutationId}|${conflict.table}|${conflict.rowKey}|${conflict.field}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The case a conflicting row belongs to (the case itself or its child), if any. */
export function caseOfRecord(record: StoredRecord): string | null {
  if (record.tbl === 'cases') return record.pk;
  const caseId = record.data['case_id'];
  return typeof caseId === 'string' ? caseId : null;
}
