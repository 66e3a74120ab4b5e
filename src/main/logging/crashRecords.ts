import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { redact } from '../../shared/domain/redact';

export type CrashKind = 'uncaughtException' | 'unhandledRejection' | 'rendererGone' | 'rendererHung' | 'rendererError' | 'serviceFailed';

export interface CrashRecord {
  at: string;
  kind: CrashKind;
  message: string;
  /** Stack (and React component stack), redacted and cut to a few kilobytes. */
  detail?: string;
}

export interface CrashRecords {
  /** Appends one record, redacted. Never throws. */
  record(kind: CrashKind, message: string, detail?: string): void;
  /** The last `count` records, oldest first (for diagnostics). */
  recent(count: number): CrashRecord[];
}

export const CRASH_FILE = 'crashes.jsonl';
const KEEP = 100;
const MAX_DETAIL = 8_000;

/**
 * Crash records in `<dir>/crashes.jsonl`, one JSON object a line, personal data and secrets masked;
 * the file keeps the last 100. They go into "export diagnostics".
 */
export function crashRecords(dir: string, now: () => number = Date.now): CrashRecords {
  const path = join(dir, CRASH_FILE);
  const read = (): CrashRecord[] => {
    try {
      return readFileSync(path, 'utf8')
        .split('\n')
        .filter(Boolean)
        .flatMap((line) => {
          try {
            return [JSON.parse(line) as CrashRecord];
          } catch {
            return [];
          }
        });
    } catch {
      return [];
    }
  };
  return {
    record(kind, message, detail) {
      try {
        mkdirSync(dir, { recursive: true });
        const entry: CrashRecord = { at: new Date(now()).toISOString(), kind, message: redact(message).slice(0, 2_000), ...(detail ? { detail: redact(detail).slice(0, MAX_DETAIL) } : {}) };
        appendFileSync(path, `${JSON.stringify(entry)}\n`, { mode: 0o600 });
        const all = read();
        if (all.length > KEEP * 2) writeFileSync(path, all.slice(-KEEP).map((r) => `${JSON.stringify(r)}\n`).join(''), { mode: 0o600 });
      } catch {
        // a full or read-only disk: the crash is still in the log (if that works)
      }
    },
    recent: (count) => read().slice(-count),
  };
}
