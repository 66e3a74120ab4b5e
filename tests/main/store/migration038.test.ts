import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../src/main/store/openDatabase';
import { columnsOf, databaseAt } from '../../support/migrationHarness';

describe('migration 038: team policies', () => {
  it('adds a team to policy versions, NULL (every team) for those published before, and the sync capture carries it', () => {
    const db = databaseAt(37);
    db.prepare('INSERT INTO policies (id, kind, version, effective_from, body, created_at) VALUES (?, ?, 2, 100, ?, 50)').run('p-old', 'phrases', '{"rules":[]}');
    applyMigrations(db, 38);
    expect(columnsOf(db, 'policies')).toContain('team_id');
    expect(db.prepare("SELECT team_id FROM policies WHERE id = 'p-old'").get()).toEqual({ team_id: null });
    db.prepare('DELETE FROM sync_capture').run();
    db.prepare("INSERT INTO policies (id, kind, version, effective_from, body, created_at, team_id) VALUES ('p-team', 'phrases', 3, 200, '{\"rules\":[]}', 150, 'team-east')").run();
    const captured = db.prepare("SELECT op, new FROM sync_capture WHERE tbl = 'policies'").get() as { op: string; new: string };
    expect(captured.op).toBe('i');
    expect(JSON.parse(captured.new)).toMatchObject({ id: 'p-team', kind: 'phrases', team_id: 'team-east' });
  });
});
