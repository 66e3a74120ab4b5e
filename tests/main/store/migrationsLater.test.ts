import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../src/main/store/openDatabase';
import { columnsOf, databaseAt, tablesOf } from '../../support/migrationHarness';

const insertV1Case = (db: ReturnType<typeof databaseAt>) => {
  db.prepare("INSERT INTO customers (id, name, phone, created_at, updated_at) VALUES ('cu1', '王女士', '13812345678', 1, 1)").run();
  db.prepare("INSERT INTO cases (id, number, customer_id, channel, subject, created_at, updated_at) VALUES ('c1', 'BR01-20261122-AAA-0001', 'cu1', 'phone', '旧工单', 1, 1)").run();
};

describe('migration 002: organisation', () => {
  it('adds branches, teams and agents with roles limited to agent, lead and admin', () => {
    const db = databaseAt(1);
    applyMigrations(db, 2);
    db.prepare("INSERT INTO branches (id, code, name) VALUES ('b1', 'SH01', '上海一部')").run();
    db.prepare("INSERT INTO teams (id, branch_id, name) VALUES ('t1', 'b1', '售后一组')").run();
    db.prepare("INSERT INTO agents (id, number, name, role, branch_id, team_id) VALUES ('a1', '8001', '李明', 'lead', 'b1', 't1')").run();
    expect(() => db.prepare("INSERT INTO agents (id, number, name, role, branch_id) VALUES ('a2', '8002', 'x', 'boss', 'b1')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO teams (id, branch_id, name) VALUES ('t2', 'nope', 'x')").run()).toThrow(/FOREIGN KEY/);
  });
});

describe('migration 003: customer detail', () => {
  it('adds the profile fields and moves each existing phone into customer_phones', () => {
    const db = databaseAt(1);
    insertV1Case(db);
    applyMigrations(db, 3);
    expect(columnsOf(db, 'customers')).toEqual(expect.arrayContaining(['salutation', 'email', 'account_no', 'id_card', 'address', 'birthday', 'tags']));
    expect(db.prepare('SELECT customer_id, phone, label FROM customer_phones').all()).toEqual([{ customer_id: 'cu1', phone: '13812345678', label: 'mobile' }]);
    expect(db.prepare("SELECT tags FROM customers WHERE id = 'cu1'").get()).toEqual({ tags: '[]' });
  });
});

describe('migration 004: case detail', () => {
  it('gives existing cases a scenario, normal priority and empty description, and limits satisfaction to 1–5', () => {
    const db = databaseAt(3);
    insertV1Case(db);
    applyMigrations(db, 4);
    expect(db.prepare("SELECT scenario, priority, description, reopen_count FROM cases WHERE id = 'c1'").get()).toEqual({ scenario: 'consultation', priority: 'normal', description: '', reopen_count: 0 });
    expect(() => db.prepare("UPDATE cases SET satisfaction = 6 WHERE id = 'c1'").run()).toThrow(/CHECK/);
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM cases WHERE assignee_id = 'a1' AND status = 'new' ORDER BY updated_at DESC, id DESC LIMIT 50").all();
    expect(JSON.stringify(plan)).toContain('cases_by_assignee');
    expect(JSON.stringify(plan)).not.toContain('TEMP B-TREE');
  });
});

describe('migration 005: interactions', () => {
  it('adds calls, follow-ups, surveys, returns with steps and fault diagnoses, tied to their case', () => {
    const db = databaseAt(4);
    insertV1Case(db);
    applyMigrations(db, 5);
    expect(tablesOf(db)).toEqual(expect.arrayContaining(['calls', 'follow_ups', 'surveys', 'returns', 'return_steps', 'fault_diagnoses']));
    db.prepare("INSERT INTO calls (id, case_id, channel, started_at, talk_seconds, acw_seconds) VALUES ('k1', 'c1', 'phone', 1, 120, 30)").run();
    db.prepare("INSERT INTO follow_ups (id, case_id, kind, due_at, created_at) VALUES ('f1', 'c1', 'callback', 5, 1)").run();
    expect(db.prepare("SELECT state FROM follow_ups WHERE id = 'f1'").get()).toEqual({ state: 'due' });
    expect(() => db.prepare("INSERT INTO surveys (id, case_id, score, at) VALUES ('s1', 'c1', 0, 1)").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO calls (id, case_id, channel, started_at) VALUES ('k2', 'missing', 'phone', 1)").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO return_steps (id, return_id, step, at) VALUES ('r', 'x', 'teleported', 1)").run()).toThrow(/CHECK|FOREIGN/);
  });
});

describe('migration 006: knowledge and scripts', () => {
  it('keeps every version of an article and one current script per scenario and locale', () => {
    const db = databaseAt(6);
    db.prepare("INSERT INTO kb_articles (id, category, title, body, updated_at) VALUES ('kb1', 'policy', '七天无理由退货', '正文', 1)").run();
    db.prepare("INSERT INTO kb_article_versions (article_id, version, title, body, edited_at) VALUES ('kb1', 1, '七天无理由退货', '正文', 1)").run();
    expect(() => db.prepare("INSERT INTO kb_article_versions (article_id, version, title, body, edited_at) VALUES ('kb1', 1, 'dup', 'x', 2)").run()).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare("INSERT INTO kb_articles (id, category, title, body, updated_at) VALUES ('kb2', 'gossip', 't', 'b', 1)").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO scripts (id, scenario, locale, body, updated_at) VALUES ('s1', 'complaint', 'zh-CN', '{}', 1)").run();
    expect(() => db.prepare("INSERT INTO scripts (id, scenario, locale, body, updated_at) VALUES ('s2', 'complaint', 'zh-CN', '{}', 1)").run()).toThrow(/UNIQUE/);
  });
});

describe('migration 007: audit and clocks', () => {
  it('adds the audit log, per-field clocks, event authors and the conflicts view', () => {
    const db = databaseAt(1);
    insertV1Case(db);
    db.prepare("INSERT INTO timeline_events (id, case_id, kind, at, data) VALUES ('e1', 'c1', 'conflict', 5, '{\"field\":\"subject\"}')").run();
    applyMigrations(db, 7);
    expect(columnsOf(db, 'timeline_events')).toContain('actor_id');
    expect(db.prepare('SELECT id, case_id FROM conflicts').all()).toEqual([{ id: 'e1', case_id: 'c1' }]);
    db.prepare("INSERT INTO field_clocks (entity, entity_id, field, hlc) VALUES ('case', 'c1', 'subject', 'h1')").run();
    expect(() => db.prepare("INSERT INTO field_clocks (entity, entity_id, field, hlc) VALUES ('case', 'c1', 'subject', 'h2')").run()).toThrow(/UNIQUE|PRIMARY/);
    db.prepare("INSERT INTO audit_log (id, at, action, entity, entity_id, field, reason) VALUES ('au1', 1, 'reveal', 'customer', 'cu1', 'phone', '客户要求核对')").run();
  });
});

describe('migration 008: search', () => {
  it('indexes the cases, customers and articles already stored, so they are found right after the upgrade', async () => {
    const { search } = await import('../../../src/main/store/search/searchQuery');
    const db = databaseAt(7);
    insertV1Case(db);
    db.prepare("INSERT INTO kb_articles (id, category, title, body, updated_at) VALUES ('k1', 'policy', '七天无理由退货', '签收七天内可申请', 1)").run();
    applyMigrations(db, 8);
    expect(tablesOf(db)).toEqual(expect.arrayContaining(['search_docs', 'search_index']));
    expect(db.prepare('SELECT kind, ref_id FROM search_docs ORDER BY kind').all()).toEqual([
      { kind: 'article', ref_id: 'k1' },
      { kind: 'case', ref_id: 'c1' },
      { kind: 'customer', ref_id: 'cu1' },
    ]);
    expect(search(db, { text: '旧工', limit: 5 }).map((h) => h.id)).toEqual(['c1']);
    expect(search(db, { text: '退货', limit: 5 }).map((h) => h.id)).toEqual(['k1']);
  });
});

describe('migration 009: call drafts', () => {
  it('keeps one draft per unfinished call, tied to an existing case when it has one', () => {
    const db = databaseAt(8);
    insertV1Case(db);
    applyMigrations(db, 9);
    db.prepare("INSERT INTO call_drafts (id, case_id, data, started_at, updated_at) VALUES ('d1', 'c1', '{}', 1, 2), ('d2', NULL, '{}', 1, 3)").run();
    expect(() => db.prepare("INSERT INTO call_drafts (id, case_id, data, started_at, updated_at) VALUES ('d3', 'missing', '{}', 1, 2)").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO call_drafts (id, data, started_at, updated_at) VALUES ('d1', '{}', 1, 2)").run()).toThrow(/UNIQUE/);
  });
});

describe('migration 010: search tokens', () => {
  it('re-indexes text whose Chinese ran on from a model number, so it is found by its Chinese part', async () => {
    const { search } = await import('../../../src/main/store/search/searchQuery');
    const db = databaseAt(9);
    insertV1Case(db);
    db.prepare("UPDATE cases SET subject = 'XQG120的使用方法' WHERE id = 'c1'").run();
    // What the earlier tokenizer stored for it: one token for the model number and the Chinese.
    db.prepare("INSERT INTO search_docs (rowid, kind, ref_id) VALUES (1, 'case', 'c1')").run();
    db.prepare("INSERT INTO search_index (rowid, title, body, ids) VALUES (1, 'xqg120的使用方法', '', '')").run();
    expect(search(db, { text: '使用', limit: 5 })).toEqual([]);
    applyMigrations(db, 10);
    expect(search(db, { text: '使用', limit: 5 }).map((h) => h.id)).toEqual(['c1']);
    expect(search(db, { text: 'XQG120', limit: 5 }).map((h) => h.id)).toEqual(['c1']);
  });
});

describe('migration 011: search merge', () => {
  it('stops saves from merging index segments; mergeSearchIndex merges them in bounded steps, and search still finds everything', async () => {
    const { search } = await import('../../../src/main/store/search/searchQuery');
    const { indexCase } = await import('../../../src/main/store/search/searchIndex');
    const { mergeSearchIndex } = await import('../../../src/main/store/search/searchMerge');
    const db = databaseAt(10);
    insertV1Case(db);
    applyMigrations(db, 11);
    expect(db.prepare("SELECT v FROM search_index_config WHERE k = 'automerge'").pluck().get()).toBe(0);
    // Every segment keeps at least one page of its own in the data table.
    const pages = () => db.prepare('SELECT count(*) FROM search_index_data').pluck().get() as number;
    // Twelve saves of different cases, one transaction each: each leaves its own small segment
    // (fewer than the 16 at which FTS5 merges anyway).
    for (let i = 2; i <= 13; i++) {
      db.prepare("INSERT INTO cases (id, number, customer_id, channel, subject, created_at, updated_at) VALUES (?, ?, 'cu1', 'phone', ?, 1, 1)").run(`c${i}`, `BR01-20261122-AAA-00${10 + i}`, `工单${i}`);
      db.transaction(() => indexCase(db, `c${i}`))();
    }
    const before = pages();
    expect(before).toBeGreaterThanOrEqual(12);
    for (let i = 0; i < 10; i++) mergeSearchIndex(db);
    expect(pages()).toBeLessThan(before / 2);
    expect(search(db, { text: '工单', limit: 20 }).map((h) => h.id).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `c${i + 2}`).sort());
  });
});

describe('migration 012: sync capture', () => {
  it('captures rows written after it, and a store with unsynced work from before uploads all its rows once', () => {
    const db = databaseAt(11);
    insertV1Case(db);
    db.prepare("INSERT INTO outbox (mutation_id, name, args, hlc) VALUES ('0190aaaa-0000-7000-8000-000000000001', 'case.create', '{}', '000000000000001-00000-x')").run();
    applyMigrations(db, 12);
    const uploads = db.prepare("SELECT effects FROM outbox WHERE name = 'sync.upload'").all() as { effects: string }[];
    const rows = uploads.flatMap((u) => JSON.parse(u.effects) as { t: string; k: string; op: string }[]);
    expect(rows).toEqual(expect.arrayContaining([expect.objectContaining({ t: 'customers', k: 'cu1', op: 'i' }), expect.objectContaining({ t: 'cases', k: 'c1', op: 'i' })]));
    db.prepare("UPDATE cases SET subject = '改过' WHERE id = 'c1'").run();
    expect(db.prepare('SELECT tbl, pk, op FROM sync_capture').all()).toEqual([{ tbl: 'cases', pk: 'c1', op: 'u' }]);
  });
});

describe('migration 013: offline logins', () => {
  it('keeps one saved sign-in per agent number', () => {
    const db = databaseAt(12);
    applyMigrations(db, 13);
    db.prepare("INSERT INTO local_logins (number, agent, password_hash, last_login_at) VALUES ('1001', '{}', 'scrypt$…', 1)").run();
    expect(() => db.prepare("INSERT INTO local_logins (number, agent, password_hash, last_login_at) VALUES ('1001', '{}', 'x', 2)").run()).toThrow(/UNIQUE|PRIMARY/);
  });
});

describe('migration 014: search queue', () => {
  it('queues a document once per kind and id', () => {
    const db = databaseAt(13);
    applyMigrations(db, 14);
    db.prepare("INSERT OR IGNORE INTO search_queue (kind, ref_id) VALUES ('case', 'c1'), ('case', 'c1'), ('customer', 'c1')").run();
    expect(db.prepare('SELECT count(*) FROM search_queue').pluck().get()).toBe(2);
    expect(() => db.prepare("INSERT INTO search_queue (kind, ref_id) VALUES ('order', 'x')").run()).toThrow(/CHECK/);
  });
});

describe('migration 015: team lead reports', () => {
  it('records whose call a draft is, and lets each report section read only its time range through an index', () => {
    const db = databaseAt(14);
    insertV1Case(db);
    db.prepare("INSERT INTO call_drafts (id, case_id, data, started_at, updated_at) VALUES ('d1', 'c1', '{}', 1, 2)").run();
    applyMigrations(db, 15);
    expect(db.prepare("SELECT agent_id FROM call_drafts WHERE id = 'd1'").get()).toEqual({ agent_id: null });
    const plan = (sql: string) => JSON.stringify(db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all());
    expect(plan('SELECT id FROM cases WHERE created_at >= 1 AND created_at < 2')).toContain('cases_by_created');
    expect(plan('SELECT id FROM cases WHERE resolved_at IS NOT NULL AND resolved_at >= 1 AND resolved_at < 2')).toContain('cases_by_resolved');
    expect(plan('SELECT id FROM cases WHERE first_response_at IS NULL AND response_due_at > 1 AND response_due_at <= 2')).toContain('cases_by_response_due');
    expect(plan('SELECT id FROM cases WHERE reopen_count > 0')).toContain('cases_reopened');
    expect(plan('SELECT count(*) FROM calls WHERE started_at >= 1 AND started_at < 2')).toContain('calls_by_start');
    expect(plan("SELECT ended_at, acw_seconds FROM calls WHERE case_id = 'c1' ORDER BY started_at LIMIT 1")).toContain('COVERING INDEX calls_first_contact');
    expect(plan('SELECT count(*) FROM follow_ups WHERE due_at >= 1 AND due_at < 2')).toContain('follow_ups_by_due');
    expect(plan('SELECT count(*) FROM surveys WHERE at >= 1 AND at < 2')).toContain('surveys_by_time');
    expect(plan("SELECT id FROM timeline_events WHERE kind IN ('escalation', 'transfer', 'approvalRequested') AND kind = 'approvalRequested' AND at >= 1")).toContain('timeline_for_leads');
  });
});

describe('migration 016: case tags', () => {
  it('gives existing cases no tags, and captured case rows carry the new column', () => {
    const db = databaseAt(15);
    insertV1Case(db);
    applyMigrations(db, 16);
    expect(db.prepare("SELECT tags FROM cases WHERE id = 'c1'").get()).toEqual({ tags: '[]' });
    db.prepare("UPDATE cases SET tags = '[\"VIP\"]' WHERE id = 'c1'").run();
    const captured = db.prepare("SELECT new FROM sync_capture WHERE tbl = 'cases' AND op = 'u'").get() as { new: string };
    expect(JSON.parse(captured.new)).toMatchObject({ tags: '["VIP"]' });
  });
});

describe('migration 019: pull set-aside rows', () => {
  it('keeps one set-aside row per table and key, counting attempts', () => {
    const db = databaseAt(16);
    applyMigrations(db, 19);
    db.prepare("INSERT INTO pull_set_aside (tbl, pk, fields, reason, detail, first_at, last_tried_at) VALUES ('cases', 'c1', '{}', 'unique', 'UNIQUE constraint failed: cases.number', 1, 1)").run();
    expect(() => db.prepare("INSERT INTO pull_set_aside (tbl, pk, fields, reason, detail, first_at, last_tried_at) VALUES ('cases', 'c1', '{}', 'check', '', 2, 2)").run()).toThrow(/UNIQUE|PRIMARY/);
    expect(db.prepare("SELECT attempts FROM pull_set_aside WHERE pk = 'c1'").get()).toEqual({ attempts: 1 });
    expect(() => db.prepare("UPDATE pull_set_aside SET attempts = 0").run()).toThrow(/CHECK/);
  });
});

describe('migration 021: call evidence', () => {
  it('gives existing calls an empty history and no verification, and captured call rows carry both', () => {
    const db = databaseAt(19);
    insertV1Case(db);
    db.prepare("INSERT INTO calls (id, case_id, channel, started_at, talk_seconds, acw_seconds) VALUES ('k1', 'c1', 'phone', 1, 120, 30)").run();
    applyMigrations(db, 21);
    expect(db.prepare("SELECT history, verification FROM calls WHERE id = 'k1'").get()).toEqual({ history: '[]', verification: null });
    db.prepare(`UPDATE calls SET verification = '{"method":"orderNo","at":5}' WHERE id = 'k1'`).run();
    const captured = db.prepare("SELECT new FROM sync_capture WHERE tbl = 'calls' AND op = 'u'").get() as { new: string };
    expect(JSON.parse(captured.new)).toMatchObject({ history: '[]', verification: '{"method":"orderNo","at":5}' });
  });
});

describe('migration 039: redundant call index', () => {
  it('drops calls_by_case: the calls of a case are still read in start order through calls_first_contact, with no sort', () => {
    const db = databaseAt(38);
    applyMigrations(db, 39);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'calls'").pluck().all();
    expect(indexes).not.toContain('calls_by_case');
    const plan = JSON.stringify(db.prepare("EXPLAIN QUERY PLAN SELECT id, started_at FROM calls WHERE case_id = 'c1' ORDER BY started_at, id LIMIT 200").all());
    expect(plan).toContain('calls_first_contact');
    expect(plan).not.toContain('TEMP B-TREE FOR ORDER BY');
  });
});
