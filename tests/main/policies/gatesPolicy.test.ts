import { afterEach, describe, expect, it } from 'vitest';
import { createMainServices } from '../../../src/main/services';
import { memorySettingsBackend } from '../../../src/main/settings/settings';
import { insertPolicyRow } from '../../../src/main/store/policies/policyRows';
import { buildBridge } from '../../../src/preload/buildBridge';
import { completeStage, defaultGatePolicy, gateOf, newCallDraft, type GatePolicy } from '../../../src/shared/domain/callFlow';
import type { CallDraft } from '../../../src/shared/schemas/callDraft';
import { publishPolicyInput } from '../../../src/shared/schemas/policies';
import { fingerprint } from '../../support/dbFingerprint';
import { makeTempDir } from '../../support/tempDir';
import { signedInDesktop } from '../../support/testAccounts';

const T0 = Date.UTC(2026, 11, 7, 2, 0);
const HOUR = 3_600_000;
const noSurvey: GatePolicy = { ...defaultGatePolicy, requireSurvey: false };

/** A consultation answered at once, the survey never asked: passes only when the survey gate is off. */
function consultation(id: string, gates: GatePolicy): CallDraft {
  let now = T0;
  let d = newCallDraft({ id, now, channel: 'phone', callerNumber: '13812345678' });
  d = completeStage({ ...d, caller: { mode: 'new', name: '王建国', phone: '13812345678', salutation: 'mr' } }, (now += 30_000), gates);
  d = completeStage({ ...d, scenario: 'consultation', confirm: { ...d.confirm, category: 'consultation', summary: '询问洗衣机保修期', keyPoints: '去年购买', restated: true, needsCollaboration: false } }, (now += 30_000), gates);
  d = completeStage({ ...d, solve: { ...d.solve, solution: '整机保修一年，电机保修十年' } }, (now += 30_000), gates);
  d = completeStage({ ...d, followUp: { ...d.followUp, solved: true, callbackDeclined: true } }, (now += 30_000), gates);
  return { ...d, talkEndedAt: now, record: { disposition: 'resolved', notes: '' } };
}

describe('stage gates as a policy', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  it('a call is saved under the gates in force when it is saved: the survey is required by the built-in gates, not after an admin turns it off', async () => {
    const clock = { now: T0 };
    const temp = makeTempDir();
    const services = createMainServices({ userDataDir: temp.dir, settingsBackend: memorySettingsBackend(), version: 't', osLocale: 'zh-CN', tokenVault: signedInDesktop(temp.dir), now: () => clock.now });
    cleanups.push(() => {
      services.close();
      temp.cleanup();
    });
    const api = buildBridge(services.dispatch, () => () => undefined);
    expect(gateOf(consultation('c0', noSurvey), 'followUp', defaultGatePolicy)).toContain('surveyAsked');
    expect(gateOf(consultation('c0', noSurvey), 'followUp', noSurvey)).toEqual([]);

    const before = fingerprint(services.rawDb());
    expect(await api.finishCall({ draft: consultation('c1', noSurvey) })).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'followUp.surveyAsked', key: 'required' }] } });
    expect(fingerprint(services.rawDb())).toBe(before);

    insertPolicyRow(services.rawDb() as never, { id: 'gates-2', kind: 'stageGates', version: 2, effectiveFrom: T0 + HOUR, body: noSurvey, teamId: null, authorId: null, createdAt: T0, note: '' });
    clock.now = T0 + HOUR;
    expect(await api.finishCall({ draft: consultation('c2', noSurvey) })).toMatchObject({ ok: true });
  });

  it('a remedy on the authority list needs a lead’s approval before the solve stage is done; other remedies stay the agent’s call', () => {
    const limits = { ...defaultGatePolicy, approvalRemedies: ['compensation' as const] };
    const solving = (remedy: 'compensation' | 'repair', approvalRequestedAt: number | null) => {
      const d = consultation('c3', noSurvey);
      return { ...d, solve: { ...d.solve, remedy, beyondAuthority: false, approvalRequestedAt } };
    };
    expect(gateOf(solving('compensation', null), 'solve', defaultGatePolicy)).toEqual([]);
    expect(gateOf(solving('compensation', null), 'solve', limits)).toEqual(['approvalRequested']);
    expect(gateOf(solving('compensation', T0), 'solve', limits)).toEqual([]);
    expect(gateOf(solving('repair', null), 'solve', limits)).toEqual([]);
    expect(publishPolicyInput.safeParse({ kind: 'authorityLimits', body: { approvalRemedies: ['compensation', 'compensation'] }, effectiveFrom: T0 }).success).toBe(false);
    expect(publishPolicyInput.safeParse({ kind: 'authorityLimits', body: { approvalRemedies: ['freeGift'] }, effectiveFrom: T0 }).success).toBe(false);
  });

  it('a gates body is four switches, nothing else', () => {
    const parse = (body: unknown) => publishPolicyInput.safeParse({ kind: 'stageGates', body, effectiveFrom: T0 }).success;
    expect(parse(noSurvey)).toBe(true);
    expect(parse({ ...noSurvey, requireCategory: false })).toBe(false);
    expect(parse({ requireVerified: true })).toBe(false);
  });
});
