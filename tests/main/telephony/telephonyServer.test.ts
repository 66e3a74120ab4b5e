import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordCallEvent } from '../../../src/main/actions/recordCallEvent';
import { callEventsOf } from '../../../src/main/store/calls/callEvents';
import type { WritableDB } from '../../../src/main/store/db';
import { openDatabase } from '../../../src/main/store/openDatabase';
import { startTelephonyServer, type TelephonyServer } from '../../../src/main/telephony/telephonyServer';
import { fingerprint } from '../../support/dbFingerprint';

const TOKEN = 'tok_0123456789abcdefghijklmnop';
const at = Date.UTC(2026, 11, 5, 2, 0);
let db: WritableDB;
let server: TelephonyServer;

beforeEach(async () => {
  db = openDatabase(':memory:');
  server = await startTelephonyServer({
    port: 0,
    token: TOKEN,
    onEvent: (e) => recordCallEvent(db, { callRef: e.callId, kind: e.event, at: e.at ?? at, receivedAt: at, source: 'telephony', callerNumber: e.callerNumber ?? null, agentId: null, target: e.target }),
  });
});
afterEach(async () => {
  await server.close();
  db.close();
});

const post = (body: unknown, headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` }, path = '/call-events', method = 'POST') =>
  fetch(`http://127.0.0.1:${server.port}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: method === 'POST' ? (typeof body === 'string' ? body : JSON.stringify(body)) : undefined });

describe('telephony endpoint', () => {
  it('stores a valid event and answers 201 with its id', async () => {
    const res = await post({ event: 'ring', callId: 'pbx-1', callerNumber: '138 1234 5678', at });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    expect(callEventsOf(db, 'pbx-1')).toEqual([{ id, callRef: 'pbx-1', kind: 'ring', at, source: 'telephony', callerNumber: '13812345678', data: {} }]);
  });

  it('refuses a missing or wrong token with 401 and stores nothing', async () => {
    const before = fingerprint(db);
    const body = { event: 'ring', callId: 'pbx-1', callerNumber: '13812345678' };
    expect((await post(body, {})).status).toBe(401);
    expect((await post(body, { authorization: 'Bearer wrong-token-0123456789abcdef' })).status).toBe(401);
    expect((await post(body, { authorization: TOKEN })).status).toBe(401);
    expect(fingerprint(db)).toBe(before);
  });

  it('refuses a bad body with 400 naming the field, and stores nothing', async () => {
    const before = fingerprint(db);
    const cases: [unknown, string][] = [
      [{ event: 'dance', callId: 'pbx-1' }, 'event'],
      [{ event: 'ring', callId: 'pbx-1' }, 'callerNumber'],
      [{ event: 'ring', callId: 'pbx-1', callerNumber: 'not a phone' }, 'callerNumber'],
      [{ event: 'answer', callId: 'has spaces' }, 'callId'],
      [{ event: 'answer' }, 'callId'],
      [{ event: 'hold', callId: 'pbx-1', at: 'yesterday' }, 'at'],
      [{ event: 'hold', callId: 'pbx-1', extra: 1 }, ''],
    ];
    for (const [body, field] of cases) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const reply = (await res.json()) as { error: string; issues: { path: string; key: string }[] };
      expect(reply.issues.map((i) => i.path), JSON.stringify(body)).toContain(field);
    }
    const notJson = await post('{"event": ');
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { error: string }).error).toBe('invalidJson');
    expect(fingerprint(db)).toBe(before);
  });

  it('answers only POST /call-events, and refuses an oversized body', async () => {
    expect((await post({}, undefined, '/other')).status).toBe(404);
    expect((await post(undefined, undefined, '/call-events', 'GET')).status).toBe(405);
    expect((await post({ event: 'hold', callId: 'x', target: 'y'.repeat(20_000) })).status).toBe(413);
    expect(callEventsOf(db, 'x')).toEqual([]);
  });

  it('listens on 127.0.0.1 only', async () => {
    const { networkInterfaces } = await import('node:os');
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (!external) return; // no external interface on this machine: nothing to try
    await expect(fetch(`http://${external.address}:${server.port}/call-events`, { method: 'POST' })).rejects.toThrow();
  });
});
