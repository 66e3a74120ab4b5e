import { afterEach, describe, expect, it } from 'vitest';
import { createMainServices, type MainServices } from '../../../src/main/services';
import { memorySettingsBackend } from '../../../src/main/settings/settings';
import { buildBridge } from '../../../src/preload/buildBridge';
import { defaultGuardRules } from '../../../src/shared/domain/phraseGuard';
import { builtInSlaPolicy } from '../../../src/shared/domain/policies/slaPolicy';
import { makeTempDir } from '../../support/tempDir';
import { signedInDesktop, testAdmin, testAgent, type TestAccount } from '../../support/testAccounts';

/** Issue 18: a lead publishes phrases, scripts and gates for their own team; each desktop applies its agent's team's versions. */
const T0 = Date.UTC(2026, 11, 7, 2, 0);
const testLead: TestAccount = { id: 'local-lead', number: '3001', name: '测试组长', role: 'lead', team: '一组' };
const otherAgent: TestAccount = { id: 'local-agent-2', number: '2002', name: '二组坐席', role: 'agent', team: '二组' };
const accounts = [testAdmin, testAgent, testLead, otherAgent];
const banned = [...defaultGuardRules, { id: 'zh.notFound', locale: 'zh-CN' as const, reason: 'negative' as const, phrases: ['查不到'], alternatives: ['我再帮您核实一下'] }];

describe('policies for one team on a desktop', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  /** One store, signed in as `as`: every account of `accounts` in it, so the teams are the same rows. */
  function desktop(as: TestAccount, dir = makeTempDir()) {
    const services = createMainServices({ userDataDir: dir.dir, settingsBackend: memorySettingsBackend(), version: '0.0.0-test', osLocale: 'zh-CN', tokenVault: signedInDesktop(dir.dir, as, accounts), now: () => T0 });
    cleanups.push(() => services.close());
    return { services, api: buildBridge(services.dispatch, () => () => undefined), dir };
  }
  const teamOf = (services: MainServices, name: string) => (services.rawDb().prepare('SELECT id FROM teams WHERE name = ?').get(name) as { id: string }).id;
  const stored = (services: MainServices) => services.rawDb().prepare('SELECT kind, team_id FROM policies').all();

  it('a lead publishes phrases for their own team only; other teams, every team and admin-only kinds are refused with a reason, storing nothing', async () => {
    const dir = makeTempDir();
    cleanups.push(() => dir.cleanup());
    const { services, api } = desktop(testLead, dir);
    const east = teamOf(services, '一组');
    const west = teamOf(services, '二组');
    expect(await api.getPolicyScope()).toEqual({ ok: true, value: { teamId: east, teams: [expect.objectContaining({ id: east, name: '一组' })], global: false } });

    const phrases = (teamId: string | null) => api.publishPolicy({ kind: 'phrases', body: { rules: banned }, effectiveFrom: T0, teamId });
    expect(await phrases(west)).toMatchObject({ ok: false, error: { code: 'forbidden', issues: [{ path: 'teamId', key: 'ownTeamOnly' }] } });
    expect(await phrases(null)).toMatchObject({ ok: false, error: { code: 'forbidden', issues: [{ path: 'teamId', key: 'ownTeamOnly' }] } });
    const sla = await api.publishPolicy({ kind: 'slaTargets', body: builtInSlaPolicy, effectiveFrom: T0, teamId: east });
    expect(sla).toMatchObject({ ok: false, error: { code: 'forbidden', issues: [{ path: 'kind', key: 'adminOnly' }] } });
    const limits = await api.publishPolicy({ kind: 'authorityLimits', body: { approvalRemedies: [] }, effectiveFrom: T0 });
    expect(limits).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(stored(services)).toEqual([]);

    const published = await phrases(east);
    expect(published).toMatchObject({ ok: true, value: { kind: 'phrases', version: 2, teamId: east, authorId: testLead.id } });
    expect(stored(services)).toEqual([{ kind: 'phrases', team_id: east }]);
    expect(services.rawDb().prepare("SELECT args FROM outbox WHERE name = 'policy.publish'").pluck().get()).toContain(east);
  });

  it('an admin may publish for one team, but not SLA targets for one team', async () => {
    const dir = makeTempDir();
    cleanups.push(() => dir.cleanup());
    const { services, api } = desktop(testAdmin, dir);
    const west = teamOf(services, '二组');
    const scope = await api.getPolicyScope();
    expect(scope.ok && scope.value.global).toBe(true);
    expect(scope.ok && scope.value.teams.map((t) => t.name).sort()).toEqual(['一组', '二组']);
    expect(await api.publishPolicy({ kind: 'slaTargets', body: builtInSlaPolicy, effectiveFrom: T0, teamId: west })).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'teamId', key: 'notTeamScoped' }] } });
    expect(await api.publishPolicy({ kind: 'phrases', body: { rules: banned }, effectiveFrom: T0, teamId: 'no-such-team' })).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'teamId', key: 'invalidChoice' }] } });
    expect(stored(services)).toEqual([]);
    expect(await api.publishPolicy({ kind: 'phrases', body: { rules: banned }, effectiveFrom: T0, teamId: west })).toMatchObject({ ok: true, value: { teamId: west } });
  });

  it('a note is checked against the phrases of its writer’s team: the team’s list for its agents, the global list for another team', async () => {
    const dir = makeTempDir();
    cleanups.push(() => dir.cleanup());
    const lead = desktop(testLead, dir);
    expect(await lead.api.publishPolicy({ kind: 'phrases', body: { rules: banned }, effectiveFrom: T0, teamId: teamOf(lead.services, '一组') })).toMatchObject({ ok: true });
    lead.services.close();

    const noteAs = async (as: TestAccount) => {
      const { api, services } = desktop(as, dir);
      const made = await api.createCase({ customerName: '王女士', customerPhone: '13800138000', channel: 'phone', subject: '订单查询' });
      if (!made.ok) throw new Error(made.error.message);
      const reply = await api.addNote({ caseId: made.value.id, text: '系统里查不到您的订单' });
      services.close();
      return reply;
    };
    expect(await noteAs(testAgent)).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'note', key: 'guardUnresolved' }] } });
    expect(await noteAs(otherAgent)).toMatchObject({ ok: true });
  });
});
