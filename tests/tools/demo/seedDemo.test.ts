import type { WritableDB } from '../../../src/main/store/db';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoAccounts } from '../../../tools/demo/demoAccounts';
import { makeDemoClock } from '../../../tools/demo/demoSla';
import { verifyPassword } from '../../../src/node/passwords';
import { isValidIdCard } from '../../../tools/demo/idCard';
import { DemoRng } from '../../../tools/demo/random';
import { DEFAULT_DEMO_NOW, seedDemo, type SeedSummary } from '../../../tools/demo/seedDemo';
import { defaultStorePath } from '../../../tools/demo/defaultStorePath';
import { openDatabase } from '../../../src/main/store/openDatabase';
import { rebuildSearchIndex } from '../../../src/main/store/search/searchIndex';
import { search } from '../../../src/main/store/search/searchQuery';
import { buildMatchQuery } from '../../../src/shared/domain/searchTokens';
import { addWorkingDays, defaultCalendar } from '../../../src/shared/domain/businessCalendar';
import { defaultSlaTargets, dueTimes } from '../../../src/shared/domain/sla';
import { AppError } from '../../../src/shared/result';
import { caseStatuses, channels } from '../../../src/shared/schemas/case';
import { categories, complaintSeverities, priorities, scenarios } from '../../../src/shared/schemas/domainTerms';
import { fingerprint } from '../../support/dbFingerprint';
import { makeTempDir } from '../../support/tempDir';

const CASES = 2_000;
let temp: ReturnType<typeof makeTempDir>;
let db: WritableDB;
let summary: SeedSummary;

const all = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[];
const one = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T;
const count = (table: string) => one<{ n: number }>(`SELECT count(*) AS n FROM ${table}`).n;
const column = (sql: string) => all<Record<string, unknown>>(sql).map((row) => Object.values(row)[0]);
const fileHash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

beforeAll(async () => {
  temp = makeTempDir('agentdesk-seed-');
  db = openDatabase(join(temp.dir, 'demo.db'));
  summary = await seedDemo(db, { cases: CASES });
});
afterAll(() => {
  db.close();
  temp.cleanup();
});

describe('seeding demo data', () => {
  it('writes the requested cases with about 0.4 customers and 3 timeline events per case, and reports what it wrote', () => {
    expect(summary).toMatchObject({ cases: CASES, customers: 800, agents: 241, articles: 50 });
    expect(count('cases')).toBe(CASES);
    expect(count('customers')).toBe(summary.customers);
    expect(count('timeline_events')).toBe(summary.events);
    expect(count('follow_ups')).toBe(summary.followUps);
    expect(count('surveys')).toBe(summary.surveys);
    expect(count('returns')).toBe(summary.returns);
    expect(count('fault_diagnoses')).toBe(summary.faultDiagnoses);
    expect(summary.events / CASES).toBeGreaterThan(2.7);
    // Chat and email cases of the last 300 days also carry their replies (issue 17).
    expect(summary.events / CASES).toBeLessThan(3.6);
    expect({ branches: count('branches'), teams: count('teams'), leads: one<{ n: number }>("SELECT count(*) AS n FROM agents WHERE role = 'lead'").n }).toEqual({ branches: 3, teams: 12, leads: 12 });
  });

  it('fills every table of the schema except the outbox, the field clocks and the sync capture: demo data is never synced', () => {
    const tables = column("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%'") as string[];
    // Issue 18's incidents and proactive lists are made by leads and agents at work, policies by admins, quality reviews by leads; not by the demo.
    const notInDemo = ['incidents', 'incident_events', 'proactive_lists', 'proactive_contacts', 'policies', 'quality_scorecards', 'quality_evaluations', 'quality_evaluation_events', 'quality_actions'];
    const empty = tables.filter((t) => count(t) === 0 && !notInDemo.includes(t));
    expect(empty.sort()).toEqual(['call_drafts', 'call_events', 'evidence_uploads', 'field_clocks', 'local_logins', 'offline_login_checks', 'outbox', 'outbox_acked', 'pinned_server_keys', 'pull_set_aside', 'search_queue', 'sync_capture']);
    expect(one<{ capture: number }>('SELECT capture FROM sync_state').capture).toBe(1);
    expect(count('kb_articles')).toBeGreaterThanOrEqual(40);
    expect(column("SELECT DISTINCT locale FROM kb_articles ORDER BY locale")).toEqual(['en', 'zh-CN']);
    expect(one<{ n: number }>('SELECT count(*) AS n FROM kb_article_versions WHERE version = 2').n).toBeGreaterThan(0);
  });

  it('covers every status, scenario, category, channel and priority; only complaints have a severity', () => {
    expect(column('SELECT DISTINCT status FROM cases ORDER BY 1')).toEqual([...caseStatuses].sort());
    expect(column('SELECT DISTINCT scenario FROM cases ORDER BY 1')).toEqual([...scenarios].sort());
    expect(column('SELECT DISTINCT category FROM cases WHERE category IS NOT NULL ORDER BY 1')).toEqual([...categories].sort());
    expect(column('SELECT DISTINCT channel FROM cases ORDER BY 1')).toEqual([...channels].sort());
    expect(column('SELECT DISTINCT priority FROM cases ORDER BY 1')).toEqual([...priorities].sort());
    expect(column("SELECT DISTINCT severity FROM cases WHERE scenario = 'complaint' ORDER BY 1")).toEqual([...complaintSeverities].sort());
    expect(count("cases WHERE scenario <> 'complaint' AND severity IS NOT NULL")).toBe(0);
    // Old cases are done; the open ones are recent.
    const yearAgo = DEFAULT_DEMO_NOW - 365 * 86_400_000;
    const old = one<{ open: number; total: number }>("SELECT sum(status NOT IN ('resolved', 'closed')) AS open, count(*) AS total FROM cases WHERE created_at < ?", yearAgo);
    expect(old.open / old.total).toBeLessThan(0.05);
    expect(count("cases WHERE status = 'new' AND created_at < " + (DEFAULT_DEMO_NOW - 31 * 86_400_000))).toBe(0);
    expect(one<{ n: number }>('SELECT count(*) AS n FROM cases WHERE created_at < ?', DEFAULT_DEMO_NOW - 700 * 86_400_000).n).toBeGreaterThan(0);
  });

  it('has approvals asked during calls: pending, granted and denied, decided live and over the shoulder by the team’s lead', () => {
    expect(column('SELECT DISTINCT state FROM approval_requests ORDER BY 1')).toEqual(['denied', 'granted', 'pending']);
    expect(column('SELECT DISTINCT decided_via FROM approval_requests WHERE decided_via IS NOT NULL ORDER BY 1')).toEqual(['live', 'shoulder']);
    // Decided ones: by the lead of the request's team, after it was asked, and named by the call's approvalRequested event.
    expect(count("approval_requests r WHERE state <> 'pending' AND (decided_at < requested_at OR reason = '' OR decided_by <> (SELECT id FROM agents a WHERE a.team_id = r.team_id AND a.role = 'lead'))")).toBe(0);
    expect(count("approval_requests r WHERE state <> 'pending' AND NOT EXISTS (SELECT 1 FROM timeline_events e WHERE e.case_id = r.case_id AND e.kind = 'approvalRequested' AND json_extract(e.data, '$.liveApprovalId') = r.id)")).toBe(0);
    expect(count("approval_requests r WHERE state = 'granted' AND NOT EXISTS (SELECT 1 FROM timeline_events e WHERE e.case_id = r.case_id AND e.kind = 'approvalGranted')")).toBe(0);
    // Waiting ones: asked in the last half hour about an open case the agent holds, with something for the lead to read.
    expect(count(`approval_requests r JOIN cases c ON c.id = r.case_id WHERE r.state = 'pending' AND (r.requested_at < ${DEFAULT_DEMO_NOW - 30 * 60_000} OR c.status IN ('new', 'resolved', 'closed') OR r.agent_id IS NOT c.assignee_id OR r.summary = '')`)).toBe(0);
  });

  it('records chat and email replies, the first one at the case’s first response, each on the timeline', () => {
    expect(count('case_replies')).toBeGreaterThan(100);
    expect(count('case_replies r JOIN cases c ON c.id = r.case_id WHERE c.channel <> r.channel OR r.sent_at > ' + DEFAULT_DEMO_NOW)).toBe(0);
    expect(column('SELECT DISTINCT channel FROM case_replies ORDER BY 1')).toEqual(['chat', 'email']);
    expect(count('cases c WHERE EXISTS (SELECT 1 FROM case_replies r WHERE r.case_id = c.id) AND first_response_at IS NOT (SELECT min(sent_at) FROM case_replies r WHERE r.case_id = c.id)')).toBe(0);
    expect(one<{ n: number }>('SELECT count(*) AS n FROM case_replies r WHERE (SELECT count(*) FROM case_replies x WHERE x.case_id = r.case_id) > 1').n).toBeGreaterThan(0);
    expect(count("case_replies r WHERE NOT EXISTS (SELECT 1 FROM timeline_events e WHERE e.case_id = r.case_id AND e.kind = 'replySent' AND e.at = r.sent_at AND json_extract(e.data, '$.replyId') = r.id)")).toBe(0);
    expect(count("timeline_events WHERE kind = 'replySent'")).toBe(count('case_replies'));
  });

  it('books engineer visits for repair and fault cases, and keeps complaint and return evidence (metadata)', () => {
    expect(count('visit_bookings')).toBeGreaterThan(20);
    expect(count("visit_bookings v JOIN cases c ON c.id = v.case_id WHERE c.scenario NOT IN ('afterSales', 'faultDiagnosis')")).toBe(0);
    expect(count("visit_bookings WHERE day NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' OR address = '' OR time_slot = '' OR duration_minutes NOT BETWEEN 15 AND 720")).toBe(0);
    // A booked repair visit has its confirmation follow-up for the same engineer.
    // Each is a repair visit confirmed with the customer afterwards (a follow-up naming the engineer), or a fault diagnosis that needs a visit.
    const explained = "EXISTS (SELECT 1 FROM follow_ups f WHERE f.case_id = v.case_id AND f.kind = 'visitConfirmation' AND f.note LIKE v.engineer || '%') OR EXISTS (SELECT 1 FROM fault_diagnoses d WHERE d.case_id = v.case_id AND d.needs_visit = 1)";
    expect(count(`visit_bookings v WHERE NOT (${explained})`)).toBe(0);
    expect(count('case_evidence')).toBeGreaterThan(20);
    expect(count("case_evidence e JOIN cases c ON c.id = e.case_id WHERE c.scenario NOT IN ('complaint', 'returnExchange') OR e.added_at < c.created_at OR e.added_at > c.updated_at")).toBe(0);
    expect(column('SELECT DISTINCT media_type FROM case_evidence ORDER BY 1')).toEqual(['application/pdf', 'image/jpeg', 'image/png', 'image/webp']);
  });

  it('gives customers valid ID-card numbers (GB 11643 check digit) that agree with their birthday and salutation', () => {
    const people = all<{ id_card: string; birthday: string | null; salutation: string; phone: string; name: string }>('SELECT id_card, birthday, salutation, phone, name FROM customers WHERE id_card IS NOT NULL');
    expect(people.length).toBeGreaterThan(400);
    for (const p of people) {
      expect(isValidIdCard(p.id_card), p.id_card).toBe(true);
      if (p.birthday) expect(p.id_card.slice(6, 14)).toBe(p.birthday.replaceAll('-', ''));
      expect(Number(p.id_card[16]) % 2 === 1 ? 'mr' : 'ms').toBe(p.salutation);
    }
    expect(isValidIdCard('110105199001011234')).toBe(false);
    // The primary phone is one of the customer's phones; some have a second one.
    expect(count('customers c WHERE NOT EXISTS (SELECT 1 FROM customer_phones p WHERE p.customer_id = c.id AND p.phone = c.phone)')).toBe(0);
    expect(count('customer_phones')).toBeGreaterThan(count('customers'));
  });

  it('has about one case in twenty from English-speaking customers, written in English', () => {
    const english = one<{ n: number }>("SELECT count(*) AS n FROM cases c JOIN customers cu ON cu.id = c.customer_id WHERE cu.tags LIKE '%\"English\"%'").n;
    expect(english / CASES).toBeGreaterThan(0.03);
    expect(english / CASES).toBeLessThan(0.08);
    for (const word of ['refund', 'router', 'delivery', 'warranty']) {
      expect([word, count(`cases WHERE subject || ' ' || description || ' ' || coalesce(resolution, '') LIKE '%${word}%'`)]).not.toEqual([word, 0]);
    }
  });

  it('numbers cases uniquely as branch-day-device-sequence, and each day’s sequence continues after the highest number used', () => {
    const numbers = column('SELECT number FROM cases') as string[];
    expect(new Set(numbers).size).toBe(CASES);
    for (const n of numbers) expect(n).toMatch(/^(SH01|BJ01|GZ01)-\d{8}-[0-9A-HJKMNP-TV-Z]{10}-\d{4}$/);
    const perDay = all<{ day: string; top: number; n: number }>("SELECT substr(number, 6, 8) AS day, max(CAST(substr(number, 26) AS INTEGER)) AS top, count(*) AS n FROM cases GROUP BY day");
    const seq = new Map(all<{ day: string; last: number }>('SELECT day, last FROM case_number_seq').map((r) => [r.day, r.last]));
    expect(seq.size).toBe(perDay.length);
    for (const d of perDay) expect([d.day, seq.get(d.day), d.n]).toEqual([d.day, d.top, d.top]);
  });

  it('keeps every case consistent: times in order and in the past, resolutions where resolved, satisfaction from its survey', () => {
    expect(count('cases WHERE updated_at < created_at OR updated_at > ' + DEFAULT_DEMO_NOW)).toBe(0);
    expect(count('timeline_events e JOIN cases c ON c.id = e.case_id WHERE e.at > c.updated_at OR e.at > ' + DEFAULT_DEMO_NOW)).toBe(0);
    expect(count("cases WHERE status IN ('resolved', 'closed') AND (resolved_at IS NULL OR resolution IS NULL OR resolved_at < created_at)")).toBe(0);
    expect(count("cases WHERE status NOT IN ('resolved', 'closed') AND resolved_at IS NOT NULL")).toBe(0);
    expect(count("cases WHERE scenario IN ('order', 'returnExchange') AND order_no IS NULL")).toBe(0);
    expect(count("cases WHERE created_at NOT IN (SELECT at FROM timeline_events e WHERE e.case_id = cases.id AND e.kind = 'created')")).toBe(0);
    expect(count('cases c WHERE satisfaction IS NOT (SELECT score FROM surveys s WHERE s.case_id = c.id)')).toBe(0);
    expect(count("cases c WHERE channel = 'phone' AND status <> 'new' AND NOT EXISTS (SELECT 1 FROM calls WHERE case_id = c.id)")).toBe(0);
    expect(count("returns r WHERE step <> (SELECT step FROM return_steps s WHERE s.return_id = r.id ORDER BY at DESC LIMIT 1)")).toBe(0);
    expect(count("cases c WHERE scenario = 'returnExchange' AND NOT EXISTS (SELECT 1 FROM returns WHERE case_id = c.id)")).toBe(0);
    expect(count("fault_diagnoses f JOIN cases c ON c.id = f.case_id WHERE c.scenario NOT IN ('faultDiagnosis', 'afterSales')")).toBe(0);
    for (const json of column('SELECT data FROM timeline_events UNION ALL SELECT stages FROM calls UNION ALL SELECT tags FROM customers UNION ALL SELECT steps_tried FROM fault_diagnoses UNION ALL SELECT data FROM audit_log')) {
      expect(() => JSON.parse(json as string)).not.toThrow();
    }
  });

  it('sets the SLA due times the default policy gives', () => {
    const rows = all<{ channel: 'phone'; priority: 'normal'; scenario: 'order'; severity: null; created_at: number; response_due_at: number | null; resolution_due_at: number | null }>(
      "SELECT channel, priority, scenario, severity, created_at, response_due_at, resolution_due_at FROM cases c WHERE NOT EXISTS (SELECT 1 FROM timeline_events e WHERE e.case_id = c.id AND e.kind = 'fieldChanged') LIMIT 400",
    );
    for (const r of rows) {
      const due = dueTimes({ channel: r.channel, priority: r.priority, scenario: r.scenario, severity: r.severity, createdAt: r.created_at }, defaultSlaTargets, defaultCalendar);
      expect([r.response_due_at, r.resolution_due_at]).toEqual([due.responseDueAt, due.resolutionDueAt]);
    }
  });

  it('computes working-hour deadlines exactly as the shared business calendar does', () => {
    const from = DEFAULT_DEMO_NOW - 730 * 86_400_000;
    const clock = makeDemoClock(from, DEFAULT_DEMO_NOW);
    const rng = new DemoRng(42);
    for (let i = 0; i < 500; i++) {
      // Any minute of the span, and exact openings and closings, which are the edge cases.
      const at = i % 5 === 0 ? Date.parse(`2026-0${1 + (i % 9)}-1${i % 10}T${i % 2 ? '09' : '18'}:00:00+08:00`) : from + rng.int(0, 730 * 86_400_000);
      expect([at, clock.addWorkingDays(at, 5)]).toEqual([at, addWorkingDays(defaultCalendar, at, 5)]);
      const facts = { channel: rng.pick(['chat', 'email'] as const), priority: rng.pick(['low', 'normal'] as const), scenario: 'consultation' as const, severity: null };
      const due = dueTimes({ ...facts, createdAt: at }, defaultSlaTargets, defaultCalendar);
      expect([at, clock.dueTimes(facts, at)]).toEqual([at, { responseDueAt: due.responseDueAt, resolutionDueAt: due.resolutionDueAt }]);
    }
  });

  it('leaves a sound store: no dangling references, the indexes and settings back as migrations made them, searchable', () => {
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const fresh = openDatabase(join(temp.dir, 'fresh.db'));
    const indexes = (d: WritableDB) => d.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name").all();
    expect(indexes(db)).toEqual(indexes(fresh));
    for (const pragma of ['journal_mode', 'foreign_keys', 'synchronous', 'cache_size', 'temp_store']) expect([pragma, db.pragma(pragma, { simple: true })]).toEqual([pragma, fresh.pragma(pragma, { simple: true })]);
    fresh.close();
    expect(count('search_docs')).toBe(count('cases') + count('customers') + count('kb_articles'));
    expect(search(db, { text: '退货', limit: 20 }).length).toBeGreaterThan(0);
    expect(search(db, { text: 'refund', limit: 20 }).length).toBeGreaterThan(0);
  });

  it('finds, through search as the app runs it, the newest customer by two characters of the name and a case by its number', () => {
    // The newest customer whose name has a two-character Chinese part (their given name, or surname and first character).
    const customer = one<{ id: string; name: string }>("SELECT id, name FROM customers WHERE name GLOB '[一-龥][一-龥]*' ORDER BY updated_at DESC, rowid DESC LIMIT 1");
    const part = customer.name.slice(-2);
    expect(search(db, { text: part, kinds: ['customer'], limit: 50 }).map((hit) => hit.id)).toContain(customer.id);
    // An old case (the search scans newest first) by its full number, and by the number without its branch code.
    const kase = one<{ id: string; number: string }>('SELECT id, number FROM cases ORDER BY created_at LIMIT 1 OFFSET 10');
    expect(search(db, { text: kase.number, kinds: ['case'], limit: 5 }).map((hit) => hit.id)).toContain(kase.id);
    expect(search(db, { text: kase.number.slice(5), kinds: ['case'], limit: 5 }).map((hit) => hit.id)).toContain(kase.id);
  });

  it('builds the same search index on its worker thread as a rebuild from the stored rows, and leaves no scratch file', () => {
    expect(existsSync(join(temp.dir, 'demo.db.search-build'))).toBe(false);
    db.exec("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 0)");
    const phone = one<{ phone: string }>('SELECT phone FROM customers LIMIT 1').phone.slice(3, 9);
    const order = one<{ order_no: string }>('SELECT order_no FROM cases WHERE order_no IS NOT NULL LIMIT 1').order_no.slice(-6);
    const queries = ['退货', '安装', 'refund', 'repair', '王', phone, order];
    // Every match, not search()'s newest-first bounded set: rowid order differs between the two builds.
    const found = (d: WritableDB) =>
      queries.map((text) =>
        (d.prepare("SELECT d.kind || ':' || d.ref_id AS hit FROM search_index JOIN search_docs d ON d.rowid = search_index.rowid WHERE search_index MATCH ? ORDER BY hit").pluck().all(buildMatchQuery(text)!.match) as string[]),
      );
    const seeded = found(db);
    expect(seeded.every((hits) => hits.length > 0)).toBe(true);
    const copy = join(temp.dir, 'rebuilt.db');
    db.exec(`VACUUM INTO '${copy}'`);
    const rebuilt = openDatabase(copy);
    try {
      rebuildSearchIndex(rebuilt);
      expect(found(rebuilt)).toEqual(seeded);
    } finally {
      rebuilt.close();
    }
  });

  it('is deterministic: the same seed and count write the same rows, ids included; another seed does not', async () => {
    const again = openDatabase(join(temp.dir, 'again.db'));
    const other = openDatabase(join(temp.dir, 'other.db'));
    try {
      await seedDemo(again, { cases: CASES });
      await seedDemo(other, { cases: CASES, seed: 7 });
      for (const sql of ['SELECT * FROM cases ORDER BY id', 'SELECT * FROM customers ORDER BY id', 'SELECT * FROM timeline_events ORDER BY id', 'SELECT * FROM agents ORDER BY id']) {
        expect(again.prepare(sql).all()).toEqual(db.prepare(sql).all());
      }
      expect(other.prepare('SELECT id, number FROM cases ORDER BY id LIMIT 5').all()).not.toEqual(db.prepare('SELECT id, number FROM cases ORDER BY id LIMIT 5').all());
    } finally {
      again.close();
      other.close();
    }
  });

  it('creates the documented local accounts (admin 9001, lead 1101, agents 1102–1104) whose agents carry the demo cases', async () => {
    const accounts = all<{ id: string; number: string; role: string; active: number; password_hash: string; team_id: string | null }>('SELECT id, number, role, active, password_hash, team_id FROM local_accounts ORDER BY number');
    expect(accounts.map((a) => [a.number, a.role, a.active])).toEqual([...demoAccounts].sort((a, b) => a.number.localeCompare(b.number)).map((a) => [a.number, a.role, 1]));
    for (const account of accounts) expect(await verifyPassword(DEMO_PASSWORD, account.password_hash)).toBe(true);
    // Each account is the demo agent of that number, active, and the lead's team is theirs.
    const agents = all<{ id: string; number: string; active: number; team_id: string | null }>(`SELECT id, number, active, team_id FROM agents WHERE number IN (${accounts.map(() => '?').join(',')}) ORDER BY number`, ...accounts.map((a) => a.number));
    expect(agents.map((a) => [a.id, a.active, a.team_id])).toEqual(accounts.map((a) => [a.id, 1, a.team_id]));
    const lead = accounts.find((a) => a.number === '1101')!;
    expect(accounts.filter((a) => a.role === 'agent').every((a) => a.team_id === lead.team_id)).toBe(true);
    for (const agent of accounts.filter((a) => a.role !== 'admin')) expect(count(`cases WHERE assignee_id = '${agent.id}'`)).toBeGreaterThan(0);
  });

  it('refuses a store that already has cases, and changes nothing in it', async () => {
    const before = fingerprint(db);
    await expect(seedDemo(db, { cases: 10 })).rejects.toMatchObject({ code: 'conflict' });
    expect(fingerprint(db)).toBe(before);
    await expect(seedDemo(db, { cases: -1 })).rejects.toBeInstanceOf(AppError);
  });
});

describe('npm run seed:demo', () => {
  /** Runs the script with a home folder of its own, so the default store lands in the temp folder. */
  const cli = (...args: string[]) => {
    const env = { ...process.env, HOME: join(temp.dir, 'home'), XDG_CONFIG_HOME: join(temp.dir, 'xdg'), APPDATA: join(temp.dir, 'appdata') };
    const run = spawnSync('npx', ['tsx', 'scripts/seedDemo.ts', ...args], { encoding: 'utf8', cwd: join(import.meta.dirname, '../../..'), env });
    return { code: run.status, stdout: run.stdout, stderr: run.stderr };
  };
  const defaultStore = () => defaultStorePath(process.platform, { XDG_CONFIG_HOME: join(temp.dir, 'xdg'), APPDATA: join(temp.dir, 'appdata') }, join(temp.dir, 'home'));

  it('exits 2 with a clear message on bad arguments, creating nothing', () => {
    const path = join(temp.dir, 'never.db');
    expect(cli('--cases', '-5', '--db', path)).toMatchObject({ code: 2, stderr: expect.stringContaining('whole number') });
    expect(cli('--cases', '1.5', '--db', path)).toMatchObject({ code: 2, stderr: expect.stringContaining('whole number') });
    expect(cli('--db')).toMatchObject({ code: 2, stderr: expect.stringContaining('--db needs a value') });
    expect(cli('--cases', '10', '--store', path)).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown argument: --store') });
    expect(existsSync(path)).toBe(false);
    expect(existsSync(defaultStore())).toBe(false);
  });

  it('exits 1 on a store that already has cases, leaves the file as it was and says how to start fresh', async () => {
    const path = join(temp.dir, 'full.db');
    const full = openDatabase(path);
    await seedDemo(full, { cases: 20 });
    full.close();
    const before = fileHash(path);
    const run = cli('--cases', '10', '--db', path);
    expect(run).toMatchObject({ code: 1, stderr: expect.stringContaining('already has 20 cases') });
    expect(run.stderr).toContain('To start fresh');
    expect(fileHash(path)).toBe(before);
  });

  it('seeds a new store named by --db and prints the counts and the demo accounts', () => {
    const path = join(temp.dir, 'cli.db');
    const run = cli('--cases', '30', '--db', path, '--seed', '3');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^cases\s+30$/m);
    expect(run.stdout).toMatch(/^customers\s+12$/m);
    expect(run.stdout).toContain(`seeded ${path}`);
    expect(run.stdout).toContain(`password ${DEMO_PASSWORD}`);
    expect(existsSync(defaultStore())).toBe(false);
  });

  it('with no arguments seeds 2,000 cases into the store `npm start` opens, and refuses a second run', () => {
    const path = defaultStore();
    const run = cli();
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^cases\s+2,000$/m);
    expect(run.stdout).toContain(`seeded ${path} (the store \`npm start\` opens)`);
    for (const number of ['1101', '1102']) expect(run.stdout).toContain(number);
    expect(run.stderr).toContain(`into ${path}`);

    const before = fileHash(path);
    const again = cli();
    expect(again).toMatchObject({ code: 1, stderr: expect.stringContaining('already has 2,000 cases') });
    expect(again.stderr).toContain('quit AgentDesk');
    expect(fileHash(path)).toBe(before);
  });
});
