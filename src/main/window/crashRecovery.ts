/**
 * What to do when the window's renderer dies or hangs. The page is reloaded — the call in
 * progress is in SQLite (`call_drafts`, saved on every change), so the reloaded call screen
 * resumes it — unless it keeps dying: after `maxReloads` reloads within `windowMs`, a reload loop
 * would only hide the fault, so the agent is told instead. Pure: the clock is given.
 */
export type GoneReason = 'clean-exit' | 'abnormal-exit' | 'killed' | 'crashed' | 'oom' | 'launch-failed' | 'integrity-failure' | 'memory-eviction';

export type RecoveryAction = { kind: 'none' } | { kind: 'reload' } | { kind: 'giveUp'; reloads: number };

export interface CrashRecoveryOptions {
  now: () => number;
  maxReloads?: number;
  windowMs?: number;
}

export interface CrashRecovery {
  /** `render-process-gone`: the renderer process ended. */
  onGone(reason: GoneReason | string): RecoveryAction;
}

export function crashRecovery(options: CrashRecoveryOptions): CrashRecovery {
  const maxReloads = options.maxReloads ?? 3;
  const windowMs = options.windowMs ?? 5 * 60_000;
  let reloads: number[] = [];

  function reload(): RecoveryAction {
    const now = options.now();
    reloads = reloads.filter((at) => now - at < windowMs);
    if (reloads.length >= maxReloads) return { kind: 'giveUp', reloads: reloads.length };
    reloads.push(now);
    return { kind: 'reload' };
  }

  return {
    // A clean exit is the window closing, not a crash.
    onGone: (reason) => (reason === 'clean-exit' ? { kind: 'none' } : reload()),
  };
}

/** How long a page may stay unresponsive before its process is ended and it is reloaded (Electron reports it after a few seconds already). */
export const HUNG_GRACE_MS = 10_000;
