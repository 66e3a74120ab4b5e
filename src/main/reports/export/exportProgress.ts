import { ReportCancelled } from '../shiftReport';
import { yieldToEventLoop } from '../yieldToEventLoop';

/** What a writer needs to stay responsive: progress out, cancellation in. */
export interface WriteControl {
  onProgress?: (done: number, total: number) => void;
  isCancelled?: () => boolean;
}

/** Rows written between two yields to the event loop. */
export const ROWS_PER_CHUNK = 2_000;

/** Counts rows written; every ROWS_PER_CHUNK rows reports progress, lets the event loop run and honours a cancellation. */
export function rowPacer(total: number, control: WriteControl) {
  let done = 0;
  let sinceYield = 0;
  return {
    async row(): Promise<void> {
      done++;
      if (++sinceYield < ROWS_PER_CHUNK) return;
      sinceYield = 0;
      control.onProgress?.(done, total);
      await yieldToEventLoop();
      if (control.isCancelled?.()) throw new ReportCancelled();
    },
    finish(): void {
      control.onProgress?.(total, total);
    },
  };
}
