import { describe, expect, it } from 'vitest';
import type { SignedInAgent, SyncStatus } from '../../src/shared/schemas/sync';
import { Desktop, chromiumSuite, screenshotPath } from './harness';

const suite = chromiumSuite('agentdesk-e2e-sync-');
const { temp } = suite;

const agent: SignedInAgent = { id: '00000000-0000-7000-8000-000000001001', number: '1001', name: '李明', role: 'agent', branchId: 'b1', teamId: null, offline: false };

describe('sync in Chromium', () => {
  it('shows an offline desktop’s badge and panel, refused changes, and opens the case with its sync conflict', async () => {
    // Connected to a server: the signed-in agent is the server's (stubbed below for the page), not a local account.
    const desktop = new Desktop(temp.dir, 'zh-CN', { actor: () => ({ agentId: agent.id, role: 'agent', placement: { branchId: 'b1', teamId: null } }) });
    // The server address is an admin's (or the machine policy's) to set: here it is in the settings file before start.
    desktop.settings.value = { serverUrl: 'https://sync.example.com' };
    desktop.restart();
    await desktop.services.dispatch('settings:update', { agentName: '李明', agentNumber: '1001' });
    const created = (await desktop.services.dispatch('case:create', { customerName: '周女士', customerPhone: '13700001111', channel: 'phone', subject: '热水器打不着火' })) as { ok: true; value: { id: string } };
    const caseId = created.value.id;
    await desktop.services.dispatch('case:addNote', { caseId, text: '客户要求今天上门' });
    const db = desktop.services.rawDb();
    db.prepare("UPDATE outbox SET state = 'rejected', last_error = ? WHERE name = 'note.add'").run('forbiddenBranch: case belongs to branch BJ01');
    db.prepare("UPDATE outbox SET state = 'rejected', last_error = ? WHERE name = 'customer.create'").run('invalidRow: customers.phone is not a valid phone number');
    const conflict = { table: 'cases', field: 'subject', kept: '热水器打不着火', lost: '热水器点火失败', mutation: 'case.setFields' };
    db.prepare("INSERT INTO timeline_events (id, case_id, kind, at, data) VALUES ('00000000-0000-7000-8000-c00000000001', ?, 'conflict', ?, ?)").run(caseId, Date.now(), JSON.stringify(conflict));

    // No sync server here: only the sync verbs answer as an offline desktop's would; everything else is real.
    const now = Date.now();
    const offline: SyncStatus = { phase: 'offline', pending: 3, rejected: 2, indexing: 0, setAside: 0, lastSyncAt: now - 25 * 60_000, lastError: 'connect ECONNREFUSED 10.0.0.5:443', nextAttemptAt: now + 40_000 };
    const real = desktop.services.dispatch;
    const stubs: Record<string, unknown> = { 'sync:status': offline, 'sync:now': offline, 'session:get': agent };
    desktop.services = { ...desktop.services, dispatch: async (channel, payload) => (channel in stubs ? { ok: true, value: stubs[channel] } : real(channel, payload)) };

    const { page, errors } = await desktop.open(suite.browser, suite.url);
    const badge = page.getByRole('button', { name: '同步状态：离线 · 3 条待同步' });
    await badge.click();
    const panel = page.getByRole('dialog', { name: '数据同步' });
    await panel.getByRole('region', { name: '服务器未接受的修改（2）' }).waitFor();
    expect(await panel.getByText('这条记录属于其他网点，您无权修改').count()).toBe(1);
    expect(await panel.getByText(/^[1-4]?\d 秒后$/).count()).toBe(1); // the next attempt, 40 s away when the page asked (fewer once the page has loaded)
    await page.screenshot({ path: screenshotPath('sync-panel.zh-CN.png') });

    await panel.getByRole('button', { name: '打开工单' }).click();
    const detail = page.getByRole('complementary', { name: /热水器打不着火/ });
    await detail.getByText('同步冲突：问题摘要 保留「热水器打不着火」，另一处的「热水器点火失败」未采用').waitFor();
    await page.screenshot({ path: screenshotPath('case-conflict.zh-CN.png') });
    expect(errors).toEqual([]);
    await page.close();

    // Signed out: the sign-in dialog over the workspace.
    delete stubs['session:get'];
    stubs['sync:status'] = { ...offline, phase: 'idle', lastError: null, nextAttemptAt: null };
    const signedOut = await desktop.open(suite.browser, suite.url);
    await signedOut.page.getByRole('dialog', { name: '登录坐席账号' }).getByLabel('工号').waitFor();
    await signedOut.page.screenshot({ path: screenshotPath('sign-in.zh-CN.png') });
    expect(signedOut.errors).toEqual([]);
    await signedOut.page.close();
    desktop.services.close();
  });
});
