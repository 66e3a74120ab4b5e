import { v7 as uuidv7 } from 'uuid';
import type { TimelineEvent } from '../../../shared/schemas/caseDetail';
import type { TimelineKind } from '../../../shared/schemas/domainTerms';
import { statement, type ReadableDB, type WritableDB } from '../db';

const TIMELINE_LIMIT = 500;

export interface NewEvent {
  caseId: string;
  kind: TimelineKind;
  at: number;
  actorId: string | null;
  data?: Record<string, unknown>;
}

/** Appends one event to a case's timeline (append-only: events are never edited). Returns its id. */
export function addEvent(db: WritableDB, event: NewEvent): string {
  const id = uuidv7();
  statement(db, 'INSERT INTO timeline_events (id, case_id, kind, at, data, actor_id) VALUES (?, ?, ?, ?, ?, ?)').run(
    id,
    event.caseId,
    event.kind,
    event.at,
    JSON.stringify(event.data ?? {}),
    event.actorId,
  );
  return id;
}

/**
 * Adds an event under an id every desktop derives the same way (e.g. the sweep's "missed" of one
 * follow-up), so the same fact recorded on two desktops is one event after sync; false when it was there.
 */
export function addEventOnce(db: WritableDB, id: string, event: NewEvent): boolean {
  return (
    statement(db, 'INSERT INTO timeline_events (id, case_id, kind, at, data, actor_id) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING').run(
      id,
      event.caseId,
      event.kind,
      event.at,
      JSON.stringify(event.data ?? {}),
      event.actorId,
    ).changes === 1
  );
}

/** A case's timeline newest first (at most 500 events), with how many events it has in all. */
export function timelineOf(db: ReadableDB, caseId: string): { timeline: TimelineEvent[]; timelineTotal: number } {
  const events = statement(db, 'SELECT id, kind, at, data, actor_id FROM timeline_events WHERE case_id = ? ORDER BY at DESC, id DESC LIMIT ?').all(caseId, TIMELINE_LIMIT) as {
    id: string;
    kind: TimelineKind;
    at: number;
    data: string;
    actor_id: string | null;
  }[];
  const timeline = events.map((e) => ({ id: e.id, kind: e.kind, at: e.at, actorId: e.actor_id, data: JSON.parse(e.data) as Record<string, unknown> }));
  const timelineTotal = events.length < TIMELINE_LIMIT ? events.length : (statement(db, 'SELECT count(*) AS n FROM timeline_events WHERE case_id = ?').get(caseId) as { n: number }).n;
  return { timeline, timelineTotal };
}
