import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../src/renderer/apiContext';
import { BackupSection } from '../../src/renderer/features/profile/BackupSection';
import { setupI18n } from '../../src/renderer/i18n/setupI18n';
import { seedStore, startupBridge } from '../support/startupBridge';

let bridge: ReturnType<typeof startupBridge> | null = null;
afterEach(() => {
  bridge?.close();
  bridge = null;
});

const count = () => (bridge!.startup.services()!.rawDb().prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;

function renderSection(locale: 'zh-CN' | 'en' = 'zh-CN') {
  return render(
    <I18nextProvider i18n={setupI18n(locale)}>
      <ApiProvider value={bridge!.api}>
        <BackupSection />
      </ApiProvider>
    </I18nextProvider>,
  );
}

describe('the backup section of the profile dialog', () => {
  it('shows the schedule, backs up now, and restores a backup after a confirmation', async () => {
    bridge = startupBridge();
    await seedStore(bridge.dir, 12);
    await bridge.startup.start();
    renderSection();
    const user = userEvent.setup();
    expect(await screen.findByText('每 24 小时自动备份一次，保留 14 天（最新的一份始终保留）。')).toBeTruthy();
    expect(screen.getByText('还没有备份。')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: '立即备份' }));
    expect(await screen.findByText('已备份：agentdesk-20261205-080000.db', {}, { timeout: 30_000 })).toBeTruthy();
    const list = await screen.findByRole('list', { name: '已有备份' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);

    // Cases written after the backup; restoring goes back to the 12.
    const { createCase } = await import('../../src/main/actions/caseActions');
    const { localAgent } = await import('../../src/main/store/actor');
    createCase(bridge.startup.services()!.rawDb(), { customerName: '新客户', customerPhone: '13900009999', channel: 'phone', subject: '备份之后' }, { now: Date.now(), actor: localAgent, branchCode: 'SH01', utcOffsetMinutes: 480 });
    expect(count()).toBe(13);

    await user.click(within(list).getByRole('button', { name: '恢复' }));
    const question = screen.getByRole('alertdialog');
    expect(question.textContent).toContain('当前文件会另存保留');
    await user.click(within(question).getByRole('button', { name: '取消' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(count()).toBe(13);

    await user.click(within(list).getByRole('button', { name: '恢复' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: '确定恢复' }));
    expect(await screen.findByText(/原来的数据库文件已保留为：.*agentdesk\.before-restore-/, {}, { timeout: 30_000 })).toBeTruthy();
    expect(count()).toBe(12);
    await vi.waitFor(() => expect(bridge!.reloads()).toBe(1), { timeout: 30_000 }); // main reloads the window on the restored store
  });

  it('says in words when a backup cannot be restored, and changes nothing', async () => {
    bridge = startupBridge();
    await seedStore(bridge.dir, 3);
    await bridge.startup.start();
    const api = bridge.api;
    bridge.api = { ...api, restoreBackup: () => api.restoreBackup({ name: 'agentdesk-20200101-000000.db' }) };
    await api.backUpNow();
    renderSection('en');
    const user = userEvent.setup();
    const list = await screen.findByRole('list', { name: 'Backups on hand' });
    await user.click(within(list).getByRole('button', { name: 'Restore' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Restore' }));
    expect((await screen.findByRole('alert')).textContent).toBe('That record was not found; it may have been removed.');
    expect(count()).toBe(3);
  });
});
