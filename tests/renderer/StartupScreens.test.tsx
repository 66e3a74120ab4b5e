import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { StartupGate } from '../../src/renderer/features/startup/StartupGate';
import { setupI18n } from '../../src/renderer/i18n/setupI18n';
import { eventChannelOf } from '../../src/shared/channels';
import { seedStore, startupBridge } from '../support/startupBridge';

let bridge: ReturnType<typeof startupBridge> | null = null;
afterEach(() => {
  bridge?.close();
  bridge = null;
});

async function renderGate(b: ReturnType<typeof startupBridge>) {
  const first = await b.api.getStartupState();
  if (!first.ok) throw new Error(first.error.message);
  const i18n = setupI18n(first.value.locale);
  return render(<StartupGate api={b.api} i18n={i18n} initial={first.value.state} renderApp={(info) => <p>app ready: {info.version}</p>} />);
}

describe('the startup screen', () => {
  it('shows progress from the first moment, follows each step, and opens the app when the store is ready', async () => {
    bridge = startupBridge();
    await renderGate(bridge);
    expect(screen.getByRole('heading', { name: 'AgentDesk 正在启动' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('正在检查本地数据库是否完好');

    bridge.emit(eventChannelOf.onStartupState, { phase: 'opening', step: 'migrating', percent: 60 });
    const bar = await screen.findByRole('progressbar', { name: '正在升级本地数据库结构…' });
    expect(bar.getAttribute('aria-valuenow')).toBe('60');
    expect(screen.getByRole('status').textContent).toContain('60%');

    await bridge.startup.start();
    expect(await screen.findByText('app ready: 0.0.0-test')).toBeTruthy();
  });

  it('in English when the settings say so', async () => {
    bridge = startupBridge({ settings: { locale: 'en' } });
    await renderGate(bridge);
    expect(screen.getByRole('heading', { name: 'AgentDesk is starting' })).toBeTruthy();
  });

  it('for a damaged store offers the backups and restores the chosen one', async () => {
    bridge = startupBridge();
    await seedStore(bridge.dir, 300, { backup: true, damage: true });
    await bridge.startup.start();
    await bridge.startup.checkStore(); // the background check finds the damage
    await renderGate(bridge);
    const user = userEvent.setup();
    expect(screen.getByRole('heading', { name: '本地数据库已损坏' })).toBeTruthy();
    expect(screen.getByText(/后台的定期完整性检查在你使用时发现/)).toBeTruthy(); // found while open: says the file was closed then
    const choices = screen.getByRole('group', { name: '从备份恢复' });
    expect(within(choices).getAllByRole('radio')).toHaveLength(1);
    expect((within(choices).getByRole('radio') as HTMLInputElement).checked).toBe(true);

    await user.click(screen.getByRole('button', { name: '导出诊断信息' }));
    const saved = await screen.findByText(/诊断文件已保存：/);
    const path = saved.textContent!.replace('诊断文件已保存：', '');
    expect(JSON.parse(readFileSync(path, 'utf8')).startup.phase).toBe('damaged');

    await user.click(screen.getByRole('button', { name: '恢复所选备份' }));
    expect(await screen.findByText('app ready: 0.0.0-test', {}, { timeout: 30_000 })).toBeTruthy();
    expect(bridge.startup.state()).toEqual({ phase: 'ready' });
  });

  it('starts on an empty store only after a confirmation, keeping the damaged file', async () => {
    bridge = startupBridge();
    await seedStore(bridge.dir, 300, { damage: true });
    await bridge.startup.start();
    await bridge.startup.checkStore();
    await renderGate(bridge);
    const user = userEvent.setup();
    expect(screen.getByText('备份文件夹里还没有可用的备份。')).toBeTruthy();
    expect((screen.getByRole('button', { name: '恢复所选备份' }) as HTMLButtonElement).disabled).toBe(true);

    await user.click(screen.getByRole('button', { name: '用空白数据库启动' }));
    const question = screen.getByRole('alertdialog', { name: '用空白数据库启动' });
    await user.click(within(question).getByRole('button', { name: '取消' }));
    expect(bridge.startup.state().phase).toBe('damaged');

    await user.click(screen.getByRole('button', { name: '用空白数据库启动' }));
    await user.click(within(screen.getByRole('alertdialog', { name: '用空白数据库启动' })).getByRole('button', { name: '用空白数据库启动' }));
    expect(await screen.findByText('app ready: 0.0.0-test', {}, { timeout: 30_000 })).toBeTruthy();
    expect(bridge.startup.state()).toEqual({ phase: 'ready' });
    expect(readdirSync(bridge.dir).filter((name) => /^agentdesk\.damaged-\d{8}-\d{6}\.db$/.test(name))).toHaveLength(1);
  });

  it('says clearly when the store cannot be opened at all', async () => {
    bridge = startupBridge();
    const path = await seedStore(bridge.dir, 1);
    const { openDatabase } = await import('../../src/main/store/openDatabase');
    const db = openDatabase(path);
    db.pragma('user_version = 999');
    db.close();
    await bridge.startup.start();
    await renderGate(bridge);
    expect(screen.getByRole('heading', { name: '无法打开本地数据库' })).toBeTruthy();
    expect(screen.getByText(/newer AgentDesk/)).toBeTruthy();
  });
});
