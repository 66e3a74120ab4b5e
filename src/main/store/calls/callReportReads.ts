import { statement, type ReadableDB } from '../db';

/** Calls and call drafts as the lead's team view reads them. */

/** Every agent's call draft on this desktop (JSON), oldest update first. */
export function agentCallDrafts(db: ReadableDB): { agent_id: string; data: string }[] {
  return statement(db, 'SELECT agent_id, data FROM call_drafts WHERE agent_id IS NOT NULL ORDER BY updated_at').all() as { agent_id: string; data: string }[];
}

export interface LastCall {
  ended_at: number | null;
  started_at: number;
  talk_seconds: number;
  acw_seconds: number;
}

export function lastCallOf(db: ReadableDB, agentId: string): LastCall | undefined {
  return statement(db, 'SELECT ended_at, started_at, talk_seconds, acw_seconds FROM calls WHERE agent_id = ? ORDER BY started_at DESC LIMIT 1').get(agentId) as LastCall | undefined;
}

export function callsStartedSince(db: ReadableDB, agentId: string, since: number): number {
  return statement(db, 'SELECT count(*) FROM calls WHERE agent_id = ? AND started_at >= ?').pluck().get(agentId, since) as number;
}
