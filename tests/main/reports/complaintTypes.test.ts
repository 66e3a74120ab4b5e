import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeShiftReport } from '../../../src/main/reports/shiftReport';
import type { WritableDB } from '../../../src/main/store/db';
import { openDatabase } from '../../../src/main/store/openDatabase';
import { buildReportDocument } from '../../../src/shared/reports/reportDocument';
import { reportFilter } from '../../../src/shared/schemas/reports';
import { day, FROM, NOW, OFFSET, seedReportFixture, TO, withoutCapture } from '../../support/reportFixture';
import { makeTempDir } from '../../support/tempDir';

const temp = makeTempDir();
let db: WritableDB;
beforeAll(() => {
  db = openDatabase(join(temp.dir, 'store.db'));
  seedReportFixture(db);
  // Two more complaints of other types: about a repair (graded minor, breached) and about an order (not graded yet).
  withoutCapture(db, () => {
    const insert = db.prepare(`INSERT INTO cases (id, number, customer_id, channel, status, subject, created_at, updated_at, scenario, category, priority, severity, product,
        assignee_id, team_id, branch_id, response_due_at, resolution_due_at, first_response_at, resolved_at, reopen_count)
      VALUES (?, ?, 'cu1', 'phone', ?, ?, ?, ?, 'complaint', ?, 'normal', ?, '洗衣机', 'a1', 't1', 'b1', ?, ?, ?, ?, 0)`);
    insert.run('c9', 'SH01-20261116-AAA-0009', 'inProgress', '师傅修了三次还漏水', day('12:00'), day('12:00'), 'afterSalesRepair', 'minor', day('12:00:30'), day('13:00'), day('11:58'), null);
    insert.run('c10', 'SH01-20261116-AAA-0010', 'resolved', '订单被取消没有通知', day('13:00'), day('13:00'), 'order', null, day('13:00:30'), day('15:00'), day('12:58'), day('13:30'));
  });
});
afterAll(() => {
  db.close();
  temp.cleanup();
});

describe('complaints in the shift report', () => {
  it('are counted by type (the case category) and severity, not by severity alone', async () => {
    const report = await computeShiftReport(db, reportFilter.parse({ from: FROM, to: TO }), { now: NOW, personalData: false, utcOffsetMinutes: OFFSET });
    expect(report.summary.complaints).toBe(5);
    expect(report.complaints).toEqual([
      { category: 'complaintSuggestion', severity: 'major', cases: 2, resolved: 2, open: 0, breached: 0 },
      { category: 'complaintSuggestion', severity: 'minor', cases: 1, resolved: 0, open: 1, breached: 0 },
      { category: 'afterSalesRepair', severity: 'minor', cases: 1, resolved: 0, open: 1, breached: 1 },
      { category: 'order', severity: 'unspecified', cases: 1, resolved: 1, open: 0, breached: 0 },
    ]);

    const doc = buildReportDocument(report, 'zh-CN', OFFSET);
    const table = doc.tables.find((t) => t.id === 'complaints')!;
    expect(table.columns.map((c) => c.header)).toEqual(['投诉类型', '严重程度', '工单数', '已解决', '未解决', '超时']);
    expect(table.rows).toEqual([
      ['投诉建议', '重大投诉', 2, 2, 0, 0],
      ['投诉建议', '一般投诉', 1, 0, 1, 0],
      ['售后维修', '一般投诉', 1, 0, 1, 1],
      ['订单', '未分级', 1, 1, 0, 0],
    ]);
    // The chart: one bar per type, stacked by severity.
    expect(table.chart).toMatchObject({
      categories: ['投诉建议', '售后维修', '订单'],
      series: [
        { key: 'major', name: '重大投诉', values: [2, 0, 0] },
        { key: 'minor', name: '一般投诉', values: [1, 1, 0] },
        { key: 'unspecified', name: '未分级', values: [0, 0, 1] },
      ],
      stacked: true,
    });
    const en = buildReportDocument(report, 'en', OFFSET).tables.find((t) => t.id === 'complaints')!;
    expect(en.columns.map((c) => c.header).slice(0, 2)).toEqual(['Complaint type', 'Severity']);
  });
});
