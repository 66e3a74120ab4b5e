/**
 * `npm run bench -- store [--cases N] [--db PATH] [--iterations 300]`
 *
 * The case store at scale: seeding, case-list pages (first and deep, filtered by status and
 * assignee, newest first), search (2-character Chinese and an English word) and saving a whole
 * call wrap-up, each against the same work hand-written in raw SQL in the same run.
 * Without --db it seeds a temporary database of N cases (default 100,000) and deletes it after;
 * with --db it uses that file, seeding it first if it has no cases. Wrap-ups are written into it.
 */
import type { Database } from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { listCases } from '../src/main/store/cases/caseReads';
import { seedDemo } from '../tools/demo/seedDemo';
import { startIdleMaintenance } from '../src/main/store/search/idleMaintenance';
import { openDatabase } from '../src/main/store/openDatabase';
import { search } from '../src/main/store/search/searchQuery';
import { buildMatchQuery } from '../src/shared/domain/searchTokens';
import { saveWrapUp } from '../src/main/actions/saveWrapUp';
import { wrapUpInput } from '../src/shared/schemas/caseActions';
import { argValue, percentilesOf, printTable, round, type Percentiles } from './measure';
import { measureOpen } from './storeOpen';
import { sizeReport } from './storeSize';
import { customerNameRecall, worstSaves } from './storeSaves';

const pageSql = `SELECT c.id, c.number, c.subject, c.channel, c.status, cu.name, cu.phone, c.created_at, c.updated_at
  FROM cases c JOIN customers cu ON cu.id = c.customer_id`;

export async function run(args: string[]): Promise<void> {
  const cases = Number(argValue(args, 'cases') ?? 100_000);
  const iterations = Number(argValue(args, 'iterations') ?? 300);
  const given = argValue(args, 'db');
  const tempDir = given ? null : mkdtempSync(join(tmpdir(), 'agentdesk-bench-'));
  const path = given ?? join(tempDir!, 'store.db');
  let db = openDatabase(path);
  const figures: Record<string, number> = {};
  const rows: Record<string, string | number>[] = [];

  const existing = (db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
  if (existing === 0) {
    const start = performance.now();
    await seedDemo(db, { cases, onProgress: (done) => process.stderr.write(`\rseeding ${done.toLocaleString()} / ${cases.toLocaleString()}`) });
    process.stderr.write('\n');
    figures.seed_s = round((performance.now() - start) / 1000, 1);
    rows.push({ what: `seed ${cases.toLocaleString()} cases`, store: `${figures.seed_s} s`, raw: '', ratio: '' });
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  // As the app opens it, to the first case-list page; the integrity check runs in the background (bench/storeOpen.ts).
  figures.open_ms = Math.round(await measureOpen(path));
  db = openDatabase(path, { checkedAlready: true });
  // As in the app: checkpoints and index merges run on a timer, not inside saves.
  const stopMaintenance = startIdleMaintenance(db, () => {});
  rows.push({ what: 'open to the first case-list page', store: `${figures.open_ms} ms`, raw: '', ratio: '' });
  const total = (db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
  const events = (db.prepare('SELECT count(*) AS n FROM timeline_events').get() as { n: number }).n;
  figures.cases = total;
  figures.events_per_case = round(events / total);
  figures.bytes_per_case = Math.round(statSync(path).size / total);

  const compare = (what: string, key: string, store: Percentiles, raw: Percentiles) => {
    figures[`${key}_p95_ms`] = round(store.p95, 3);
    figures[`${key}_raw_p95_ms`] = round(raw.p95, 3);
    figures[`${key}_ratio`] = round(store.p95 / raw.p95);
    rows.push({ what, store: `p50 ${round(store.p50, 3)} / p95 ${round(store.p95, 3)} ms`, raw: `p50 ${round(raw.p50, 3)} / p95 ${round(raw.p95, 3)} ms`, ratio: `${figures[`${key}_ratio`]}×` });
  };

  // Case list: status + assignee filter, newest first, 50 rows.
  const pairs = db.prepare("SELECT assignee_id, status FROM cases WHERE assignee_id IS NOT NULL GROUP BY assignee_id, status HAVING count(*) >= 50").all() as { assignee_id: string; status: never }[];
  const rawPage = db.prepare(`${pageSql} WHERE c.status = ? AND c.assignee_id = ? ORDER BY c.updated_at DESC, c.id DESC LIMIT 51`);
  const rawCount = db.prepare('SELECT count(*) FROM cases WHERE status = ? AND assignee_id = ?');
  compare(
    'list: first page, status + assignee',
    'list_first_page',
    percentilesOf(iterations, (i) => listCases(db, { limit: 50, statuses: [pairs[i % pairs.length]!.status], assigneeId: pairs[i % pairs.length]!.assignee_id })),
    percentilesOf(iterations, (i) => {
      rawPage.all(pairs[i % pairs.length]!.status, pairs[i % pairs.length]!.assignee_id);
      rawCount.get(pairs[i % pairs.length]!.status, pairs[i % pairs.length]!.assignee_id);
    }),
  );

  // Deep page: half-way through all cases, by keyset; the OFFSET query shows what keyset avoids.
  const middle = db.prepare('SELECT updated_at AS updatedAt, id FROM cases ORDER BY updated_at DESC, id DESC LIMIT 1 OFFSET ?').get(Math.floor(total / 2)) as { updatedAt: number; id: string };
  const rawDeep = db.prepare(`${pageSql} WHERE (c.updated_at, c.id) < (?, ?) ORDER BY c.updated_at DESC, c.id DESC LIMIT 51`);
  compare(
    `list: deep page (offset ${Math.floor(total / 2).toLocaleString()})`,
    'list_deep_page',
    percentilesOf(iterations, () => listCases(db, { limit: 50, after: { key: middle.updatedAt, id: middle.id } })),
    percentilesOf(iterations, () => rawDeep.all(middle.updatedAt, middle.id)),
  );
  const offsetPage = db.prepare(`${pageSql} ORDER BY c.updated_at DESC, c.id DESC LIMIT 50 OFFSET ?`);
  const offset = percentilesOf(10, () => offsetPage.all(Math.floor(total / 2)), 1);
  figures.list_deep_page_by_offset_p95_ms = round(offset.p95, 1);
  rows.push({ what: '  (same page by OFFSET, for contrast)', store: '', raw: `p95 ${figures.list_deep_page_by_offset_p95_ms} ms`, ratio: '' });

  // Search: a 2-character Chinese term and an English word. The baseline does the same work in one
  // hand-written statement: the newest 200 matches, their rows loaded, title hits first, then newest.
  const rawSearch = db.prepare(`WITH m AS (
      SELECT d.kind, d.ref_id, s.rowid AS r FROM search_index s JOIN search_docs d ON d.rowid = s.rowid
      WHERE search_index MATCH ? ORDER BY s.rowid DESC LIMIT 200)
    SELECT m.kind, m.ref_id, coalesce(c.subject, cu.name, k.title) AS title, c.number, c.description, c.resolution, c.product, c.order_no, c.status,
      owner.name, owner.phone, coalesce(c.updated_at, cu.updated_at, k.updated_at) AS updated_at, k.body, cu.tags
    FROM m
    LEFT JOIN cases c ON m.kind = 'case' AND c.id = m.ref_id LEFT JOIN customers owner ON owner.id = c.customer_id
    LEFT JOIN customers cu ON m.kind = 'customer' AND cu.id = m.ref_id
    LEFT JOIN kb_articles k ON m.kind = 'article' AND k.id = m.ref_id
    ORDER BY instr(lower(coalesce(c.subject, cu.name, k.title)), ?) > 0 DESC, m.r DESC LIMIT 20`);
  for (const [key, term] of [
    ['search_zh2', '退货'],
    ['search_en', 'refund'],
  ] as const) {
    const match = buildMatchQuery(term)!.match;
    compare(`search "${term}"`, key, percentilesOf(iterations, () => search(db, { text: term, limit: 20 })), percentilesOf(iterations, () => rawSearch.all(match, term)));
    figures[`${key}_hits`] = search(db, { text: term, limit: 50 }).length;
  }

  // Wrap-up: case update + 5 stage events + survey + follow-up + outbox, one transaction.
  const open = db.prepare("SELECT id, status FROM cases WHERE status IN ('new', 'inProgress', 'reopened') LIMIT ?").all(iterations * 2 + 40) as { id: string; status: string }[];
  const now = Date.now();
  const wrapUp = (caseId: string) =>
    wrapUpInput.parse({
      caseId,
      call: { channel: 'phone', startedAt: now - 400_000, endedAt: now - 100_000, talkSeconds: 280, acwSeconds: 40, disposition: 'resolved', stages: ['greet', 'confirm', 'solve', 'followUp', 'record'].map((stage, i) => ({ stage, completedAt: now - 400_000 + i * 60_000 })) },
      category: 'consultation',
      resolution: '已按知识库说明指导客户完成设置',
      status: 'resolved',
      satisfaction: { score: 5, comment: '' },
      followUp: { kind: 'callback', dueAt: now + 86_400_000, note: '' },
    });
  const storeWrapUps = percentilesOf(iterations, (i) => saveWrapUp(db, wrapUp(open[i]!.id), { now, actor: { agentId: null, role: 'agent' } }));
  const rawWrapUp = rawWrapUpWriter(db);
  const rawWrapUps = percentilesOf(iterations, (i) => rawWrapUp(open[iterations + 20 + i]!.id, now));
  compare('save a call wrap-up', 'wrap_up', storeWrapUps, rawWrapUps);
  Object.assign(figures, worstSaves(db, Number(argValue(args, 'saves') ?? 2_000), iterations * 2 + 40, (id) => saveWrapUp(db, wrapUp(id), { now, actor: { agentId: null, role: 'agent' } })));
  figures.customer_name_recall = customerNameRecall(db);
  rows.push({ what: `slowest of ${figures.wrap_up_saves} saves`, store: `p99 ${figures.wrap_up_p99_ms} / max ${figures.wrap_up_max_ms} ms`, raw: `free pages +${figures.free_pages_growth_pct} %`, ratio: '' });
  rows.push({ what: 'customer name recall', store: `${figures.customer_name_recall}`, raw: '', ratio: '' });

  rows.push({ what: 'database size', store: `${figures.bytes_per_case} bytes per case`, raw: '', ratio: '' });
  stopMaintenance();
  db.pragma('wal_checkpoint(TRUNCATE)');
  const size = sizeReport(db, path, total); // dbstat: where the bytes are, after the wrap-ups
  Object.assign(figures, size.figures);
  db.close();
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  else if (!existsSync(path)) throw new Error('database vanished');
  printTable(rows);
  printTable(size.rows);
  console.log(JSON.stringify({ bench: 'store', ...figures }));
}

/** The same rows as saveWrapUp, hand-written: the baseline for its cost. */
function rawWrapUpWriter(db: Database): (caseId: string, now: number) => void {
  const updateCase = db.prepare("UPDATE cases SET status = 'resolved', resolved_at = ?, category = 'consultation', resolution = ?, satisfaction = 5, updated_at = ? WHERE id = ?");
  const insertCall = db.prepare("INSERT INTO calls (id, case_id, channel, started_at, ended_at, talk_seconds, acw_seconds, disposition, stages) VALUES (?, ?, 'phone', ?, ?, 280, 40, 'resolved', '[]')");
  const insertEvent = db.prepare("INSERT INTO timeline_events (id, case_id, kind, at, data) VALUES (?, ?, ?, ?, '{}')");
  const insertSurvey = db.prepare("INSERT INTO surveys (id, case_id, score, comment, at) VALUES (?, ?, 5, '', ?)");
  const insertFollowUp = db.prepare("INSERT INTO follow_ups (id, case_id, kind, due_at, created_at) VALUES (?, ?, 'callback', ?, ?)");
  const insertOutbox = db.prepare("INSERT INTO outbox (mutation_id, name, args, hlc) VALUES (?, 'call.wrapUp', ?, ?)");
  return db.transaction((caseId: string, now: number) => {
    updateCase.run(now, '已按知识库说明指导客户完成设置', now, caseId);
    insertCall.run(uuidv7(), caseId, now - 400_000, now - 100_000);
    for (const kind of ['statusChanged', 'stageCompleted', 'stageCompleted', 'stageCompleted', 'stageCompleted', 'stageCompleted', 'survey', 'followUpScheduled']) insertEvent.run(uuidv7(), caseId, kind, now);
    insertSurvey.run(uuidv7(), caseId, now);
    insertFollowUp.run(uuidv7(), caseId, now + 86_400_000, now);
    insertOutbox.run(uuidv7(), JSON.stringify({ caseId }), `${now}`);
  });
}
