import { afterEach, describe, expect, it } from 'vitest';
import { fingerprintFile } from '../../support/dbFingerprint';
import { realBridge } from '../../support/realBridge';
import { sampleWrapUp } from '../../support/wrapUpFixture';
import { createMainServices } from '../../../src/main/services';
import { memorySettingsBackend } from '../../../src/main/settings/settings';
import { makeTempDir } from '../../support/tempDir';
import { signedInDesktop, TEST_PASSWORD, testAdmin, testAgent } from '../../support/testAccounts';

let app: ReturnType<typeof realBridge> | undefined;
afterEach(() => app?.close());

const admin = { number: '9001', name: '周管理', password: 'admin-pass-1' };
const value = <T>(result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};

describe('first run on a standalone desktop', () => {
  it('has no administrator until setup creates one and signs them in; a second setup is refused', async () => {
    app = realBridge({ signedIn: null });
    expect(value(await app.api.getLocalAccess())).toEqual({ standalone: true, hasAdmin: false, signedIn: null });
    const signedIn = value(await app.api.setupLocalAdmin(admin));
    expect(signedIn).toMatchObject({ number: '9001', name: '周管理', role: 'admin' });
    expect(value(await app.api.getLocalAccess())).toMatchObject({ standalone: true, hasAdmin: true, signedIn: { id: signedIn.id, role: 'admin' } });
    const hash = app.services.rawDb().prepare('SELECT password_hash FROM local_accounts WHERE number = ?').pluck().get('9001') as string;
    expect(hash).toMatch(/^scrypt\$/);
    expect(hash).not.toContain(admin.password);

    const before = fingerprintFile(app.services.dbPath);
    const again = await app.api.setupLocalAdmin({ number: '9002', name: '冒名', password: 'another-pass' });
    expect(again).toMatchObject({ ok: false, error: { code: 'already_set_up' } });
    expect(fingerprintFile(app.services.dbPath)).toEqual(before);
  });

  it('refuses every write while no one is signed in, and leaves the store as it was', async () => {
    app = realBridge({ signedIn: null });
    const before = fingerprintFile(app.services.dbPath);
    const created = await app.api.createCase({ customerName: '孙先生', customerPhone: '13812345678', channel: 'phone', subject: '发票抬头错误' });
    expect(created).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    expect(await app.api.addLocalAccount({ number: '1102', name: '李四', role: 'agent', password: 'agent-pass-1' })).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    expect(fingerprintFile(app.services.dbPath)).toEqual(before);
  });

  it('rejects bad setup input with field issues and writes nothing', async () => {
    app = realBridge({ signedIn: null });
    const before = fingerprintFile(app.services.dbPath);
    const bad = await app.api.setupLocalAdmin({ number: '', name: '周管理', password: 'short' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation' } });
    if (!bad.ok) expect(bad.error.issues).toEqual(expect.arrayContaining([{ path: 'number', key: 'required' }, { path: 'password', key: 'tooShort' }]));
    expect(fingerprintFile(app.services.dbPath)).toEqual(before);
    expect(value(await app.api.getLocalAccess()).hasAdmin).toBe(false);
  });
});

describe('local accounts run by the administrator', () => {
  it('adds an agent and a lead who then sign in with their own password', async () => {
    app = realBridge({ signedIn: testAdmin });
    const agent = value(await app.api.addLocalAccount({ number: '1102', name: '李四', role: 'agent', team: '售后一组', password: 'agent-pass-1' }));
    const lead = value(await app.api.addLocalAccount({ number: '1101', name: '王组长', role: 'lead', team: '售后一组', password: 'lead-pass-1' }));
    expect(agent).toMatchObject({ number: '1102', role: 'agent', team: '售后一组', active: true });
    const list = value(await app.api.listLocalAccounts());
    expect(list.accounts.map((a) => a.number)).toEqual(['9001', '1101', '1102', '2001']);
    expect(list.teams).toEqual(['一组', '售后一组']);
    expect(JSON.stringify(list)).not.toContain('scrypt');

    value(await app.api.logout());
    expect(value(await app.api.login({ number: '1101', password: 'lead-pass-1' }))).toMatchObject({ id: lead.id, role: 'lead', name: '王组长' });
    expect(value(await app.api.getLocalAccess()).signedIn).toMatchObject({ id: lead.id, role: 'lead' });
    // The new agents are agents like any other: they can be assigned cases.
    expect(value(await app.api.listAgents()).agents.map((a) => a.number)).toContain('1102');
  });

  it('refuses account management to agents and leads, checked in main whatever the screen shows', async () => {
    app = realBridge({ signedIn: { id: 'lead-1', number: '1101', name: '王组长', role: 'lead', team: '一组' } });
    const before = fingerprintFile(app.services.dbPath);
    expect(await app.api.listLocalAccounts()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await app.api.addLocalAccount({ number: '1199', name: '赵六', role: 'admin', password: 'sneaky-pass' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await app.api.resetLocalPassword({ id: testAgent.id, password: 'taken-over' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await app.api.setLocalAccountActive({ id: testAdmin.id, active: false })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(fingerprintFile(app.services.dbPath)).toEqual(before);
  });

  it('refuses a number already in use and bad input, leaving the accounts untouched', async () => {
    app = realBridge({ signedIn: testAdmin });
    const before = fingerprintFile(app.services.dbPath);
    const taken = await app.api.addLocalAccount({ number: testAgent.number, name: '重名', role: 'agent', password: 'agent-pass-1' });
    expect(taken).toMatchObject({ ok: false, error: { code: 'conflict', issues: [{ path: 'number', key: 'numberTaken' }] } });
    const bad = await app.api.addLocalAccount({ number: '11 02', name: '', role: 'boss' as never, password: 'x' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await app.api.resetLocalPassword({ id: testAgent.id, password: 'short' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await app.api.setLocalAccountActive({ id: 'nobody', active: false })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(fingerprintFile(app.services.dbPath)).toEqual(before);
  });

  it('a wrong password, an unknown number and a deactivated account do not sign in', async () => {
    app = realBridge({ signedIn: testAdmin });
    value(await app.api.setLocalAccountActive({ id: testAgent.id, active: false }));
    expect(await app.api.setLocalAccountActive({ id: testAdmin.id, active: false })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    value(await app.api.logout());
    expect(await app.api.login({ number: testAdmin.number, password: 'wrong-password' })).toMatchObject({ ok: false, error: { code: 'bad_credentials' } });
    expect(await app.api.login({ number: '4040', password: TEST_PASSWORD })).toMatchObject({ ok: false, error: { code: 'bad_credentials' } });
    expect(await app.api.login({ number: testAgent.number, password: TEST_PASSWORD })).toMatchObject({ ok: false, error: { code: 'account_inactive' } });
    expect(value(await app.api.getLocalAccess()).signedIn).toBeNull();
    // Deactivated agents leave the assignee list.
    value(await app.api.login({ number: testAdmin.number, password: TEST_PASSWORD }));
    expect(value(await app.api.listAgents()).agents.map((a) => a.number)).not.toContain(testAgent.number);
  });

  it('a reset password replaces the old one', async () => {
    app = realBridge({ signedIn: testAdmin });
    value(await app.api.resetLocalPassword({ id: testAgent.id, password: 'fresh-pass-2' }));
    value(await app.api.logout());
    expect(await app.api.login({ number: testAgent.number, password: TEST_PASSWORD })).toMatchObject({ ok: false, error: { code: 'bad_credentials' } });
    expect(value(await app.api.login({ number: testAgent.number, password: 'fresh-pass-2' })).id).toBe(testAgent.id);
    const audit = app.services.rawDb().prepare("SELECT action, actor_id AS actorId, entity_id AS entityId FROM audit_log WHERE action = 'localPasswordReset'").all();
    expect(audit).toEqual([{ action: 'localPasswordReset', actorId: testAdmin.id, entityId: testAgent.id }]);
  });
});

describe('the signed-in agent', () => {
  it('is named on the case (assignee), its events, the call and the notes they save', async () => {
    app = realBridge();
    const now = Date.now();
    const created = value(await app.api.createCase({ customerName: '孙先生', customerPhone: '13812345678', channel: 'phone', subject: '发票抬头错误' }));
    value(await app.api.addNote({ caseId: created.id, text: '已核对发票信息' }));
    value(await app.api.saveWrapUp(sampleWrapUp(created.id, now - 600_000, { status: 'inProgress' })));
    const detail = value(await app.api.getCase({ caseId: created.id }));
    expect(detail.assigneeId).toBe(testAgent.id);
    expect(detail.assigneeName).toBe(testAgent.name);
    expect(detail.calls.map((c) => c.agentName)).toEqual([testAgent.name]);
    expect(detail.timeline.length).toBeGreaterThan(3);
    expect(detail.timeline.every((event) => event.actorId === testAgent.id)).toBe(true);
    const db = app.services.rawDb();
    expect(db.prepare('SELECT DISTINCT agent_id FROM calls').pluck().all()).toEqual([testAgent.id]);
    expect(db.prepare('SELECT DISTINCT agent_id FROM follow_ups').pluck().all()).toEqual([testAgent.id]);
    // "My open cases" is the signed-in agent's.
    expect(value(await app.api.listAgents()).meId).toBe(testAgent.id);
  });

  it('unlocks the screen with their own password only', async () => {
    app = realBridge();
    expect(await app.api.unlockSession({ password: 'not-mine' })).toMatchObject({ ok: false, error: { code: 'bad_credentials' } });
    expect(value(await app.api.unlockSession({ password: TEST_PASSWORD }))).toEqual({ unlocked: true });
    value(await app.api.logout());
    expect(await app.api.unlockSession({ password: TEST_PASSWORD })).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
  });

  it('stays signed in when the desktop restarts, until they sign out', async () => {
    const temp = makeTempDir();
    const vault = signedInDesktop(temp.dir);
    const start = () => createMainServices({ userDataDir: temp.dir, settingsBackend: memorySettingsBackend({}), version: 't', osLocale: 'zh-CN', tokenVault: vault });
    try {
      let services = start();
      services.close();
      services = start();
      expect(await services.dispatch('accounts:access', undefined)).toMatchObject({ ok: true, value: { signedIn: { id: testAgent.id } } });
      expect(await services.dispatch('session:logout', undefined)).toMatchObject({ ok: true });
      services.close();
      services = start();
      expect(await services.dispatch('accounts:access', undefined)).toMatchObject({ ok: true, value: { signedIn: null } });
      services.close();
    } finally {
      temp.cleanup();
    }
  });
});
