import { canMoveCase } from '../../shared/domain/caseStatus';
import type { CaseStatus } from '../../shared/schemas/case';
import type { SqlValue } from '../storage/serverDb';

export interface FieldWrite {
  table: string;
  field: string;
  /** The value the writer saw before its change; absent when it did not say (a re-sent insert). */
  base?: SqlValue;
  value: SqlValue;
  hlc: string;
}

export interface FieldState {
  value: SqlValue | undefined;
  clock: string | undefined;
}

export type MergeOutcome =
  | { kind: 'set'; value: SqlValue; clock: string }
  /** The field keeps its value; `lost` is the incoming value, recorded as a conflict. */
  | { kind: 'keep'; lost: SqlValue }
  /** The incoming value wins over a concurrent one, which is recorded as a conflict. */
  | { kind: 'override'; value: SqlValue; clock: string; lost: SqlValue }
  | { kind: 'same' };

const maxClock = (a: string | undefined, b: string) => (a !== undefined && a > b ? a : b);

/**
 * Per-field merge on the server, which applies mutations one at a time in arrival order:
 *
 * - A write based on the value the field has now (the writer saw it) wins whatever the clocks say,
 *   so a desktop with a slow clock is never wedged behind one with a fast clock.
 * - Concurrent writes (the field changed since the writer saw it) go to the later hybrid-logical
 *   clock; the losing value is kept as a conflict.
 * - A case status only moves along the state machine: a concurrent move the machine does not
 *   allow from the status the case now has loses.
 * - A follow-up marked done stays done against a concurrent change of its state; only a
 *   write based on "done" (an explicit reopen) changes it. Done beats a concurrent "missed"
 *   (the sweep's mark, see shared/domain/promises.ts) in either order, silently.
 * - `updated_at` is bookkeeping: the latest time wins, never a conflict.
 */
export function mergeField(write: FieldWrite, current: FieldState): MergeOutcome {
  const { value, base, hlc } = write;
  if (current.value === undefined) return { kind: 'set', value, clock: hlc };
  if (write.field === 'updated_at') {
    // Bookkeeping, not a user's edit: the latest time wins and is never a conflict.
    return typeof current.value === 'number' && typeof value === 'number' && value <= current.value ? { kind: 'same' } : { kind: 'set', value, clock: maxClock(current.clock, hlc) };
  }
  if (current.value === value) {
    return current.clock !== undefined && current.clock >= hlc ? { kind: 'same' } : { kind: 'set', value, clock: maxClock(current.clock, hlc) };
  }
  if (base !== undefined && current.value === base) return { kind: 'set', value, clock: maxClock(current.clock, hlc) };

  if (write.table === 'cases' && write.field === 'status' && !canMoveCase(current.value as CaseStatus, value as CaseStatus)) {
    return { kind: 'keep', lost: value };
  }
  if (write.table === 'follow_ups' && write.field === 'state') {
    // Issue 17: "missed" is written by a sweep on each desktop, not by a person: a done written anywhere
    // wins over it whatever the clocks say, and a missed arriving after a done is no conflict.
    if (current.value === 'missed' && value === 'done') return { kind: 'set', value, clock: maxClock(current.clock, hlc) };
    if (current.value === 'done' && value === 'missed') return { kind: 'same' };
    if (current.value === 'done') return { kind: 'keep', lost: value };
  }

  const laterWins = current.clock === undefined || hlc > current.clock;
  if (!laterWins) return { kind: 'keep', lost: value };
  return base === undefined ? { kind: 'set', value, clock: hlc } : { kind: 'override', value, clock: hlc, lost: current.value };
}
