import { z } from 'zod';

export const syncPhases = ['standalone', 'idle', 'syncing', 'offline', 'signedOut', 'error'] as const;
export type SyncPhase = (typeof syncPhases)[number];

/** What the status badge shows. */
export interface SyncStatus {
  phase: SyncPhase;
  /** Local changes the server has not acknowledged yet. */
  pending: number;
  /** Changes the server refused, each kept with its reason. */
  rejected: number;
  /** Documents pulled in bulk that search has not indexed yet (search catches up after a first sync). */
  indexing: number;
  /** Pulled rows this desktop could not apply: set aside with their reason and retried on later pulls. */
  setAside: number;
  lastSyncAt: number | null;
  lastError: string | null;
  nextAttemptAt: number | null;
}

/** A change the server refused: shown to the agent, never silently dropped. */
export interface RejectedChange {
  seq: number;
  name: string;
  reason: string;
  /** The case it was about, when there is one. */
  caseId: string | null;
}

/** Why a pulled row could not be applied here (the constraint that failed). */
export const setAsideReasons = ['unique', 'check', 'notNull', 'foreignKey', 'constraint'] as const;
export type SetAsideReason = (typeof setAsideReasons)[number];

/** A pulled row this desktop set aside: shown in the sync panel until it applies. */
export interface PullSetAsideRow {
  table: string;
  key: string;
  /** One of `setAsideReasons`. */
  reason: string;
  /** SQLite's own words, for support (e.g. `UNIQUE constraint failed: cases.number`). */
  detail: string;
  firstAt: number;
  lastTriedAt: number;
  attempts: number;
}

export const loginInput = z.strictObject({
  number: z.string().trim().min(1, 'required').max(32, 'tooLong'),
  password: z.string().min(1, 'required').max(200, 'tooLong'),
});
export type LoginInput = z.input<typeof loginInput>;

/** The agent signed in on this desktop. */
export interface SignedInAgent {
  id: string;
  number: string;
  name: string;
  role: 'agent' | 'lead' | 'admin';
  branchId: string;
  teamId: string | null;
  /** Signed in against the desktop's saved credentials because the server could not be reached. */
  offline: boolean;
}
