import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../src/main/store/openDatabase';
import { columnsOf, databaseAt, tablesOf } from '../../support/migrationHarness';

describe('migration 033: incidents and proactive lists', () => {
  it('adds the four tables, whose writes the sync capture records, with their kinds, states and outcomes checked', () => {
    const db = databaseAt(30);
    applyMigrations(db, 33);
    expect(tablesOf(db)).toEqual(expect.arrayContaining(['incidents', 'incident_events', 'proactive_lists', 'proactive_contacts']));
    expect(columnsOf(db, 'incidents')).toEqual(expect.arrayContaining(['kind', 'summary', 'state', 'reported_by', 'reported_at', 'branch_id']));
    const incident = db.prepare("INSERT INTO incidents (id, kind, summary, state, reported_at, updated_at) VALUES (?, ?, '系统宕机', ?, 1, 1)");
    incident.run('i1', 'outage', 'open');
    expect(db.prepare("SELECT tbl, op FROM sync_capture WHERE pk = 'i1'").get()).toEqual({ tbl: 'incidents', op: 'i' });
    expect(() => incident.run('i2', 'flood', 'open')).toThrow(/CHECK/);
    expect(() => incident.run('i3', 'outage', 'forgotten')).toThrow(/CHECK/);

    const event = db.prepare("INSERT INTO incident_events (id, incident_id, kind, at, case_id) VALUES (?, 'i1', ?, 2, ?)");
    event.run('e1', 'opened', null);
    event.run('e2', 'caseLinked', 'case-1');
    expect(() => event.run('e3', 'caseLinked', null)).toThrow(/CHECK/); // a link names its case
    expect(() => event.run('e4', 'update', 'case-1')).toThrow(/CHECK/);

    db.prepare("INSERT INTO proactive_lists (id, kind, name, source, created_at) VALUES ('l1', 'careCall', '关怀', 'file', 1)").run();
    const contact = db.prepare("INSERT INTO proactive_contacts (id, list_id, name, position, outcome, worked_at) VALUES (?, 'l1', '王女士', 0, ?, ?)");
    contact.run('c1', null, null);
    contact.run('c2', 'reached', 5);
    expect(() => contact.run('c3', 'reached', null)).toThrow(/CHECK/); // an outcome says when
    expect(() => contact.run('c4', 'maybe', 5)).toThrow(/CHECK/);
    expect(db.prepare("SELECT count(*) FROM sync_capture WHERE tbl IN ('incident_events', 'proactive_lists', 'proactive_contacts')").pluck().get()).toBe(5);
  });
});
