import { randomBytes, scryptSync } from 'node:crypto';
import { join } from 'node:path';
import type { Role } from '../../src/shared/schemas/domainTerms';
import { CASE_STORE_FILE } from '../../src/main/services';
import type { WritableDB } from '../../src/main/store/db';
import { openDatabase } from '../../src/main/store/openDatabase';
import { insertLocalAccount, listLocalAccountRows, localAccountById, localBranchId, localTeamId } from '../../src/main/store/organisation/localAccounts';
import { memoryTokenVault, type TokenVault } from '../../src/main/sync/session';

/** The password of every account made here. */
export const TEST_PASSWORD = 'test-password-1';

/**
 * A scrypt hash in the app's format (node/passwords.ts) at a low cost, made synchronously: test
 * desktops get accounts without waiting on the real cost. The cost is stored in the hash, so the
 * app verifies it as it verifies any other.
 */
export function cheapHash(password: string): string {
  const salt = randomBytes(16);
  const N = 1024;
  const key = scryptSync(password.normalize('NFC'), salt, 32, { N, r: 8, p: 1 });
  return ['scrypt', N, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
}

export interface TestAccount {
  id: string;
  number: string;
  name: string;
  role: Role;
  team?: string;
}

export const testAdmin: TestAccount = { id: 'local-admin', number: '9001', name: '管理员', role: 'admin' };
export const testAgent: TestAccount = { id: 'local-agent', number: '2001', name: '测试坐席', role: 'agent', team: '一组' };

/** Writes local accounts (password TEST_PASSWORD) into an open store, in the branch `branchCode`; those already there are kept. */
export function addTestAccounts(db: WritableDB, accounts: readonly TestAccount[], branchCode = 'BR01', at = Date.now()): void {
  let n = 0;
  const newId = () => `test-org-${++n}-${Math.random().toString(36).slice(2, 8)}`;
  db.transaction(() => {
    const branchId = localBranchId(db, branchCode, newId);
    for (const account of accounts) {
      if (localAccountById(db, account.id)) continue;
      const teamId = account.team ? localTeamId(db, branchId, account.team, newId) : null;
      insertLocalAccount(db, { id: account.id, number: account.number, name: account.name, role: account.role, branchId, teamId, passwordHash: cheapHash(TEST_PASSWORD), at });
    }
  })();
}

/**
 * A standalone desktop's store in `dir` with the local administrator and an agent, and a token
 * vault that has `signedIn` (the agent by default) signed in, as the app keeps a local session
 * between restarts. On a store seeded with demo data, its first demo agent (1102) is signed in.
 */
export function signedInDesktop(dir: string, signedIn?: TestAccount, accounts: readonly TestAccount[] = [testAdmin, testAgent]): TokenVault {
  const db = openDatabase(join(dir, CASE_STORE_FILE));
  try {
    // A store seeded with demo data has its own accounts (tools/demo/demoAccounts.ts): its first agent signs in.
    const demoAgent = signedIn ? undefined : listLocalAccountRows(db).find((a) => a.role === 'agent' && a.active);
    if (demoAgent) return memoryTokenVault(`local:${demoAgent.id}`);
    const who = signedIn ?? testAgent;
    addTestAccounts(db, accounts.some((a) => a.id === who.id) ? accounts : [...accounts, who]);
    return memoryTokenVault(`local:${who.id}`);
  } finally {
    db.close();
  }
}
