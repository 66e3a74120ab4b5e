/**
 * When the store is backed up and which backup files go: pure rules, the clock passed in.
 * Backup files are named `agentdesk-YYYYMMDD-HHmmss.db` (UTC), so the name alone says when.
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const NAME = /^agentdesk-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})\.db$/;

/** A backup's file name says when it was taken. */
export const backupNamePattern = NAME;

const two = (n: number) => String(n).padStart(2, '0');

/** The file name of a backup taken at `at` (UTC, to the second). */
export function backupFileName(at: number): string {
  const d = new Date(at);
  return `agentdesk-${d.getUTCFullYear()}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}-${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}.db`;
}

/** When a backup file was taken, from its name; null for any other file. */
export function backupTakenAt(name: string): number | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const at = Date.UTC(y, mo - 1, d, h, mi, s);
  // Rejects 20261340-…: the date must read back as written.
  return backupFileName(at) === name ? at : null;
}

/**
 * When the next backup is due: `everyHours` after the newest one, or now when there is none or
 * the newest claims to be from the future (a clock set back must not stop backups for days).
 */
export function nextBackupDue(newestTakenAt: number | null, everyHours: number, now: number): number {
  if (newestTakenAt === null || newestTakenAt > now) return now;
  return Math.max(now, newestTakenAt + everyHours * HOUR_MS);
}

/**
 * Which backups to delete: those taken more than `keepDays` before now — but the newest backup
 * always stays, however old, so the desktop is never left without one.
 */
export function backupsToPrune(names: readonly string[], keepDays: number, now: number): string[] {
  const dated = names.flatMap((name) => {
    const at = backupTakenAt(name);
    return at === null ? [] : [{ name, at }];
  });
  if (dated.length === 0) return [];
  const newest = dated.reduce((a, b) => (b.at > a.at ? b : a));
  const cutoff = now - keepDays * DAY_MS;
  return dated.filter((b) => b !== newest && b.at < cutoff).map((b) => b.name);
}
