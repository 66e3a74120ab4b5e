import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiProvider } from '../../src/renderer/apiContext';
import { LeadAlertBanner } from '../../src/renderer/features/alerts/LeadAlertBanner';
import { setupI18n } from '../../src/renderer/i18n/setupI18n';
import type { CaseSummary } from '../../src/shared/schemas/case';
import { realBridge } from '../support/realBridge';
import { testAdmin, testAgent, type TestAccount } from '../support/testAccounts';
import { renderApp } from './renderApp';

const lead: TestAccount = { id: 'local-lead', number: '2002', name: '钱组长', role: 'lead', team: '一组' };
const accounts = [testAdmin, testAgent, lead];
const major = (n: number) => ({ customerName: `吴先生${n}`, customerPhone: `1391234567${n}`, channel: 'phone', subject: `投诉：空调第${n}次上门仍未修好`, scenario: 'complaint', severity: 'major', assigneeId: testAgent.id });

const saveMajorComplaint = async (backend: { services: { dispatch(channel: string, payload: unknown): Promise<unknown> } }, n = 1) => {
  const reply = (await backend.services.dispatch('case:create', major(n))) as { ok: true; value: CaseSummary };
  if (!reply.ok) throw new Error(JSON.stringify(reply));
  return reply.value;
};

describe('the lead’s major complaint alert', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const c of cleanups.splice(0)) c();
  });

  it('appears on the lead’s screen when a major complaint is saved, names the case, customer and 30-minute clock, and opens the case acknowledged', async () => {
    const app = await renderApp({ signedIn: lead, accounts });
    cleanups.push(() => app.backend.close());
    await screen.findByRole('heading', { name: '工单列表' });
    expect(screen.queryByRole('alert', { name: '重大投诉提醒' })).toBeNull();

    const saved = await saveMajorComplaint(app.backend);
    const alert = await screen.findByRole('alert', { name: '重大投诉提醒' }, { timeout: 30_000 });
    expect(alert.textContent).toContain('重大投诉，需要组长跟进');
    expect(alert.textContent).toContain(`客户 吴先生1 · 工单 ${saved.number} · 投诉：空调第1次上门仍未修好`);
    expect(alert.textContent).toContain('受理坐席：测试坐席');
    expect(alert.textContent).toMatch(/30 分钟反馈时限：请在 (\d\d\/\d\d )?\d\d:\d\d 前联系客户（还剩 (29|30) 分钟）/);

    await userEvent.setup().click(within(alert).getByRole('button', { name: '查看工单' }));
    const panel = await screen.findByRole('complementary', { name: /投诉：空调第1次上门仍未修好/ });
    expect(await within(panel).findByText('已确认重大投诉提醒')).toBeTruthy();
    expect(screen.queryByRole('alert', { name: '重大投诉提醒' })).toBeNull();
    const ack = app.backend.services.rawDb().prepare("SELECT actor_id FROM timeline_events WHERE case_id = ? AND kind = 'alertAcknowledged'").all(saved.id);
    expect(ack).toEqual([{ actor_id: lead.id }]);
  });

  it('is not shown to an agent', async () => {
    const app = await renderApp({ signedIn: testAgent, accounts }, {}, (backend) => saveMajorComplaint(backend));
    cleanups.push(() => app.backend.close());
    await screen.findByRole('row', { name: /投诉：空调第1次上门仍未修好/ }, { timeout: 30_000 });
    expect(screen.queryByRole('alert', { name: '重大投诉提醒' })).toBeNull();
  });

  it('counts the others, says when the clock has run out, and “got it” acknowledges the newest', async () => {
    const backend = realBridge({ signedIn: lead, accounts });
    cleanups.push(() => backend.close());
    await saveMajorComplaint(backend, 1);
    const newest = await saveMajorComplaint(backend, 2);
    const alerts = (await backend.api.listLeadAlerts()) as { ok: true; value: { feedbackDueAt: number }[] };
    const late = alerts.value[0]!.feedbackDueAt + 5 * 60_000;
    const opened: string[] = [];
    render(
      <ApiProvider value={backend.api}>
        <I18nextProvider i18n={setupI18n('zh-CN')}>
          <LeadAlertBanner onOpenCase={(id) => opened.push(id)} clock={() => late} />
        </I18nextProvider>
      </ApiProvider>,
    );
    const alert = await screen.findByRole('alert', { name: '重大投诉提醒' });
    expect(alert.textContent).toContain(newest.number);
    expect(alert.textContent).toContain('另有 1 条未确认的重大投诉提醒');
    expect(alert.textContent).toMatch(/反馈时限已过（应在 (\d\d\/\d\d )?\d\d:\d\d 前联系客户，已超出 5 分钟）/);
    await userEvent.setup().click(within(alert).getByRole('button', { name: '知道了' }));
    await waitFor(() => expect(screen.getByRole('alert', { name: '重大投诉提醒' }).textContent).toContain('吴先生1'), { timeout: 30_000 });
    expect(screen.getByRole('alert', { name: '重大投诉提醒' }).textContent).not.toContain('另有');
    expect(opened).toEqual([]);
  });
});
