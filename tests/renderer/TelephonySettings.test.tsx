import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createServer } from 'node:net';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiProvider } from '../../src/renderer/apiContext';
import { TelephonySettings } from '../../src/renderer/features/profile/TelephonySettings';
import { setupI18n } from '../../src/renderer/i18n/setupI18n';
import { realBridge } from '../support/realBridge';

let backend: ReturnType<typeof realBridge>;
afterEach(() => backend.close());
const CEILING = { timeout: 30_000 };

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((done) => probe.close(() => done()));
  return port;
}

function renderSettings() {
  backend = realBridge();
  render(
    <ApiProvider value={backend.api}>
      <I18nextProvider i18n={setupI18n('zh-CN')}>
        <TelephonySettings />
      </I18nextProvider>
    </ApiProvider>,
  );
  return userEvent.setup();
}

describe('telephony settings', () => {
  it('is off by default; switching it on generates a token and the endpoint listens on the chosen port', async () => {
    const user = renderSettings();
    const section = await screen.findByRole('region', { name: '软电话对接' }, CEILING);
    const enabled = within(section).getByRole('checkbox', { name: '启用本机电话事件接口' }) as HTMLInputElement;
    expect(enabled.checked).toBe(false);
    expect((within(section).getByLabelText('访问令牌') as HTMLInputElement).value).toBe('');
    const port = await freePort();
    await user.click(enabled);
    const portField = within(section).getByLabelText('端口');
    await user.clear(portField);
    await user.type(portField, String(port));
    await user.click(within(section).getByRole('button', { name: '保存电话设置' }));
    await within(section).findByRole('status', undefined, CEILING);
    const token = (within(section).getByLabelText('访问令牌') as HTMLInputElement).value;
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    await waitFor(() => expect(backend.services.telephony.port()).toBe(port), CEILING);
    const res = await fetch(`http://127.0.0.1:${port}/call-events`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ event: 'answer', callId: 'x1' }) });
    expect(res.status).toBe(201);
  });

  it('says what is wrong with a port or interval out of range, and saves nothing', async () => {
    const user = renderSettings();
    const section = await screen.findByRole('region', { name: '软电话对接' }, CEILING);
    const before = (await backend.api.getSettings()).ok;
    const portField = within(section).getByLabelText('端口');
    await user.clear(portField);
    await user.type(portField, '80');
    const hold = within(section).getByLabelText('保持提醒间隔（秒）');
    await user.clear(hold);
    await user.type(hold, '5');
    await user.click(within(section).getByRole('button', { name: '保存电话设置' }));
    expect(await within(section).findByText('端口要填 1024 到 65535 之间的整数', undefined, CEILING)).toBeTruthy();
    expect(within(section).getByText('提醒间隔要填 10 到 600 之间的整数秒')).toBeTruthy();
    const after = await backend.api.getSettings();
    expect(before).toBe(true);
    expect(after.ok && [after.value.telephonyPort, after.value.holdPromptSeconds, after.value.telephonyEnabled]).toEqual([17455, 45, false]);
  });
});
