import { afterEach, describe, expect, it } from 'vitest';
import { realBridge } from '../../support/realBridge';

let backend: ReturnType<typeof realBridge>;
afterEach(() => backend.close());

function organisation(b: ReturnType<typeof realBridge>) {
  b.services.rawDb().exec(`
    INSERT INTO branches (id, code, name) VALUES ('b1', 'SH01', '上海一部'), ('b2', 'BJ01', '北京一部');
    INSERT INTO teams (id, branch_id, name) VALUES ('t1', 'b1', '一组'), ('t2', 'b2', '二组');
    INSERT INTO agents (id, number, name, role, branch_id, team_id, active) VALUES
      ('a1', '8001', 'Zhou Min', 'agent', 'b1', 't1', 1),
      ('a2', '8002', 'Chen Li', 'agent', 'b2', 't2', 1),
      ('a3', '8003', 'Adams', 'agent', 'b1', 't1', 0),
      ('a4', '8104', 'Lin Tao', 'lead', 'b1', NULL, 1);`);
}

describe('listAgents', () => {
  it('lists active agents only, ordered by name, with number, team and branch code', async () => {
    backend = realBridge({ signedIn: null });
    organisation(backend);
    const reply = await backend.api.listAgents();
    expect(reply).toEqual({
      ok: true,
      value: {
        agents: [
          { id: 'a2', name: 'Chen Li', number: '8002', teamId: 't2', branchCode: 'BJ01' },
          { id: 'a4', name: 'Lin Tao', number: '8104', teamId: null, branchCode: 'SH01' },
          { id: 'a1', name: 'Zhou Min', number: '8001', teamId: 't1', branchCode: 'SH01' },
        ],
        meId: null,
      },
    });
  });

  it('names the signed-in agent as "me"', async () => {
    backend = realBridge({ actor: () => ({ agentId: 'a2', role: 'agent' }) });
    organisation(backend);
    const reply = await backend.api.listAgents();
    expect(reply.ok && reply.value.meId).toBe('a2');
  });

  it('on a standalone desktop, "me" is the active agent with the profile\'s agent number', async () => {
    backend = realBridge({ settings: { agentNumber: '8001' }, signedIn: null });
    organisation(backend);
    expect(await backend.api.listAgents()).toMatchObject({ ok: true, value: { meId: 'a1' } });
    await backend.api.updateSettings({ agentNumber: '8003' }); // inactive: nobody
    expect(await backend.api.listAgents()).toMatchObject({ ok: true, value: { meId: null } });
  });

  it('answers an empty list on a store without agents and refuses a payload', async () => {
    backend = realBridge({ signedIn: null });
    expect(await backend.api.listAgents()).toEqual({ ok: true, value: { agents: [], meId: null } });
    const bad = await backend.services.dispatch('agent:list', { all: true });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});
