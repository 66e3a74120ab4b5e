import type { Database } from 'better-sqlite3';
import type { Actor } from '../../src/main/store/actor';

/**
 * A small hand-made day of work for team-lead reports, with every answer worked out by hand in
 * tests/main/reports/shiftReport.test.ts. The day is Monday 16 November 2026, Beijing time; times below are
 * local. Team 售后一组 (t1: lead L, agents a1 张伟 and a2 李娜) and team 投诉组 (t2: agent a3 王芳) in
 * branch 上海一部 (b1); admin ad.
 *
 * | case | who    | channel | scenario (severity) / category / product     | created | response due / met   | resolution due / met          |
 * |------|--------|---------|----------------------------------------------|---------|----------------------|-------------------------------|
 * | c1   | a1 t1  | phone   | complaint (major) / complaintSuggestion / 洗衣机 | 09:00 | 09:00:30 / 08:55 ✓  | 11:00 / 09:07 ✓ (in the call)  |
 * | c2   | a1 t1  | chat    | consultation / consultation / 冰箱            | 10:00   | 10:00:30 / 10:01 ✗   | 12:00 / 11:00 ✓                |
 * | c3   | a2 t1  | phone   | afterSales / afterSalesRepair / 洗衣机         | 14:00   | 14:00:30 / 13:58 ✓   | 18:00 / open ✗ (escalated)     |
 * | c4   | a2 t1  | email   | complaint (minor) / complaintSuggestion / 冰箱  | 20:00   | +24 h / open (pending) | +48 h / open (pending)      |
 * | c5   | a1 t1  | phone   | order / order / 洗衣机                         | 22:00   | 22:00:30 / 21:58 ✓   | 23:59 / reopened 23:00 ✗       |
 * | c6   | a3 t2  | phone   | complaint (major) / complaintSuggestion / 洗衣机 | 11:00 | 11:00:30 / 10:58 ✓  | 15:00 / 11:05 ✓                |
 * | c7   | nobody t1 | chat | consultation / — / —                           | 03:00   | 03:00:30 / never ✗   | 05:00 / open ✗                 |
 * | c8   | a1 t1  | phone   | consultation / consultation / 冰箱            | 15 Nov  | (met)                | resolved 16 Nov 09:30 ✓        |
 */
export const day = (hhmm: string, date = '2026-11-16') => Date.parse(`${date}T${hhmm.length === 5 ? `${hhmm}:00` : hhmm}+08:00`);
export const FROM = day('00:00');
export const TO = day('00:00', '2026-11-17');
export const NOW = day('12:00', '2026-11-17');
export const OFFSET = 480;

export const lead: Actor = { agentId: 'L', role: 'lead' };
export const admin: Actor = { agentId: 'ad', role: 'admin' };
export const agent: Actor = { agentId: 'a1', role: 'agent' };

/** Writes rows as pulled data would be: not captured for sync (they are not this desktop's work). */
export function withoutCapture(db: Database, write: () => void): void {
  db.exec('UPDATE sync_state SET capture = 0 WHERE id = 1');
  try {
    write();
  } finally {
    db.exec('UPDATE sync_state SET capture = 1 WHERE id = 1');
  }
}

export function seedReportFixture(db: Database): void {
  withoutCapture(db, () => writeFixture(db));
}

function writeFixture(db: Database): void {
  db.exec(`
    INSERT INTO branches (id, code, name) VALUES ('b1', 'SH01', '上海一部');
    INSERT INTO teams (id, branch_id, name) VALUES ('t1', 'b1', '售后一组'), ('t2', 'b1', '投诉组');
    INSERT INTO agents (id, number, name, role, branch_id, team_id) VALUES
      ('L', '1100', '刘组长', 'lead', 'b1', 't1'),
      ('a1', '1101', '张伟', 'agent', 'b1', 't1'),
      ('a2', '1102', '李娜', 'agent', 'b1', 't1'),
      ('a3', '1201', '王芳', 'agent', 'b1', 't2'),
      ('ad', '9000', '管理员', 'admin', 'b1', NULL);
    INSERT INTO customers (id, name, phone, created_at, updated_at) VALUES
      ('cu1', '王女士', '13812345678', 1, 1), ('cu2', '陈先生', '13900001111', 1, 1), ('cu3', '赵女士', '13700002222', 1, 1);
  `);
  const insertCase = db.prepare(`INSERT INTO cases (id, number, customer_id, channel, status, subject, created_at, updated_at, scenario, category, priority, severity, product,
      assignee_id, team_id, branch_id, response_due_at, resolution_due_at, first_response_at, resolved_at, reopen_count)
    VALUES (@id, @number, @customer, @channel, @status, @subject, @created, @created, @scenario, @category, @priority, @severity, @product,
      @assignee, @team, 'b1', @responseDue, @resolutionDue, @firstResponse, @resolved, @reopens)`);
  const base = { status: 'inProgress', priority: 'normal', severity: null, category: null, product: null, resolved: null, firstResponse: null, reopens: 0, team: 't1' };
  const cases = [
    { id: 'c1', customer: 'cu1', channel: 'phone', status: 'resolved', subject: '洗衣机漏水，要求赔偿', created: day('09:00'), scenario: 'complaint', severity: 'major', category: 'complaintSuggestion', product: '洗衣机', assignee: 'a1', responseDue: day('09:00:30'), firstResponse: day('08:55'), resolutionDue: day('11:00'), resolved: day('09:07') },
    { id: 'c2', customer: 'cu2', channel: 'chat', status: 'resolved', subject: '冰箱怎么调温度', created: day('10:00'), scenario: 'consultation', category: 'consultation', product: '冰箱', assignee: 'a1', responseDue: day('10:00:30'), firstResponse: day('10:01'), resolutionDue: day('12:00'), resolved: day('11:00') },
    { id: 'c3', customer: 'cu3', channel: 'phone', status: 'escalated', subject: '洗衣机不脱水，回电 13700002222', created: day('14:00'), scenario: 'afterSales', category: 'afterSalesRepair', product: '洗衣机', assignee: 'a2', responseDue: day('14:00:30'), firstResponse: day('13:58'), resolutionDue: day('18:00') },
    { id: 'c4', customer: 'cu1', channel: 'email', subject: '冰箱送货太慢', created: day('20:00'), scenario: 'complaint', severity: 'minor', category: 'complaintSuggestion', product: '冰箱', assignee: 'a2', responseDue: day('20:00', '2026-11-17'), resolutionDue: day('20:00', '2026-11-18') },
    { id: 'c5', customer: 'cu2', channel: 'phone', status: 'reopened', subject: '订单改地址后仍发往旧地址，联系 13900001111', created: day('22:00'), scenario: 'order', category: 'order', product: '洗衣机', assignee: 'a1', responseDue: day('22:00:30'), firstResponse: day('21:58'), resolutionDue: day('23:59'), reopens: 1 },
    { id: 'c6', customer: 'cu3', channel: 'phone', status: 'resolved', subject: '师傅上门迟到', created: day('11:00'), scenario: 'complaint', severity: 'major', category: 'complaintSuggestion', product: '洗衣机', assignee: 'a3', team: 't2', responseDue: day('11:00:30'), firstResponse: day('10:58'), resolutionDue: day('15:00'), resolved: day('11:05') },
    { id: 'c7', customer: 'cu2', channel: 'chat', status: 'new', subject: '在吗', created: day('03:00'), scenario: 'consultation', assignee: null, responseDue: day('03:00:30'), resolutionDue: day('05:00') },
    { id: 'c8', customer: 'cu1', channel: 'phone', status: 'resolved', subject: '冰箱保修期多久', created: day('10:00', '2026-11-15'), scenario: 'consultation', category: 'consultation', product: '冰箱', assignee: 'a1', responseDue: day('10:00:30', '2026-11-15'), firstResponse: day('09:59', '2026-11-15'), resolutionDue: day('12:00', '2026-11-16'), resolved: day('09:30') },
  ];
  cases.forEach((c, i) => insertCase.run({ ...base, ...c, number: `SH01-2026111${c.id === 'c8' ? 5 : 6}-AAA-000${i + 1}` }));

  const insertCall = db.prepare(`INSERT INTO calls (id, case_id, agent_id, channel, started_at, ended_at, talk_seconds, acw_seconds, disposition) VALUES (?, ?, ?, 'phone', ?, ?, ?, ?, 'resolved')`);
  insertCall.run('k1', 'c1', 'a1', day('08:55'), day('09:05'), 600, 120);
  insertCall.run('k2', 'c3', 'a2', day('13:58'), day('14:03'), 300, 60);
  insertCall.run('k3', 'c5', 'a1', day('21:58'), day('22:02'), 240, 180);
  insertCall.run('k4', 'c6', 'a3', day('10:58'), day('10:59:40'), 100, 20);
  insertCall.run('k0', 'c8', 'a1', day('09:59', '2026-11-15'), day('10:05', '2026-11-15'), 360, 60);

  const insertEvent = db.prepare('INSERT INTO timeline_events (id, case_id, kind, at, data, actor_id) VALUES (?, ?, ?, ?, ?, ?)');
  insertEvent.run('e1', 'c3', 'escalation', day('14:01'), JSON.stringify({ kind: 'escalate', target: '二线技术', feedbackMinutes: 30, note: '', at: day('14:01') }), 'a2');
  insertEvent.run('e2', 'c8', 'transfer', day('09:20'), JSON.stringify({ kind: 'transfer', target: '财务部', feedbackMinutes: 15, note: '', at: day('09:20') }), 'a1');
  insertEvent.run('e3', 'c5', 'statusChanged', day('22:05'), JSON.stringify({ from: 'inProgress', to: 'resolved' }), 'a1');
  insertEvent.run('e4', 'c5', 'statusChanged', day('23:00'), JSON.stringify({ from: 'resolved', to: 'reopened', note: '客户说仍发往旧地址' }), 'a1');
  insertEvent.run('e5', 'c4', 'approvalRequested', day('20:05'), JSON.stringify({ remedy: 'compensation', solution: '补偿 50 元优惠券' }), 'a2');
  insertEvent.run('e6', 'c1', 'approvalRequested', day('09:03'), JSON.stringify({ remedy: 'exchange', solution: '换新机' }), 'a1');
  insertEvent.run('e7', 'c1', 'approvalGranted', day('09:05'), JSON.stringify({ remedy: 'exchange' }), 'L');
  insertEvent.run('e8', 'c6', 'approvalRequested', day('11:02'), JSON.stringify({ remedy: 'refund', solution: '退款' }), 'a3');

  const insertFollowUp = db.prepare('INSERT INTO follow_ups (id, case_id, customer_id, agent_id, kind, due_at, state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  insertFollowUp.run('f1', 'c1', 'cu1', 'a1', 'callback', day('15:00'), 'done', day('09:07'));
  insertFollowUp.run('f2', 'c2', 'cu2', 'a1', 'survey', day('16:00'), 'missed', day('11:00'));
  insertFollowUp.run('f3', 'c3', 'cu3', 'a2', 'visitConfirmation', day('18:00'), 'due', day('14:03'));
  insertFollowUp.run('f4', 'c8', 'cu1', 'a1', 'callback', day('10:00', '2026-11-17'), 'due', day('09:30'));
  insertFollowUp.run('f5', 'c6', 'cu3', 'a3', 'callback', day('12:00'), 'done', day('11:05'));

  const insertSurvey = db.prepare('INSERT INTO surveys (id, case_id, call_id, score, comment, at) VALUES (?, ?, ?, ?, ?, ?)');
  insertSurvey.run('s1', 'c1', 'k1', 5, '很满意', day('09:07'));
  insertSurvey.run('s2', 'c6', null, 2, '', day('12:00'));
  insertSurvey.run('s3', 'c8', null, 4, '', day('10:00'));
  insertSurvey.run('s4', 'c2', null, 3, '', day('11:30'));
}
