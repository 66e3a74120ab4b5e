import { v5 as uuidv5 } from 'uuid';
import { addEventOnce } from '../store/cases/timeline';
import type { WritableDB } from '../store/db';
import { openFollowUpsPast } from '../store/followUps/followUpReads';
import { markFollowUpMissed } from '../store/followUps/followUpWrites';
import { appendMutation } from '../store/sync/outbox';

/** How many follow-ups one sweep marks at most (the next sweep takes the rest). */
export const SWEEP_BATCH = 500;
/** How often main sweeps (services.ts); reports, the team view and the queue also sweep before they read. */
export const SWEEP_EVERY_MS = 60_000;

/** A fixed namespace for the ids of "missed" events, so that every desktop derives the same id for one follow-up. */
const MISSED_EVENTS = '6f1d7a52-4f0e-4b8e-9a57-2f7c0c6b1d17';
export const missedEventId = (followUpId: string): string => uuidv5(`followUpMissed:${followUpId}`, MISSED_EVENTS);

/**
 * Marks every follow-up still open after its time as **missed**, with a `followUpMissed` event on
 * its case, in one transaction with one outbox mutation (so it syncs). Idempotent: a follow-up
 * already done or missed is left alone, and a second sweep finds nothing. Consistent across
 * desktops: the event's id and time (the due time) are derived from the follow-up, so two
 * desktops sweeping the same follow-up write the same row and the same event; the server lets
 * a "done" written anywhere win over "missed" (mergeField.ts). Returns how many it marked.
 */
export function markMissedFollowUps(db: WritableDB, now: number): number {
  return db.transaction(() => {
    const marked: string[] = [];
    for (const f of openFollowUpsPast(db, now, SWEEP_BATCH)) {
      if (!markFollowUpMissed(db, f.id)) continue;
      addEventOnce(db, missedEventId(f.id), { caseId: f.caseId, kind: 'followUpMissed', at: f.dueAt, actorId: null, data: { followUpId: f.id, dueAt: f.dueAt, promise: f.promise } });
      marked.push(f.id);
    }
    if (marked.length > 0) appendMutation(db, 'followUp.markMissed', { ids: marked }, now);
    return marked.length;
  })();
}

export interface MissedSweep {
  /** Sweeps now (also what the timer runs); returns how many it marked. */
  sweep(): number;
  stop(): void;
}

export interface SweepTimer {
  setInterval(run: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

/** The periodic sweep of main: every minute by the injected clock; errors are logged, never thrown into the timer. */
export function startMissedSweep(options: { db: WritableDB; now: () => number; log: (message: string, error?: unknown) => void; timer?: SweepTimer; everyMs?: number }): MissedSweep {
  const timer: SweepTimer = options.timer ?? { setInterval: (run, ms) => setInterval(run, ms).unref(), clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout) };
  const sweep = () => markMissedFollowUps(options.db, options.now());
  const handle = timer.setInterval(() => {
    try {
      const n = sweep();
      if (n > 0) options.log(`marked ${n} follow-up(s) missed`);
    } catch (error) {
      options.log('the missed follow-up sweep failed', error);
    }
  }, options.everyMs ?? SWEEP_EVERY_MS);
  return { sweep, stop: () => timer.clearInterval(handle) };
}
