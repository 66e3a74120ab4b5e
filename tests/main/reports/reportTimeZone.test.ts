import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMainServices, type MainServices } from '../../../src/main/services';
import { memorySettingsBackend } from '../../../src/main/settings/settings';
import { insertPolicyRow } from '../../../src/main/store/policies/policyRows';
import { defaultCalendar } from '../../../src/shared/domain/businessCalendar';
import type { Result } from '../../../src/shared/result';
import type { ReportOptions, ReportReply, ShiftReport } from '../../../src/shared/schemas/reports';
import { admin, FROM, NOW, seedReportFixture, TO } from '../../support/reportFixture';
import { makeTempDir } from '../../support/tempDir';

/**
 * Issue 18: a report's days and shifts are read in the time zone of the business calendar in
 * force (a policy), not the built-in Asia/Shanghai. The fixture's day is 16 November 2026 in
 * Beijing; in London (UTC+0 in November) its night shift 00:00–08:00 is 08:00–16:00 Beijing time.
 */
const temp = makeTempDir();
let services: MainServices;

beforeAll(() => {
  services = createMainServices({ userDataDir: join(temp.dir, 'profile'), settingsBackend: memorySettingsBackend({}), version: '0.0.0-test', osLocale: 'zh-CN', now: () => NOW, actor: () => admin });
  seedReportFixture(services.rawDb());
});
afterAll(() => {
  services.close();
  temp.cleanup();
});

const value = <T>(reply: unknown): T => {
  const r = reply as Result<T>;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};
let jobs = 0;
const run = async (shift: 'night' | 'early') => {
  const reply = value<ReportReply>(await services.dispatch('report:run', { jobId: `job-tz-${shift}-${++jobs}`, filter: { from: FROM, to: TO, shift } }));
  if (reply.status !== 'done') throw new Error('cancelled');
  return reply.report;
};

describe('report time zone from the calendar policy', () => {
  it('reads shifts in Beijing time under the built-in calendar, and says so', async () => {
    const night: ShiftReport = await run('night');
    expect(night.timeZone).toBe('Asia/Shanghai');
    expect(night.summary.casesOpened).toBe(1); // c7 at 03:00
    expect(value<ReportOptions>(await services.dispatch('report:options', undefined)).timeZone).toBe('Asia/Shanghai');
  });

  it('reads them in London time once a calendar in that zone is in force', async () => {
    insertPolicyRow(services.rawDb(), { id: 'cal-london', kind: 'businessCalendar', version: 2, effectiveFrom: FROM - 86_400_000, body: { ...defaultCalendar, timeZone: 'Europe/London' }, teamId: null, authorId: 'ad', createdAt: FROM - 86_400_000, note: '' });
    const night = await run('night');
    expect(night.timeZone).toBe('Europe/London');
    expect(night.summary.casesOpened).toBe(4); // c1 c2 c3 c6, 01:00–06:00 London
    const options = value<ReportOptions>(await services.dispatch('report:options', undefined));
    expect(options.timeZone).toBe('Europe/London');
  });
});
