import { describe, expect, it } from 'vitest';
import { registerIpc } from '../../../src/main/ipc/registerIpc';
import { channelOf } from '../../../src/shared/channels';

type Listener = (event: unknown, payload: unknown) => unknown;

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  return { handlers, handle: (channel: string, listener: Listener) => void handlers.set(channel, listener) };
}

const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });

describe('IPC registration', () => {
  it('registers exactly the contract’s channels', () => {
    const ipc = fakeIpcMain();
    registerIpc(ipc as never, async () => ({ ok: true, value: null }));
    expect([...ipc.handlers.keys()].sort()).toEqual(Object.values(channelOf).sort());
  });

  it('dispatches only requests from the top frame of our own bundle', async () => {
    const ipc = fakeIpcMain();
    const seen: string[] = [];
    registerIpc(ipc as never, async (channel) => {
      seen.push(channel);
      return { ok: true, value: 'done' };
    });
    const listCases = ipc.handlers.get('case:list')!;
    expect(await listCases(frame('app://agentdesk/index.html'), {})).toEqual({ ok: true, value: 'done' });
    for (const event of [frame('https://evil.example/'), frame('app://agentdesk/index.html', { url: 'app://agentdesk/' }), frame('file:///etc/index.html'), { senderFrame: null }]) {
      expect(await listCases(event, {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
    expect(seen).toEqual(['case:list']);
  });
});
