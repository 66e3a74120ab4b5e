/** The timer the background integrity checks run on; tests pass a fake one. */
export interface CheckTimer {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/**
 * The first full check waits this long after the store opened, so it does not compete with the
 * first screens (a 1M-case store takes the check 8–12 s of reading on a second thread).
 */
export const FIRST_CHECK_DELAY_MS = 60_000;
/** Then once a day for as long as the app runs. */
export const CHECK_EVERY_MS = 24 * 3_600_000;

/** Node's timer, unref'd: a pending check never keeps a process (a test, a bench) alive. */
const nodeTimer: CheckTimer = { setTimeout: (run, ms) => setTimeout(run, ms).unref(), clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout) };

/**
 * Runs `check` `firstDelayMs` after `start()`, then every `everyMs` after the previous one ended.
 * One at a time; a failure inside `check` is its own business (it logs), the schedule goes on.
 */
export function integritySchedule(check: () => Promise<void>, options: { timer?: CheckTimer; firstDelayMs?: number; everyMs?: number } = {}) {
  const timer = options.timer ?? nodeTimer;
  let handle: unknown = null;
  let stopped = true;
  const next = (ms: number) => {
    if (stopped) return;
    handle = timer.setTimeout(() => {
      handle = null;
      void check()
        .catch(() => undefined)
        .finally(() => next(options.everyMs ?? CHECK_EVERY_MS));
    }, ms);
  };
  return {
    /** Starts the schedule (again a no-op while it runs). */
    start(): void {
      if (!stopped) return;
      stopped = false;
      next(options.firstDelayMs ?? FIRST_CHECK_DELAY_MS);
    },
    stop(): void {
      stopped = true;
      if (handle !== null) timer.clearTimeout(handle);
      handle = null;
    },
  };
}
