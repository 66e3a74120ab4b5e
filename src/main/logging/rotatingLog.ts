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

  return {
    dir,
    write(level, message, error) {
      try {
        mkdirSync(dir, { recursive: true });
        const detail = error instanceof Error ? ` ${error.name}: ${error.message}${error.stack ? `\n${error.stack}` : ''}` : error === undefined ? '' : ` ${String(error)}`;
        const line = `${new Date(now()).toISOString()} ${level.toUpperCase()} ${redact(message + detail)}\n`;
        if (existsSync(path(0)) && statSync(path(0)).size + Buffer.byteLength(line) > maxBytes) rotate();
        appendFileSync(path(0), line);
      } catch {
        // a full or read-only disk: the app goes on without its log
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
