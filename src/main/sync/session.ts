import { AppError } from '../../shared/result';
import type { LoginInput, SignedInAgent } from '../../shared/schemas/sync';
import type { Actor } from '../store/actor';
import { localAgent } from '../store/actor';
import type { WritableDB } from '../store/db';
import { localAccountById, localAccountByNumber, type LocalAccountRow } from '../store/organisation/localAccounts';
import { lastLocalLogin, localLoginOf, saveLocalLogin, touchLocalLogin } from '../store/organisation/offlineLogins';
import { clientIdOf, deviceSecretOf } from '../store/sync/syncState';
import { SyncHttpError, SyncNetworkError, type SyncTransport } from './syncTransport';
import type { SessionTrust } from './trustedServer';

/** Where the sign-in token is kept: Electron safeStorage in the app (see index.ts), memory in tests. */
export interface TokenVault {
  read(): string | null;
  write(token: string | null): void;
}

export function memoryTokenVault(initial: string | null = null): TokenVault {
  let token = initial;
  return { read: () => token, write: (next) => void (token = next) };
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, encoded: string): Promise<boolean>;
}

/** What the vault holds for a local account's session (standalone desktop): never sent anywhere. */
const LOCAL_SESSION = 'local:';

/**
 * Who is signed in on this desktop. On a standalone desktop (no server configured) signing in
 * checks this desktop's local accounts (localAccounts.ts). With a server, signing in asks the server; when it cannot be reached, an
 * agent who has signed in here before is checked against the slow hash kept locally (offline
 * sign-in). Signing out forgets the token.
 */
export class Session {
  private agent: SignedInAgent | null;

  constructor(
    private readonly db: WritableDB,
    private readonly vault: TokenVault,
    private readonly transport: () => SyncTransport | null,
    readonly hasher: PasswordHasher,
    private readonly now: () => number,
    /** Whose tokens to believe, and the offline sign-in policy (trustedServer.ts). */
    private readonly trust: SessionTrust,
  ) {
    const saved = vault.read();
    // A local account's session holds only while the desktop is standalone; with a server, its sign-in decides.
    if (saved?.startsWith(LOCAL_SESSION)) this.agent = this.standalone() ? localSignedIn(db, saved.slice(LOCAL_SESSION.length)) : null;
    else this.agent = saved ? lastSignedIn(db) : null;
  }

  /** No sync server is configured: sign-in uses the local accounts. */
  standalone(): boolean {
    return this.transport() === null;
  }

  current(): SignedInAgent | null {
    return this.agent;
  }

  actor(): Actor {
    return this.agent ? { agentId: this.agent.id, role: this.agent.role, placement: { branchId: this.agent.branchId, teamId: this.agent.teamId } } : localAgent;
  }

  /** The server token (none for a local account's session). */
  token(): string | null {
    const saved = this.vault.read();
    return saved?.startsWith(LOCAL_SESSION) ? null : saved;
  }

  async login({ number, password }: LoginInput): Promise<SignedInAgent> {
    const transport = this.transport();
    if (!transport) return this.localLogin(number, password);
    try {
      const answer = await transport.login({ number, password, clientId: clientIdOf(this.db), deviceSecret: deviceSecretOf(this.db) });
      // Who, role and branch from the token's verified claims, never from the answer's plain JSON.
      const agent: SignedInAgent = { ...(await this.trust.verifiedAgent(answer)), offline: false };
      this.vault.write(answer.token);
      this.trust.confirmedOnline(agent.number);
      const hash = await this.hasher.hash(password);
      saveLocalLogin(this.db, agent.number, JSON.stringify(agent), hash, this.now());
      return (this.agent = agent);
    } catch (error) {
      if (error instanceof SyncHttpError && error.code === 'agentInactive') this.trust.refused(number, 'accountDeactivated');
      if (error instanceof SyncHttpError && (error.status === 401 || error.status === 403)) throw new AppError('bad_credentials', error.message);
      if (error instanceof SyncHttpError && error.status === 429) throw new AppError('too_many_attempts', error.message);
      if (!(error instanceof SyncNetworkError)) throw error;
      return (this.agent = await this.offlineLogin(number, password));
    }
  }

  /**
   * Checks someone else's credentials on this desktop without signing them in (a lead approving
   * over the agent's shoulder, issue 17). Standalone: their local account. With a server: the
   * server checks them (which also registers them on this device, so what they sign here is
   * accepted when the agent's session pushes it); offline, the password saved at their last
   * sign-in on this desktop. The signed-in agent and the saved logins stay as they were.
   */
  async verifyOther({ number, password }: LoginInput): Promise<SignedInAgent> {
    const transport = this.transport();
    if (!transport) {
      const account = localAccountByNumber(this.db, number);
      if (!account || !(await this.hasher.verify(password, account.passwordHash))) throw new AppError('bad_credentials', 'unknown agent number or wrong password (local account)');
      if (!account.active) throw new AppError('account_inactive', `local account ${number} is deactivated`);
      return signedInOf(account);
    }
    try {
      const answer = await transport.login({ number, password, clientId: clientIdOf(this.db), deviceSecret: deviceSecretOf(this.db) });
      return { ...(await this.trust.verifiedAgent(answer)), offline: false };
    } catch (error) {
      if (error instanceof SyncHttpError && (error.status === 401 || error.status === 403)) throw new AppError('bad_credentials', error.message);
      if (error instanceof SyncHttpError && error.status === 429) throw new AppError('too_many_attempts', error.message);
      if (!(error instanceof SyncNetworkError)) throw error;
      const saved = localLoginOf(this.db, number);
      if (!saved) throw new AppError('server_unreachable', 'the server cannot be reached and this agent never signed in here');
      if (!(await this.hasher.verify(password, saved.password_hash))) throw new AppError('bad_credentials', 'wrong password (checked offline)');
      return { ...(JSON.parse(saved.agent) as SignedInAgent), offline: true };
    }
  }

  /** The lock screen: only the signed-in agent's own password opens it. */
  async unlock(password: string): Promise<{ unlocked: true }> {
    const agent = this.agent;
    if (!agent) throw new AppError('not_signed_in', 'no one is signed in on this desktop');
    const local = this.vault.read()?.startsWith(LOCAL_SESSION) ? localAccountById(this.db, agent.id) : undefined;
    const hash = local?.passwordHash ?? localLoginOf(this.db, agent.number)?.password_hash;
    if (!hash || !(await this.hasher.verify(password, hash))) throw new AppError('bad_credentials', 'wrong password for the signed-in agent');
    return { unlocked: true };
  }

  /** First run on a standalone desktop: the new administrator is signed in at once. */
  signInLocal(account: LocalAccountRow): SignedInAgent {
    this.vault.write(LOCAL_SESSION + account.id);
    return (this.agent = signedInOf(account));
  }

  logout(): void {
    this.vault.write(null);
    this.agent = null;
  }

  /** The server refused the token at sync (`code`, e.g. tokenRevoked): signed out at once; drafts stay. */
  end(code: string): void {
    if (this.agent) this.trust.refused(this.agent.number, code);
    this.logout();
  }

  /** A sync with this session's token succeeded: the server still accepts the account. */
  confirmed(): void {
    if (this.agent && !this.agent.offline) this.trust.confirmedOnline(this.agent.number);
  }

  private async localLogin(number: string, password: string): Promise<SignedInAgent> {
    const account = localAccountByNumber(this.db, number);
    if (!account || !(await this.hasher.verify(password, account.passwordHash))) throw new AppError('bad_credentials', 'unknown agent number or wrong password (local account)');
    if (!account.active) throw new AppError('account_inactive', `local account ${number} is deactivated`);
    return this.signInLocal(account);
  }

  private async offlineLogin(number: string, password: string): Promise<SignedInAgent> {
    const saved = localLoginOf(this.db, number);
    if (!saved) throw new AppError('server_unreachable', 'the server cannot be reached and this agent never signed in here');
    if (!(await this.hasher.verify(password, saved.password_hash))) throw new AppError('bad_credentials', 'wrong password (checked offline)');
    this.trust.checkOfflineSignIn(number);
    touchLocalLogin(this.db, number, this.now());
    return { ...(JSON.parse(saved.agent) as SignedInAgent), offline: true };
  }
}

function lastSignedIn(db: WritableDB): SignedInAgent | null {
  const agent = lastLocalLogin(db);
  return agent ? { ...(JSON.parse(agent) as SignedInAgent), offline: false } : null;
}

function signedInOf(account: LocalAccountRow): SignedInAgent {
  return { id: account.id, number: account.number, name: account.name, role: account.role, branchId: account.branchId, teamId: account.teamId, offline: false };
}

/** The local account saved in the vault, while it is still active. */
function localSignedIn(db: WritableDB, id: string): SignedInAgent | null {
  const account = localAccountById(db, id);
  return account?.active ? signedInOf(account) : null;
}
