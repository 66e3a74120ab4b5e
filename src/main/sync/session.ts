import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/result';
import type { LoginInput, SignedInAgent } from '../../shared/schemas/sync';
import type { Actor } from '../store/actor';
import { localAgent } from '../store/actor';
import { statement } from '../store/statements';
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
    private readonly db: Database,
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
      statement(
        this.db,
        `INSERT INTO local_logins (number, agent, password_hash, last_login_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (number) DO UPDATE SET agent = excluded.agent, password_hash = excluded.password_hash, last_login_at = excluded.last_login_at`,
      ).run(agent.number, JSON.stringify(agent), hash, this.now());
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
    const saved = statement(this.db, 'SELECT agent, password_hash FROM local_logins WHERE number = ?').get(number) as { agent: string; password_hash: string } | undefined;
    if (!saved) throw new AppError('server_unreachable', 'the server cannot be reached and this agent never signed in here');
    if (!(await this.hasher.verify(password, saved.password_hash))) throw new AppError('bad_credentials', 'wrong password (checked offline)');
    this.trust.checkOfflineSignIn(number);
    statement(this.db, 'UPDATE local_logins SET last_login_at = ? WHERE number = ?').run(this.now(), number);
    return { ...(JSON.parse(saved.agent) as SignedInAgent), offline: true };
  }
}

function lastSignedIn(db: Database): SignedInAgent | null {
  const row = statement(db, 'SELECT agent FROM local_logins ORDER BY last_login_at DESC LIMIT 1').get() as { agent: string } | undefined;
  return row ? { ...(JSON.parse(row.agent) as SignedInAgent), offline: false } : null;
}
