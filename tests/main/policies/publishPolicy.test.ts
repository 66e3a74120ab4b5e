import { afterEach, describe, expect, it } from 'vitest';
import { TZDate } from '@date-fns/tz';
import { createMainServices, type MainServices } from '../../../src/main/services';
import { memorySettingsBackend } from '../../../src/main/settings/settings';
import { builtInSlaPolicy } from '../../../src/shared/domain/policies/slaPolicy';
import { defaultCalendar } from '../../../src/shared/domain/businessCalendar';
import type { PolicyRecord } from '../../../src/shared/domain/policies/policyRecords';
import type { CaseSummary } from '../../../src/shared/schemas/case';
import { makeTempDir } from '../../support/tempDir';
import { signedInDesktop, testAdmin, testAgent } from '../../support/testAccounts';

type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string; issues?: { path: string; key: string }[] } };

const T0 = new TZDate(2026, 11, 7, 10, 0, 'Asia/Shanghai').getTime(); // Monday 7 December 2026, 10:00
const MIN = 60_000;
const withTarget = (id: string, minutes: number) => ({ clocks: builtInSlaPolicy.clocks.map((c) => (c.id === id ? { ...c, minutes } : c)) });

describe('publishing a policy on a standalone desktop', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  function desktop(as: typeof testAdmin, clock: { now: number }): MainServices {
    const temp = makeTempDir();
    const tokenVault = signedInDesktop(temp.dir, as);
    const services = createMainServices({ userDataDir: temp.dir, settingsBackend: memorySettingsBackend(), version: '0.0.0-test', osLocale: 'zh-CN', tokenVault, now: () => clock.now });
    cleanups.push(() => {
      services.close();
      temp.cleanup();
    });
    return services;
  }
  const call = async <T>(s: MainServices, channel: string, payload?: unknown) => (await s.dispatch(channel, payload)) as Reply<T>;

  it('the local administrator publishes new SLA targets: audited, listed after the built-in, used by cases created from then on', async () => {
    const clock = { now: T0 };
    const admin = desktop(testAdmin, clock);
    const urgent = { customerName: '王女士', customerPhone: '13800138000', channel: 'phone', subject: '紧急：停电', priority: 'urgent' };
    const responseDue = async () => {
      const made = await call<CaseSummary>(admin, 'case:create', urgent);
      if (!made.ok) throw new Error(made.error.message);
      const detail = await call<{ responseDueAt: number }>(admin, 'case:get', { caseId: made.value.id });
      return { id: made.value.id, due: detail.ok ? detail.value.responseDueAt : null };
    };
    const before = await responseDue();
    expect(before.due).toBe(T0 + 30 * MIN);

    const published = await call<PolicyRecord>(admin, 'policy:publish', { kind: 'slaTargets', body: withTarget('urgentResponse', 10), effectiveFrom: T0 + 60 * MIN, note: '紧急工单十分钟内响应' });
    if (!published.ok) throw new Error(JSON.stringify(published.error));
    expect(published.value).toMatchObject({ kind: 'slaTargets', version: 2, effectiveFrom: T0 + 60 * MIN, authorId: testAdmin.id });
    const listed = await call<PolicyRecord[]>(admin, 'policy:list');
    expect(listed.ok && listed.value.map((p) => [p.kind, p.version])).toEqual([['slaTargets', 1], ['businessCalendar', 1], ['scripts', 1], ['phrases', 1], ['stageGates', 1], ['authorityLimits', 1], ['dispositions', 1], ['slaTargets', 2]]);
    const db = admin.rawDb();
    expect(db.prepare("SELECT action, entity, field, reason FROM audit_log WHERE action = 'policyPublished'").all()).toEqual([{ action: 'policyPublished', entity: 'policy', field: 'slaTargets', reason: '紧急工单十分钟内响应' }]);
    expect(db.prepare("SELECT name FROM outbox WHERE name = 'policy.publish'").all()).toHaveLength(1);

    // Not yet in force: still 30 minutes; from its effective time on, 10.
    expect((await responseDue()).due).toBe(T0 + 30 * MIN);
    clock.now = T0 + 61 * MIN;
    expect((await responseDue()).due).toBe(clock.now + 10 * MIN);
    // The first case keeps the due time it was given.
    const first = await call<{ responseDueAt: number }>(admin, 'case:get', { caseId: before.id });
    expect(first.ok && first.value.responseDueAt).toBe(T0 + 30 * MIN);
  });

  it('refuses an agent, a time in the past and a broken body with a clear error, storing nothing', async () => {
    const clock = { now: T0 };
    const agent = desktop(testAgent, clock);
    const stored = () => agent.rawDb().prepare('SELECT count(*) AS n FROM policies').get();
    const asAgent = await call(agent, 'policy:publish', { kind: 'slaTargets', body: withTarget('urgentResponse', 10), effectiveFrom: T0 });
    expect(asAgent).toMatchObject({ ok: false, error: { code: 'forbidden', issues: [{ path: 'kind', key: 'adminOnly' }] } });

    const admin = desktop(testAdmin, clock);
    const past = await call(admin, 'policy:publish', { kind: 'slaTargets', body: withTarget('urgentResponse', 10), effectiveFrom: T0 - 3_600_000 });
    expect(past).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'effectiveFrom', key: 'effectiveInPast' }] } });
    const negative = await call(admin, 'policy:publish', { kind: 'slaTargets', body: withTarget('urgentResponse', -1), effectiveFrom: T0 });
    expect(negative).toMatchObject({ ok: false, error: { code: 'validation' } });
    const badCalendar = await call(admin, 'policy:publish', { kind: 'businessCalendar', body: { ...defaultCalendar, workStart: '19:00' }, effectiveFrom: T0 });
    expect(badCalendar).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(stored()).toEqual({ n: 0 });
    expect(admin.rawDb().prepare('SELECT count(*) AS n FROM policies').get()).toEqual({ n: 0 });
    expect(admin.rawDb().prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'policyPublished'").get()).toEqual({ n: 0 });
  });
});
