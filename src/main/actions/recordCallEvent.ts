import type { CallEventKind, CallEventRow, CallEventSource } from '../../shared/schemas/callEvents';
import { insertCallEvent } from '../store/calls/callEvents';
import type { WritableDB } from '../store/db';

export interface RecordedEventInput {
  callRef: string;
  kind: CallEventKind;
  /** When it happened; the arrival time when the sender did not say. */
  at: number;
  receivedAt: number;
  source: CallEventSource;
  callerNumber: string | null;
  agentId: string | null;
  target?: string;
}

/** Stores one call event (from the telephony endpoint or the agent's buttons) and returns it as the call screen sees it. */
export function recordCallEvent(db: WritableDB, input: RecordedEventInput): CallEventRow {
  const data = input.target ? { target: input.target } : {};
  const id = insertCallEvent(db, { ...input, data });
  return { id, callRef: input.callRef, kind: input.kind, at: input.at, source: input.source, callerNumber: input.callerNumber, data };
}
