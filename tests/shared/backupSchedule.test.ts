import { describe, expect, it } from 'vitest';
import { backupFileName, backupTakenAt, backupsToPrune, nextBackupDue } from '../../src/shared/domain/backupSchedule';

const T = Date.UTC(2026, 11, 5, 7, 3, 9);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('backup schedule', () => {
  it('names a backup by its UTC time and reads the time back', () => {
    expect(backupFileName(T)).toBe('agentdesk-20261205-070309.db');
    expect(backupTakenAt('agentdesk-20261205-070309.db')).toBe(T);
  });

  it('reads no time from other files or impossible dates', () => {
    expect(backupTakenAt('agentdesk.db')).toBeNull();
    expect(backupTakenAt('agentdesk-20261340-070309.db')).toBeNull();
    expect(backupTakenAt('agentdesk-20261205-070309.db.partial')).toBeNull();
  });

  it('is due now without a backup, otherwise every N hours after the newest', () => {
    expect(nextBackupDue(null, 24, T)).toBe(T);
    expect(nextBackupDue(T - HOUR, 24, T)).toBe(T + 23 * HOUR);
    expect(nextBackupDue(T - 30 * HOUR, 24, T)).toBe(T);
  });

  it('is due now when the newest backup claims a future time (clock set back)', () => {
    expect(nextBackupDue(T + 5 * DAY, 24, T)).toBe(T);
  });

  it('prunes backups older than the kept days but always keeps the newest', () => {
    const names = [T - 20 * DAY, T - 15 * DAY, T - 13 * DAY, T - HOUR].map(backupFileName);
    expect(backupsToPrune([...names, 'notes.txt'], 14, T)).toEqual([names[0], names[1]]);
    const allOld = [T - 40 * DAY, T - 30 * DAY].map(backupFileName);
    expect(backupsToPrune(allOld, 14, T)).toEqual([allOld[0]]);
    expect(backupsToPrune([], 14, T)).toEqual([]);
  });
});
