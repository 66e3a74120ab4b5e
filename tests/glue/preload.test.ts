import { describe, expect, it, vi } from 'vitest';
import { channelOf, eventChannelOf } from '../../src/shared/channels';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  listeners: new Map<string, ((event: unknown, payload: unknown) => void)[]>(),
  invoke: vi.fn(async (channel: string, payload: unknown) => ({ ok: true, value: { channel, payload } })),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: {
    invoke: electron.invoke,
    send: vi.fn(),
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => electron.listeners.set(channel, [...(electron.listeners.get(channel) ?? []), listener]),
    removeListener: (channel: string, listener: unknown) => electron.listeners.set(channel, (electron.listeners.get(channel) ?? []).filter((l) => l !== listener)),
  },
}));

await import('../../src/preload/index');

describe('the preload surface', () => {
  const api = electron.exposed.get('agentDesk') as Record<string, (request?: unknown) => Promise<unknown>>;

  it('exposes only window.agentDesk', () => {
    expect([...electron.exposed.keys()]).toEqual(['agentDesk']);
  });

  it('has one named function per verb and per event of the contract, and nothing else', () => {
    expect(Object.keys(api).sort()).toEqual([...Object.keys(channelOf), ...Object.keys(eventChannelOf)].sort());
    for (const fn of Object.values(api)) expect(typeof fn).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
    for (const leaked of ['invoke', 'send', 'on', 'ipcRenderer']) expect(api).not.toHaveProperty(leaked);
  });

  it('sends each verb to its own channel with the request as given', async () => {
    const request = { customerName: '王女士', customerPhone: '13812345678', channel: 'phone', subject: 'x' };
    expect(await api.createCase!(request)).toEqual({ ok: true, value: { channel: 'case:create', payload: request } });
    await api.getAppInfo!();
    expect(electron.invoke).toHaveBeenLastCalledWith('app:info', undefined);
  });
});

describe('events from main', () => {
  const api = electron.exposed.get('agentDesk') as { onIncomingCall(listener: (payload: unknown) => void): () => void };

  it('reach a subscriber as the payload alone, without the IPC event, until it unsubscribes', () => {
    const received: unknown[] = [];
    const stop = api.onIncomingCall((payload) => received.push(payload));
    const fire = (payload: unknown) => electron.listeners.get('event:incomingCall')!.forEach((l) => l({ sender: 'secret' }, payload));
    fire({ number: '13812345678' });
    stop();
    expect(electron.listeners.get('event:incomingCall')).toEqual([]);
    expect(received).toEqual([{ number: '13812345678' }]);
  });
});
