import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addNote, changeCaseStatus, createCase, updateCase } from '../../src/main/actions/caseActions';
import { nextStatuses } from '../../src/shared/domain/caseStatus';
import type { CaseStatus } from '../../src/shared/schemas/case';
import type { AuthedAgent } from '../../src/server/auth/authedAgent';
import type { ServerDb } from '../../src/server/storage/serverDb';
import { ClientIdTakenError, pushMutations, SeqGapError } from '../../src/server/sync/pushMutations';
import type { MutationResult, PushedMutation, RowEffect } from '../../src/shared/sync/protocol';
import { nextPushBatch } from '../../src/main/sync/pushOutbox';
import { agentOf, BRANCH_A, BRANCH_B, desktopRows, openDesktop, seedOrganisation, serverRows, type Desktop } from '../support/syncHarness';
import { backends, openFreshServerDb } from './serverTestDb';
import { restoreServer, snapshotServer, type ServerSnapshot } from '../support/serverSnapshot';
import { makeTempDir } from '../support/tempDir';

const T0 = Date.UTC(2026, 10, 23, 1, 0);

type Action =
  | { kind: 'edit'; client: number; caseIndex: number; field: 'subject' | 'priority' | 'description'; value: number; skew: number }
  | { kind: 'note'; client: number; caseIndex: number; value: number }
  | { kind: 'status'; client: number; caseIndex: number; pick: number }
  | { kind: 'network'; client: number; online: boolean }
  | { kind: 'sync'; client: number }
  | { kind: 'lostAck'; client: number }
  | { kind: 'restart'; client: number }
  /** The server database is copied (backup), or put back to the last copy (restore from an older backup). */
  | { kind: 'backup' }
  | { kind: 'restore' }
  /** Pushes from a second agent: a case with a number another case has (device codes collided), or hostile ones. */
  | { kind: 'attack'; attack: 'duplicateNumber' | 'repoint' | 'forgeActor' | 'spoofClientId'; client: number; caseIndex: number };

const clients = 3;
const client = fc.integer({ min: 0, max: clients - 1 });
const caseIndex = fc.integer({ min: 0, max: 1 });
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), client, caseIndex, field: fc.constantFrom('subject' as const, 'priority' as const, 'description' as const), value: fc.nat(1_000), skew: fc.constantFrom(0, 3_600_000, -3_600_000, 86_400_000) }),
  fc.record({ kind: fc.constant('note' as const), client, caseIndex, value: fc.nat(1_000) }),
  fc.record({ kind: fc.constant('status' as const), client, caseIndex, pick: fc.nat(10) }),
  fc.record({ kind: fc.constant('network' as const), client, online: fc.boolean() }),
  fc.record({ kind: fc.constant('sync' as const), client }),
  fc.record({ kind: fc.constant('lostAck' as const), client }),
  fc.record({ kind: fc.constant('restart' as const), client }),
  fc.record({ kind: fc.constant('backup' as const) }),
  fc.record({ kind: fc.constant('restore' as const) }),
  fc.record({ kind: fc.constant('attack' as const), attack: fc.constantFrom('duplicateNumber' as const, 'repoint' as const, 'forgeActor' as const, 'spoofClientId' as const), client, caseIndex }),
);
const priorities = ['low', 'normal', 'high', 'urgent'] as const;

const customerRow = (id: string, branchId: string, at: number) => ({
  id, name: '外来客户', phone: '13700000000', created_at: at, updated_at: at, salutation: null, email: null, account_no: null, id_card: null,
  address: null, birthday: null, tags: '[]', branch_id: branchId,
});
const caseRow = (id: string, number: string, customerId: string, branchId: string, at: number) => ({
  id, number, customer_id: customerId, channel: 'phone', status: 'new', subject: '外来工单', created_at: at, updated_at: at, scenario: 'consultation',
  category: null, priority: 'normal', severity: null, description: '', product: null, order_no: null, assignee_id: null, team_id: null, branch_id: branchId,
  response_due_at: null, resolution_due_at: null, first_response_at: null, resolved_at: null, resolution: null, satisfaction: null, reopen_count: 0, tags: '[]',
});

/** A pusher that is not a desktop of the property: raw mutations under its own client id. */
function rawPusher(server: ServerDb, agent: AuthedAgent, clientId: string) {
  let seq = 0;
  const sentLog: PushedMutation[] = [];
  return {
    clientId,
    sent: () => seq,
    /** After a restore: like a desktop, it sends again what the server no longer holds (kept, as a desktop keeps them). */
    rewind: async (at: number) => {
      const [row] = await server.read((tx) => tx.all<{ last_seq: number }>('SELECT last_seq FROM sync_clients WHERE client_id = $1', [clientId]));
      const held = row ? Number(row.last_seq) : 0;
      const lost = sentLog.filter((m) => m.seq > held);
      if (lost.length > 0) await pushMutations(server, agent, { clientId, mutations: lost }, at);
    },
    push: async (effects: RowEffect[], at: number): Promise<MutationResult> => {
      seq += 1;
      const hlc = `${String(at).padStart(15, '0')}-00000-${clientId}`;
      const mutation: PushedMutation = { seq, id: randomUUID(), name: 'raw.push', args: {}, hlc, effects };
      sentLog.push(mutation);
      const answer = await pushMutations(server, agent, { clientId, mutations: [mutation] }, at);
      return answer.results[0]!;
    },
  };
}

describe.each(backends)('sync property (%s)', (backend) => {
  it('N desktops, random edits, disconnects, lost acknowledgements, restarts and server restores from an older backup: every mutation ends applied or rejected, and every replica equals the server', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 5, maxLength: 40 }), async (actions) => {
        const temp = makeTempDir();
        const fresh = await openFreshServerDb(backend, temp.dir);
        const server = fresh.db;
        const agents = Array.from({ length: clients }, (_, i) => agentOf(String(1001 + i)));
        const mallory = agentOf('2001', BRANCH_B);
        await seedOrganisation(server, [...agents, mallory]);
        const second = rawPusher(server, agents[1]!, 'second-agent-desk');
        const hostile = rawPusher(server, mallory, 'mallory-desk');
        let clock = T0;
        const now = () => clock;
        const desktops: Desktop[] = agents.map((agent, i) => openDesktop(temp.dir, `d${i}`, server, agent, now));
        const made = new Map<string, number>(); // client id -> mutations made
        let backup: ServerSnapshot | null = null;
        try {
          for (const d of desktops) await d.client.syncNow();
          const caseIds = [0, 1].map((i) => createCase(desktops[0]!.db, { customerName: `客户${i}`, customerPhone: `1380000000${i}`, channel: 'phone', subject: `工单${i}` }, desktops[0]!.ctx(clock)));
          for (const d of desktops) await d.client.syncNow();
          const ins = (t: string, k: string, f: RowEffect['f']): RowEffect => ({ t, k, op: 'i', f });
          expect(await hostile.push([ins('customers', 'm-cus', customerRow('m-cus', BRANCH_B, clock)), ins('cases', 'm-case', caseRow('m-case', 'BJ01-20261123-MMMMMMMMMM-0001', 'm-cus', BRANCH_B, clock))], clock)).toMatchObject({ status: 'applied' });
          const fu = { id: 'm-fu', case_id: 'm-case', customer_id: 'm-cus', agent_id: mallory.id, kind: 'callback', due_at: clock, state: 'due', done_at: null, note: '恶意', created_at: clock };
          expect(await hostile.push([ins('follow_ups', 'm-fu', fu)], clock)).toMatchObject({ status: 'applied' });

          for (const a of actions) {
            clock += 1_000;
            const d = desktops['client' in a ? a.client : 0]!;
            switch (a.kind) {
              case 'edit': {
                const caseId = caseIds[a.caseIndex]!;
                const value = a.field === 'priority' ? priorities[a.value % 4]! : `${a.field}-${a.client}-${a.value}`;
                updateCase(d.db, caseId, { [a.field]: value }, d.ctx(clock + a.skew));
                break;
              }
              case 'note':
                addNote(d.db, caseIds[a.caseIndex]!, `备注 ${a.value}`, d.ctx(clock));
                break;
              case 'status': {
                const caseId = caseIds[a.caseIndex]!;
                const { status } = d.db.prepare('SELECT status FROM cases WHERE id = ?').get(caseId) as { status: CaseStatus };
                const options = nextStatuses(status);
                changeCaseStatus(d.db, { caseId, from: status, to: options[a.pick % options.length]! }, d.ctx(clock));
                break;
              }
              case 'network':
                d.transport.online = a.online;
                break;
              case 'sync':
                await d.client.syncNow();
                break;
              case 'lostAck': {
                // The server commits the batch but the answer never arrives (killed between commit and ack).
                const batch = nextPushBatch(d.db);
                // (a server restored behind this desktop refuses it as a gap: then nothing was committed)
                if (batch && d.transport.online) await pushMutations(server, d.agent, batch, clock).catch((error: unknown) => {
                  if (!(error instanceof SeqGapError)) throw error;
                });
                break;
              }
              case 'backup':
                backup = await snapshotServer(server);
                break;
              case 'restore': {
                if (!backup) break;
                await restoreServer(server, backup);
                await second.rewind(clock);
                await hostile.rewind(clock);
                break;
              }
              case 'attack': {
                const caseId = caseIds[a.caseIndex]!;
                if (a.attack === 'duplicateNumber') {
                  const [held] = await server.read((tx) => tx.all<{ data: string }>("SELECT data FROM records WHERE tbl = 'cases' AND pk = $1", [caseId]));
                  const number = (JSON.parse(held!.data) as { number: string }).number;
                  const id = randomUUID();
                  expect(await second.push([ins('customers', `cus-${id}`, customerRow(`cus-${id}`, BRANCH_A, clock)), ins('cases', id, caseRow(id, number, `cus-${id}`, BRANCH_A, clock))], clock)).toMatchObject({ status: 'applied' });
                } else if (a.attack === 'repoint') {
                  const result = await hostile.push([{ t: 'follow_ups', k: 'm-fu', op: 'u', f: { case_id: caseId, note: '越权' }, o: { case_id: 'm-case', note: '恶意' } }], clock);
                  expect(result).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/^forbiddenBranch: /) });
                } else if (a.attack === 'forgeActor') {
                  const id = randomUUID();
                  const result = await second.push([ins('timeline_events', id, { id, case_id: caseId, kind: 'approvalGranted', at: clock, data: '{}', actor_id: agents[0]!.id })], clock);
                  expect(result).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/^invalidRow: timeline_events\.actor_id/) });
                } else {
                  // Another agent pushes under a desktop's client id (once that desktop has registered it by pushing).
                  const id = d.db.prepare('SELECT client_id FROM sync_state').pluck().get() as string;
                  const [registered] = await server.read((tx) => tx.all<{ last_seq: number }>('SELECT last_seq FROM sync_clients WHERE client_id = $1', [id]));
                  if (!registered) break;
                  const spoof = { clientId: id, mutations: [{ seq: Number(registered.last_seq) + 1, id: randomUUID(), name: 'case.setFields', args: {}, hlc: `${String(clock).padStart(15, '0')}-00000-${id}`, effects: [{ t: 'cases', k: caseId, op: 'u' as const, f: { subject: '冒名' } }] }] };
                  await expect(pushMutations(server, agents[(a.client + 1) % clients]!, spoof, clock)).rejects.toBeInstanceOf(ClientIdTakenError);
                }
                break;
              }
              case 'restart': {
                // The desktop is killed and started again on the same file.
                d.close();
                desktops[a.client] = openDesktop(temp.dir, `d${a.client}`, server, d.agent, now);
                desktops[a.client]!.transport.online = d.transport.online;
                break;
              }
            }
          }
          for (const d of desktops) {
            const { client_id: id, seq } = d.db.prepare("SELECT client_id, (SELECT seq FROM sqlite_sequence WHERE name = 'outbox') AS seq FROM sync_state").get() as { client_id: string; seq: number };
            made.set(id, seq);
          }

          // The network comes back for everyone; two rounds so each desktop sees the others' last changes.
          for (const d of desktops) d.transport.online = true;
          for (let round = 0; round < 2; round++) for (const d of desktops) await d.client.syncNow();

          const expected = await serverRows(server, BRANCH_A);
          for (const d of desktops) {
            expect(d.client.status().pending).toBe(0);
            expect(desktopRows(d.db)).toEqual(expected);
          }
          const numbers = Object.entries(expected).filter(([key]) => key.startsWith('cases/')).map(([, row]) => row['number']);
          expect(new Set(numbers).size).toBe(numbers.length);
          expect(Object.keys(expected).some((key) => key.includes('m-fu') || key.includes('m-case'))).toBe(false);
          made.set(second.clientId, second.sent());
          made.set(hostile.clientId, hostile.sent());
          const outcomes = await server.read((tx) => tx.all<{ client_id: string; n: number; last: number }>('SELECT client_id, count(*) AS n, max(seq) AS last FROM sync_mutations GROUP BY client_id'));
          for (const { client_id: id, n, last } of outcomes) {
            expect(Number(n)).toBe(made.get(id));
            expect(Number(last)).toBe(made.get(id));
          }
        } finally {
          for (const d of desktops) d.close();
          await fresh.cleanup();
          temp.cleanup();
        }
      }),
      { numRuns: Number(process.env['AGENTDESK_PROPERTY_RUNS'] ?? 12) },
    );
  }, 300_000);
});
