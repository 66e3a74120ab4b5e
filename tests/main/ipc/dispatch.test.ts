import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../src/main/ipc/dispatch';
import { createHandlers } from '../../../src/main/ipc/handlers';
import { createSettings, memorySettingsBackend } from '../../../src/main/settings/settings';
import { localAgent } from '../../../src/main/store/actor';
import { standaloneSync } from '../../../src/main/sync/standaloneSync';
import { openDatabase } from '../../../src/main/store/openDatabase';
import { AppError } from '../../../src/shared/result';
import { realBridge } from '../../support/realBridge';

let app: ReturnType<typeof realBridge>;
beforeEach(() => (app = realBridge({ now: () => Date.UTC(2026, 10, 22, 2) })));
afterEach(() => app.close());

const valid = { customerName: '李先生', customerPhone: '021-5888 6666', channel: 'chat', subject: '订单没有发货' };

/** Row counts of every table, read straight from the SQLite file. */
function snapshot(): Record<string, number> {
  const db = new BetterSqlite3(app.services.dbPath, { readonly: true });
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((t) => t.name);
  const counts = Object.fromEntries(tables.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
  db.close();
  return counts;
}

describe('dispatch', () => {
  it('creates a case through its channel and lists it back', async () => {
    const created = await app.services.dispatch('case:create', valid);
    expect(created).toMatchObject({ ok: true, value: { subject: '订单没有发货', customerPhoneMasked: '021****6666' } });
    const listed = await app.services.dispatch('case:list', {});
    expect(listed).toMatchObject({ ok: true, value: { total: 1, rows: [{ customerName: '李先生' }] } });
  });

  const bad: [string, string, unknown, string][] = [
    ['a missing field', 'case:create', { customerName: '李先生', channel: 'chat', subject: 'x' }, 'customerPhone contactRequired'],
    ['a wrong type', 'case:create', { ...valid, subject: 42 }, 'subject invalidType'],
    ['an invalid phone', 'case:create', { ...valid, customerPhone: "1'; DROP TABLE cases;--" }, 'customerPhone invalidPhone'],
    ['over-long text', 'case:create', { ...valid, subject: '字'.repeat(5000) }, 'subject tooLong'],
    ['an unknown field', 'case:create', { ...valid, status: 'closed' }, '(request) unknownField'],
    ['no payload at all', 'case:create', undefined, '(request) invalidType'],
    ['a payload that is not an object', 'case:create', 'hello', '(request) invalidType'],
    ['a limit out of range', 'case:list', { limit: 100000 }, 'limit tooLong'],
  ];

  it.each(bad)('refuses %s with a validation error value and writes nothing', async (_what, channel, payload, described) => {
    const before = snapshot();
    const result = await app.services.dispatch(channel, payload);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation');
    expect(result.error.message).toContain(described);
    expect(result.error.issues?.length).toBeGreaterThan(0);
    expect(snapshot()).toEqual(before);
  });

  it('refuses an unknown channel without calling any handler', async () => {
    const before = snapshot();
    for (const channel of ['case:delete', '', '__proto__', 'constructor', 42 as unknown as string]) {
      const result = await app.services.dispatch(channel, valid);
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
    expect(snapshot()).toEqual(before);
  });

  it('returns a handler’s own error as a value, and hides unexpected ones behind "internal"', async () => {
    const db = openDatabase(':memory:');
    const logged: string[] = [];
    const handlers = createHandlers({ db, settings: createSettings(memorySettingsBackend(), () => {}), version: 't', dataDir: '/tmp', osLocale: 'zh-CN', now: Date.now,
      actor: () => localAgent,
      ...standaloneSync(db),
    });
    const dispatch = createDispatch(
      {
        ...handlers,
        getSettings: () => {
          throw new AppError('not_found', 'no such thing');
        },
        listCases: () => {
          throw new TypeError('secret stack detail');
        },
      },
      (message) => logged.push(message),
    );
    expect(await dispatch('settings:get', undefined)).toEqual({ ok: false, error: { code: 'not_found', message: 'no such thing' } });
    const internal = await dispatch('case:list', {});
    expect(internal).toEqual({ ok: false, error: { code: 'internal', message: 'listCases failed unexpectedly' } });
    expect(JSON.stringify(internal)).not.toContain('secret');
    expect(logged).toEqual(['listCases failed unexpectedly'.replace(' unexpectedly', '')]);
    db.close();
  });

  it('reports the app as standalone and in the OS language until the user chooses', async () => {
    expect(await app.api.getAppInfo()).toMatchObject({ ok: true, value: { standalone: true, locale: 'zh-CN', dataDir: app.dir } });
    expect(await app.api.updateSettings({ locale: 'en' })).toMatchObject({ ok: true, value: { locale: 'en' } });
    expect(await app.api.getAppInfo()).toMatchObject({ ok: true, value: { locale: 'en' } });
    expect(await app.api.updateSettings({ branchCode: 'not a code!' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(app.settingsBackend.value).toMatchObject({ locale: 'en', branchCode: 'BR01' });
  });
});
