import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { redact } from '../../shared/domain/redact';

export interface RotatingLog {
  /** Appends one line, personal data and secrets masked. Never throws: logging must not break the app. */
  write(level: 'info' | 'warn' | 'error', message: string, error?: unknown): void;
  /** The last `count` lines, oldest first (for diagnostics). */
  tail(count: number): string[];
  readonly dir: string;
}

export const LOG_FILE = 'agentdesk.log';

/**
 * Log files in the user data folder: `agentdesk.log`, rotated to `agentdesk.log.1` … `.N-1` before
 * a line would take it past `maxBytes`, the oldest dropped. Every line goes through `redact`.
 *
 * Synchronous on purpose: a line written just before a crash is on disk. electron-log's file
 * transport does the same by default (`sync: true`); `npm run bench -- log` measures the cost of a
 * line here against a bare appendFileSync and an asynchronous stream.
 */
export function rotatingLog(dir: string, options: { maxBytes?: number; files?: number; now?: () => number } = {}): RotatingLog {
  const maxBytes = options.maxBytes ?? 1_000_000;
  const files = options.files ?? 5;
  const now = options.now ?? Date.now;
  const path = (n: number) => join(dir, n === 0 ? LOG_FILE : `${LOG_FILE}.${n}`);

  function rotate(): void {
    rmSync(path(files - 1), { force: true });
    for (let n = files - 2; n >= 0; n--) if (existsSync(path(n))) renameSync(path(n), path(n + 1));
  }

  // The current file's size, read from disk once and then counted as lines are appended (as
  // electron-log's file transport does): a line costs one append, not a mkdir, exists and stat too.
  let size: number | null = null;
  const sizeOnDisk = () => {
    try {
      return statSync(path(0)).size;
    } catch {
      return 0;
    }
  };

  return {
    dir,
    write(level, message, error) {
      try {
        const detail = error instanceof Error ? ` ${error.name}: ${error.message}${error.stack ? `\n${error.stack}` : ''}` : error === undefined ? '' : ` ${String(error)}`;
        const line = `${new Date(now()).toISOString()} ${level.toUpperCase()} ${redact(message + detail)}\n`;
        const bytes = Buffer.byteLength(line);
        if (size === null) {
          mkdirSync(dir, { recursive: true });
          size = sizeOnDisk();
        }
        // Past the limit by our count: check the file itself (another writer, or a file removed) before rotating.
        if (size + bytes > maxBytes && (size = sizeOnDisk()) + bytes > maxBytes && size > 0) {
          rotate();
          size = 0;
        }
        appendFileSync(path(0), line);
        size += bytes;
      } catch {
        // a full or read-only disk (or the folder removed): the app goes on without its log, and looks again next time
        size = null;
      }
    },
    tail(count) {
      const lines: string[] = [];
      for (let n = 0; n < files && lines.length < count; n++) {
        if (!existsSync(path(n))) continue;
        const fileLines = readFileSync(path(n), 'utf8').split('\n').filter(Boolean);
        lines.unshift(...fileLines.slice(-(count - lines.length)));
      }
      return lines;
    },
  };
}
