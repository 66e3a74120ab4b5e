import { afterEach, describe, expect, it } from 'vitest';
import { createMainServices } from '../../../src/main/services';
import { memorySettingsBackend } from '../../../src/main/settings/settings';
import { insertPolicyRow } from '../../../src/main/store/policies/policyRows';
import { buildBridge } from '../../../src/preload/buildBridge';
import { completeStage, defaultGatePolicy, newCallDraft } from '../../../src/shared/domain/callFlow';
import { builtInDispositionsPolicy, type DispositionsPolicy } from '../../../src/shared/domain/policies/dispositionsPolicy';
import type { CallDraft } from '../../../src/shared/schemas/callDraft';
import { fingerprint } from '../../support/dbFingerprint';
import { makeTempDir } from '../../support/tempDir';
import { signedInDesktop, testAdmin } from '../../support/testAccounts';

const T0 = Date.UTC(2026, 11, 7, 2, 0);
const HOUR = 3_600_000;
const gates = { ...defaultGatePolicy, requireSurvey: false };
const refund = { code: 'refundPromised', means: 'resolvedWithFollowUp' as const, labels: { 'zh-CN': '已承诺退款', en: 'Refund promised' }, active: true };
const withRefund: DispositionsPolicy = { codes: [...builtInDispositionsPolicy.codes, refund] };
const refundRetired: DispositionsPolicy = { codes: [...builtInDispositionsPolicy.codes, { ...refund, active: false }] };

/** A consultation begun at `start`, wrapped up with `disposition`. */
function call(id: string, start: number, disposition: string): CallDraft {
  let now = start;
  let d = newCallDraft({ id, now, channel: 'phone', callerNumber: '13812345678' });
  d = completeStage({ ...d, caller: { mode: 'new', name: '王建国', phone: '13812345678', salutation: 'mr' } }, (now += 30_000), gates);
  d = completeStage({ ...d, scenario: 'consultation', confirm: { ...d.confirm, category: 'consultation', summary: '询问洗衣机保修期', keyPoints: '去年购买', restated: true, needsCollaboration: false } }, (now += 30_000), gates);
  d = completeStage({ ...d, solve: { ...d.solve, solution: '整机保修一年，电机保修十年' } }, (now += 30_000), gates);
  d = completeStage({ ...d, followUp: { ...d.followUp, solved: true, callbackDeclined: true, surveyDeclined: true } }, (now += 30_000), gates);
  return { ...d, talkEndedAt: now, record: { disposition, notes: '' } };
}

describe('disposition codes as a policy, when a call is saved', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  function desktop(as?: typeof testAdmin) {
    const clock = { now: T0 };
    const temp = makeTempDir();
    const services = createMainServices({ userDataDir: temp.dir, settingsBackend: memorySettingsBackend(), version: 't', osLocale: 'zh-CN', tokenVault: signedInDesktop(temp.dir, as), now: () => clock.now });
    cleanups.push(() => {
      services.close();
      temp.cleanup();
    });
    const api = buildBridge(services.dispatch, () => () => undefined);
    const db = services.rawDb();
    const publish = (version: number, effectiveFrom: number, body: DispositionsPolicy) =>
      insertPolicyRow(db as never, { id: `dispositions-${version}`, kind: 'dispositions', version, effectiveFrom, body, teamId: null, authorId: null, createdAt: effectiveFrom, note: '' });
    const stored = () => (db.prepare('SELECT disposition FROM calls ORDER BY started_at').all() as { disposition: string }[]).map((r) => r.disposition);
    return { clock, api, db, publish, stored };
  }

  it('refuses a code no policy in force offers, with a translatable issue, and changes nothing', async () => {
    const { clock, api, db, stored } = desktop();
    clock.now = T0 + HOUR;
    const before = fingerprint(db);
    expect(await api.finishCall({ draft: call('c1', T0, 'refundPromised') })).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'record.disposition', key: 'unknownDisposition' }] } });
    expect(await api.finishCall({ draft: call('c2', T0, 'no such code') })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(fingerprint(db)).toBe(before);
    expect(stored()).toEqual([]);
  });

  it('accepts a code added by a newer version, and stores the code itself', async () => {
    const { clock, api, publish, stored } = desktop();
    publish(2, T0 + HOUR, withRefund);
    clock.now = T0 + 2 * HOUR;
    expect(await api.finishCall({ draft: call('c1', T0 + HOUR + 60_000, 'refundPromised') })).toMatchObject({ ok: true });
    // The built-in codes stay in the new version.
    expect(await api.finishCall({ draft: call('c2', T0 + HOUR + 120_000, 'resolved') })).toMatchObject({ ok: true });
    expect(stored()).toEqual(['refundPromised', 'resolved']);
  });

  it('a draft begun while a code was offered still saves after the code is retired; a call begun after cannot use it', async () => {
    const { clock, api, db, publish, stored } = desktop();
    publish(2, T0, withRefund);
    publish(3, T0 + 2 * HOUR, refundRetired);
    clock.now = T0 + 3 * HOUR;
    expect(await api.finishCall({ draft: call('c1', T0 + HOUR, 'refundPromised') })).toMatchObject({ ok: true });
    const before = fingerprint(db);
    expect(await api.finishCall({ draft: call('c2', T0 + 2 * HOUR + 60_000, 'refundPromised') })).toMatchObject({ ok: false, error: { issues: [{ path: 'record.disposition', key: 'unknownDisposition' }] } });
    expect(fingerprint(db)).toBe(before);
    expect(stored()).toEqual(['refundPromised']);
  });

  it('an admin may retire a published code but not drop it or change what it means; nothing is stored when refused', async () => {
    const { api, db } = desktop(testAdmin);
    const publish = (body: DispositionsPolicy) => api.publishPolicy({ kind: 'dispositions', body, effectiveFrom: T0, note: '' });
    expect(await publish(withRefund)).toMatchObject({ ok: true, value: { version: 2 } });
    const before = fingerprint(db);
    const dropped = { codes: builtInDispositionsPolicy.codes };
    expect(await publish(dropped)).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'body.codes', key: 'dispositionRemoved' }] } });
    const droppedBuiltIn = { codes: withRefund.codes.filter((c) => c.code !== 'dropped') };
    expect(await publish(droppedBuiltIn)).toMatchObject({ ok: false, error: { issues: [{ path: 'body.codes', key: 'dispositionRemoved' }] } });
    const remeant = { codes: withRefund.codes.map((c) => (c.code === 'refundPromised' ? { ...c, means: 'escalated' as const } : c)) };
    expect(await publish(remeant)).toMatchObject({ ok: false, error: { issues: [{ path: `body.codes.${withRefund.codes.length - 1}.means`, key: 'dispositionMeansFixed' }] } });
    expect(fingerprint(db)).toBe(before);
    expect(await publish(refundRetired)).toMatchObject({ ok: true, value: { version: 3 } });
  });
});
