import { hashPassword } from '../../src/node/passwords';
import type { WritableDB } from '../../src/main/store/db';
import { agentRowByNumber, insertLocalAccount } from '../../src/main/store/organisation/localAccounts';
import type { Role } from '../../src/shared/schemas/domainTerms';

/**
 * The local accounts `npm run seed:demo` creates, so a newcomer can sign in on a standalone desktop
 * as an agent, a lead or the administrator. Documented in the README; demo data only, never for a
 * real branch.
 */
export const DEMO_PASSWORD = 'agentdesk-demo';

export const demoAccounts: readonly { number: string; role: Role }[] = [
  { number: '9001', role: 'admin' },
  { number: '1101', role: 'lead' },
  { number: '1102', role: 'agent' },
  { number: '1103', role: 'agent' },
  { number: '1104', role: 'agent' },
];

export const DEMO_ADMIN_NUMBER = '9001';
export const isDemoAccountNumber = (number: string): boolean => demoAccounts.some((a) => a.number === number);

/** Local accounts for the demo agents with these numbers (their agent rows already written), all with DEMO_PASSWORD. */
export async function writeDemoAccounts(db: WritableDB, at: number): Promise<number> {
  const hashes = await Promise.all(demoAccounts.map(() => hashPassword(DEMO_PASSWORD)));
  db.transaction(() => {
    demoAccounts.forEach(({ number, role }, i) => {
      const agent = agentRowByNumber(db, number);
      if (!agent) throw new Error(`demo agent ${number} is missing`);
      if (agent.role !== role) throw new Error(`demo agent ${number} is a ${agent.role}, expected a ${role}`);
      insertLocalAccount(db, { id: agent.id, number, name: agent.name, role, branchId: agent.branchId, teamId: agent.teamId, passwordHash: hashes[i]!, at });
    });
  })();
  return demoAccounts.length;
}
