import { v7 as uuidv7 } from 'uuid';
import type { CallEventKind, CallEventRow, CallEventSource } from '../../../shared/schemas/callEvents';
import { statement, type ReadableDB, type WritableDB } from '../db';

/** The owner of `call_events` and the telephony columns of `calls` (ring, answer, hold, solution). */

export interface NewCallEvent {
  callRef: string;
  kind: CallEventKind;
  at: number;
  receivedAt: number;
  source: CallEventSource;
  callerNumber: string | null;
  agentId: string | null;
  data?: Record<string, unknown>;
}

/** Stores one event; returns its id. */
export function insertCallEvent(db: WritableDB, event: NewCallEvent): string {
  const id = uuidv7();
  statement(
    db,
    `INSERT INTO call_events (id, call_ref, kind, at, received_at, source, caller_number, agent_id, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, event.callRef, event.kind, event.at, event.receivedAt, event.source, event.callerNumber, event.agentId, JSON.stringify(event.data ?? {}));
  return id;
}

interface EventRow {
  id: string;
  callRef: string;
  kind: CallEventKind;
  at: number;
  source: CallEventSource;
  callerNumber: string | null;
  data: string;
}

const toEvent = (row: EventRow): CallEventRow => ({ ...row, data: JSON.parse(row.data) as Record<string, unknown> });

/** A call's events in the order they happened (at most 500: a call with more is broken). */
export function callEventsOf(db: ReadableDB, callRef: string): CallEventRow[] {
  return (
    statement(
      db,
      `SELECT id, call_ref AS callRef, kind, at, source, caller_number AS callerNumber, data FROM call_events WHERE call_ref = ? ORDER BY at, id LIMIT 500`,
    ).all(callRef) as EventRow[]
  ).map(toEvent);
}

/** Ties a saved call's events to its case and call row. */
export function linkCallEvents(db: WritableDB, callRef: string, caseId: string, callId: string): void {
  statement(db, 'UPDATE call_events SET case_id = ?, call_id = ? WHERE call_ref = ? AND call_id IS NULL').run(caseId, callId, callRef);
}

export interface CallTelephonyTimes {
  callRef: string | null;
  ringAt: number | null;
  answeredAt: number | null;
  holdSeconds: number;
  holdCount: number;
  solutionAt: number | null;
}

/** Writes what the events said onto the saved call. */
export function recordCallTimes(db: WritableDB, callId: string, times: CallTelephonyTimes): void {
  statement(db, 'UPDATE calls SET call_ref = ?, ring_at = ?, answered_at = ?, hold_seconds = ?, hold_count = ?, solution_at = ? WHERE id = ?').run(
    times.callRef,
    times.ringAt,
    times.answeredAt,
    times.holdSeconds,
    times.holdCount,
    times.solutionAt,
    callId,
  );
}

export interface CallClockRow {
  startedAt: number;
  ringAt: number | null;
  answeredAt: number | null;
  solutionAt: number | null;
  holdSeconds: number;
}

/** The calls of a case, oldest first, with the times the clocks read. */
export function callClockRows(db: ReadableDB, caseId: string): CallClockRow[] {
  return statement(
    db,
    `SELECT started_at AS startedAt, ring_at AS ringAt, answered_at AS answeredAt, solution_at AS solutionAt, hold_seconds AS holdSeconds
     FROM calls WHERE case_id = ? ORDER BY started_at, id LIMIT 200`,
  ).all(caseId) as CallClockRow[];
}
