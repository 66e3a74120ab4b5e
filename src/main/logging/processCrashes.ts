import type { CrashKind } from './crashRecords';

export interface ProcessCrashSinks {
  /** The log (redacts). */
  log(message: string, error: unknown): void;
  /** A crash record for diagnostics (redacts). */
  record(kind: CrashKind, message: string, detail?: string): void;
}

interface ProcessLike {
  on(event: 'uncaughtException', listener: (error: unknown) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

const describe = (error: unknown) => (error instanceof Error ? { message: `${error.name}: ${error.message}`, stack: error.stack } : { message: String(error), stack: undefined });

/**
 * An exception nothing caught, or a promise rejection nobody handled, is logged and recorded and
 * the app goes on: Node's default for either is to end the process, which would close the window
 * on an agent mid-call over a fault in, say, a background sync. Installed first thing in main.
 */
export function installProcessCrashHandlers(target: ProcessLike, sinks: ProcessCrashSinks): void {
  const handle = (kind: CrashKind) => (error: unknown) => {
    try {
      const { message, stack } = describe(error);
      sinks.log(`${kind}: ${message}`, error);
      sinks.record(kind, message, stack);
    } catch {
      // never throw from here: that would end the process after all
    }
  };
  target.on('uncaughtException', handle('uncaughtException'));
  target.on('unhandledRejection', handle('unhandledRejection'));
}
