import { afterEach, describe, expect, it } from 'vitest';
import { createMainServices, type MainServices } from '../../../src/main/services';
import { memorySettingsBackend } from '../../../src/main/settings/settings';
import { insertPolicyRow } from '../../../src/main/store/policies/policyRows';
import { buildBridge } from '../../../src/preload/buildBridge';
import { defaultGuardRules } from '../../../src/shared/domain/phraseGuard';
import type { PolicyRecord } from '../../../src/shared/domain/policies/policyRecords';
import { publishPolicyInput } from '../../../src/shared/schemas/policies';
import { makeTempDir } from '../../support/tempDir';
import { signedInDesktop } from '../../support/testAccounts';

const T0 = Date.UTC(2026, 11, 7, 2, 0);
const HOUR = 3_600_000;

/** The built-in list without the refund over-promise, plus 爱买不买 as negative: what an admin might publish. */
const rules = [
  ...defaultGuardRules.filter((r) => r.id !== 'zh.refundPromise'),
  { id: 'zh.takeItOrLeave', locale: 'zh-CN' as const, reason: 'negative' as const, phrases: ['爱买不买'], alternatives: ['您可以再比较一下，有任何问题随时联系我们'] },
];

describe('the forbidden-phrase list as a policy', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  function desktop(clock: { now: number }): { services: MainServices; api: ReturnType<typeof buildBridge> } {
    const temp = makeTempDir();
    const services = createMainServices({ userDataDir: temp.dir, settingsBackend: memorySettingsBackend(), version: '0.0.0-test', osLocale: 'zh-CN', tokenVault: signedInDesktop(temp.dir), now: () => clock.now });
    cleanups.push(() => {
      services.close();
      temp.cleanup();
    });
    return { services, api: buildBridge(services.dispatch, () => () => undefined) };
  }

  it('a saved note is checked against the list in force when it is saved: the published list from its effective time, the built-in before', async () => {
    const clock = { now: T0 };
    const { services, api } = desktop(clock);
    // As it arrives by sync from an admin's desktop.
    const record: PolicyRecord = { id: 'phrases-2', kind: 'phrases', version: 2, effectiveFrom: T0 + HOUR, body: { rules }, teamId: null, authorId: null, createdAt: T0, note: '' };
    insertPolicyRow(services.rawDb() as never, record);
    const made = await api.createCase({ customerName: '王女士', customerPhone: '13800138000', channel: 'phone', subject: '洗衣机漏水' });
    if (!made.ok) throw new Error(made.error.message);
    const caseId = made.value.id;
    const note = (text: string) => api.addNote({ caseId, text });

    expect(await note('反正爱买不买')).toMatchObject({ ok: true });
    expect(await note('我肯定给您全额退款')).toMatchObject({ ok: false, error: { issues: [{ key: 'guardUnresolved' }] } });

    clock.now = T0 + HOUR;
    expect(await note('反正爱买不买')).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'note', key: 'guardUnresolved' }] } });
    expect(await note('我肯定给您全额退款')).toMatchObject({ ok: true });
    expect(await note('我们不负责')).toMatchObject({ ok: false });
  });

  it('refuses a list with a rule that has no phrase or no alternative, or two rules with one id', () => {
    const bad = (body: unknown) => publishPolicyInput.safeParse({ kind: 'phrases', body, effectiveFrom: T0 }).success;
    expect(bad({ rules })).toBe(true);
    expect(bad({ rules: [{ ...rules[0]!, phrases: [] }] })).toBe(false);
    expect(bad({ rules: [{ ...rules[0]!, alternatives: [] }] })).toBe(false);
    expect(bad({ rules: [rules[0]!, rules[0]!] })).toBe(false);
  });
});
