import type { Database } from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import type { TimelineKind } from '../../shared/schemas/domainTerms';
import { statement } from './db';

export interface NewEvent {
  caseId: string;
  kind: TimelineKind;
  at: number;
  actorId: string | null;
  data?: Record<string, unknown>;
}

/** Appends one event to a case's timeline (append-only: events are never edited). Returns its id. */
export function addEvent(db: Database, event: NewEvent): string {
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
