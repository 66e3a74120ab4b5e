import { act, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { AgentDeskApi } from '../../../src/shared/api';
import type { FollowUpItem } from '../../../src/shared/schemas/workspace';
import { useFollowUpReminders } from '../../../src/renderer/features/followups/useFollowUpReminders';
import type { Notifier } from '../../../src/renderer/features/followups/dueSoonAlerts';
import { join } from 'node:path';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { crashRecords } from '../../../src/main/logging/crashRecords';
import { webNotifier } from '../../../src/renderer/features/followups/dueSoonAlerts';
import { setupI18n } from '../../../src/renderer/i18n/setupI18n';
import { ErrorBoundary } from '../../../src/renderer/ui/ErrorBoundary';
import { realBridge } from '../../support/realBridge';
import { renderApp } from '../renderApp';

const opened: { close(): void }[] = [];
afterEach(() => opened.splice(0).forEach((b) => b.close()));

function Broken(): never {
  throw new Error('cannot read phone 13812345678 of undefined');
}

describe('the error boundary', () => {
  it('shows a translated message with a reload button instead of a blank window, and reports the error to main', async () => {
    const backend = realBridge();
    opened.push(backend);
    const reload = vi.fn();
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <I18nextProvider i18n={setupI18n('zh-CN')}>
        <ErrorBoundary api={backend.api} reload={reload}>
          <Broken />
        </ErrorBoundary>
      </I18nextProvider>,
    );
    expect(screen.getByRole('alert').textContent).toContain('界面出错了');
    await screen.findByText('错误已记录。');
    fireEvent.click(screen.getByRole('button', { name: '重新加载界面' }));
    expect(reload).toHaveBeenCalledOnce();
    const [record] = crashRecords(join(backend.dir, 'logs')).recent(5);
    expect(record).toMatchObject({ kind: 'rendererError', message: expect.stringContaining('cannot read phone') });
    expect(record!.message).not.toContain('13812345678');
    expect(record!.detail).toContain('Broken');
    quiet.mockRestore();
  });

  it('in English too', async () => {
    const backend = realBridge();
    opened.push(backend);
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <I18nextProvider i18n={setupI18n('en')}>
        <ErrorBoundary api={backend.api}>
          <Broken />
        </ErrorBoundary>
      </I18nextProvider>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Something went wrong on this screen');
    expect(screen.getByRole('button', { name: 'Reload the screen' })).toBeTruthy();
    await screen.findByText('The error was logged.');
    quiet.mockRestore();
  });
});

describe('notices from main', () => {
  it('shows the corrupt-settings notice once at start, and later notices when main says so', async () => {
    const view = await renderApp({}, {}, (backend) => backend.services.notices.add({ code: 'settingsReset', detail: '/home/agent/.config/AgentDesk/settings.corrupt-2026-11-22.json' }));
    opened.push(view.backend);
    const notice = await screen.findByText(/设置文件已损坏，已改用默认设置/);
    expect(notice.textContent).toContain('settings.corrupt-2026-11-22.json');
    // Taken means handed out: main has nothing more waiting.
    expect(await view.backend.api.takeNotices()).toEqual({ ok: true, value: [] });
    fireEvent.click(screen.getByRole('button', { name: '知道了' }));
    expect(screen.queryByText(/设置文件已损坏/)).toBeNull();

    act(() => {
      view.backend.services.notices.add({ code: 'serviceFailed', detail: 'autoUpdate' });
      view.backend.emit('event:notices', { waiting: 1 });
    });
    expect(await screen.findByText(/后台功能“自动更新”未能启动/)).toBeTruthy();
  });
});

describe('locking with the system', () => {
  it('locks the screen when main reports the OS locking or going to sleep', async () => {
    const view = await renderApp();
    opened.push(view.backend);
    await screen.findByRole('heading', { name: 'AgentDesk 客服坐席台' });
    expect(screen.queryByText('屏幕已锁定')).toBeNull();
    act(() => view.backend.emit('event:lockRequested', { reason: 'suspend' }));
    await waitFor(() => expect(screen.getByText('屏幕已锁定')).toBeTruthy());
  });
});

describe('clicking a follow-up reminder', () => {
  it('brings the window forward and opens the follow-up', () => {
    const instances: { onclick: (() => void) | null }[] = [];
    class FakeNotification {
      static permission = 'granted';
      static requestPermission = async () => 'granted';
      onclick: (() => void) | null = null;
      constructor() {
        instances.push(this);
      }
    }
    const focus = vi.fn();
    const onClick = vi.fn();
    webNotifier({ Notification: FakeNotification, focus }).show('回访即将到期', { body: '王女士 10:30', tag: 'follow-up-1', onClick });
    expect(instances).toHaveLength(1);
    instances[0]!.onclick!();
    expect(focus).toHaveBeenCalledOnce();
    expect(onClick).toHaveBeenCalledOnce();
  });
});

describe('a follow-up reminder on any screen', () => {
  it('opens the follow-up it announced when clicked', async () => {
    const T0 = Date.UTC(2026, 10, 23, 2, 0);
    const item: FollowUpItem = { id: 'f-1', caseId: 'c-1', caseNumber: 'SH01-20261123-3GK-0001', subject: '退款进度', customerId: 'u-1', customerName: '孙女士', customerPhoneMasked: '138****2222', kind: 'callback', state: 'due', dueAt: T0 + 5 * 60_000, doneAt: null, note: '', overdue: false };
    const api = { listFollowUps: async ({ view }: { view: string }) => ({ ok: true, value: view === 'today' ? [item] : [] }) } as unknown as AgentDeskApi;
    const clicks: (() => void)[] = [];
    const notifier: Notifier = { permission: () => 'granted', requestPermission: async () => 'granted', show: (_title, options) => void (options.onClick && clicks.push(options.onClick)) };
    const opened: string[] = [];
    const wrapper = ({ children }: { children: ReactNode }) => <I18nextProvider i18n={setupI18n('zh-CN')}>{children}</I18nextProvider>;
    renderHook(() => useFollowUpReminders(api, notifier, () => T0, (clicked) => opened.push(clicked.id)), { wrapper });
    await waitFor(() => expect(clicks).toHaveLength(1));
    clicks[0]!();
    expect(opened).toEqual(['f-1']);
  });
});
