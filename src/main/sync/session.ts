import { AppError } from '../../shared/result';
import type { LoginInput, SignedInAgent } from '../../shared/schemas/sync';
import type { Actor } from '../store/actor';
import { localAgent } from '../store/actor';
import type { WritableDB } from '../store/db';
import { lastLocalLogin, localLoginOf, saveLocalLogin, touchLocalLogin } from '../store/organisation/offlineLogins';
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

/**
 * Who is signed in on this desktop. Signing in asks the server; when it cannot be reached, an
 * agent who has signed in here before is checked against the slow hash kept locally (offline
 * sign-in). Signing out forgets the token.
 */
export class Session {
  private agent: SignedInAgent | null;

  constructor(
    private readonly db: WritableDB,
    private readonly vault: TokenVault,
    private readonly transport: () => SyncTransport | null,
    private readonly hasher: PasswordHasher,
    private readonly now: () => number,
    /** Whose tokens to believe, and the offline sign-in policy (trustedServer.ts). */
    private readonly trust: SessionTrust,
  ) {
    this.agent = vault.read() ? lastSignedIn(db) : null;
  }

  current(): SignedInAgent | null {
    return this.agent;
  }

  actor(): Actor {
    return this.agent ? { agentId: this.agent.id, role: this.agent.role } : localAgent;
  }

  token(): string | null {
    return this.vault.read();
  }

  async login({ number, password }: LoginInput): Promise<SignedInAgent> {
    const transport = this.transport();
    if (!transport) throw new AppError('not_configured', 'no sync server is configured');
    try {
      const answer = await transport.login({ number, password });
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
