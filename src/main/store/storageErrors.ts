import { AppError } from '../../shared/result';

/** SQLite's result codes for a disk that cannot take the write, as better-sqlite3 reports them. */
const codes: Record<string, { code: 'disk_full' | 'read_only' | 'storage'; message: string }> = {
  SQLITE_FULL: { code: 'disk_full', message: 'the disk holding the case store is full; nothing was saved' },
  SQLITE_READONLY: { code: 'read_only', message: 'the case store is read-only; nothing was saved' },
  SQLITE_CANTOPEN: { code: 'storage', message: 'the case store cannot be opened' },
  SQLITE_IOERR: { code: 'storage', message: 'the disk could not be read or written; nothing was saved' },
  SQLITE_BUSY: { code: 'storage', message: 'the case store is busy; nothing was saved, try again' },
  SQLITE_CORRUPT: { code: 'storage', message: 'the case store is damaged; nothing was saved' },
};

/**
 * A storage failure (disk full, read-only file, I/O error) as the AppError the agent sees, or
 * undefined for anything else. The transaction it happened in was rolled back: nothing is half-saved.
 */
export function storageErrorOf(error: unknown): AppError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  const known = codes[code] ?? codes[code.replace(/_[A-Z]+$/, '')];
  return known && new AppError(known.code, `${known.message} (${code})`);
}
