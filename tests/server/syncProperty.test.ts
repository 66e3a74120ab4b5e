import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addNote, changeCaseStatus, createCase, updateCase } from '../../src/main/actions/caseActions';
import { nextStatuses } from '../../src/shared/domain/caseStatus';
import type { CaseStatus } from '../../src/shared/schemas/case';
import { pushMutations } from '../../src/server/sync/pushMutations';
import { nextPushBatch } from '../../src/main/sync/pushOutbox';
import { agentOf, BRANCH_A, desktopRows, openDesktop, seedOrganisation, serverRows, type Desktop } from '../support/syncHarness';
import { backends, openFreshServerDb } from './serverTestDb';
import { makeTempDir } from '../support/tempDir';

const T0 = Date.UTC(2026, 10, 23, 1, 0);

type Action =
  | { kind: 'edit'; client: number; caseIndex: number; field: 'subject' | 'priority' | 'description'; value: number; skew: number }
  | { kind: 'note'; client: number; caseIndex: number; value: number }
  | { kind: 'status'; client: number; caseIndex: number; pick: number }
  | { kind: 'network'; client: number; online: boolean }
  | { kind: 'sync'; client: number }
  | { kind: 'lostAck'; client: number }
  | { kind: 'restart'; client: number };

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
);
const priorities = ['low', 'normal', 'high', 'urgent'] as const;

describe.each(backends)('sync property (%s)', (backend) => {
  it('N desktops, random edits, disconnects, lost acknowledgements and restarts: every mutation ends applied or rejected, and every replica equals the server', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 5, maxLength: 40 }), async (actions) => {
        const temp = makeTempDir();
        const fresh = await openFreshServerDb(backend, temp.dir);
        const server = fresh.db;
        const agents = Array.from({ length: clients }, (_, i) => agentOf(String(1001 + i)));
        await seedOrganisation(server, agents);
        let clock = T0;
        const now = () => clock;
        const desktops: Desktop[] = agents.map((agent, i) => openDesktop(temp.dir, `d${i}`, server, agent, now));
        const made = new Map<string, number>(); // client id -> mutations made
        try {
          for (const d of desktops) await d.client.syncNow();
          const caseIds = [0, 1].map((i) => createCase(desktops[0]!.db, { customerName: `客户${i}`, customerPhone: `1380000000${i}`, channel: 'phone', subject: `工单${i}` }, desktops[0]!.ctx(clock)));
          for (const d of desktops) await d.client.syncNow();

          for (const a of actions) {
            clock += 1_000;
            const d = desktops[a.client]!;
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
                if (batch && d.transport.online) await pushMutations(server, d.agent, batch, clock);
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
  }, 120_000);
});
