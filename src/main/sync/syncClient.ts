import type { SyncPhase, SyncStatus } from '../../shared/schemas/sync';
import type { WritableDB } from '../store/db';
import { drainSearchQueue, searchQueueLength } from '../store/search/searchQueue';
import { outboxCounts } from '../store/sync/outbox';
import { setAsideCount } from '../store/sync/pullSetAside';
import { clientIdOf, lastSyncAtOf, pullCursorOf, pullMarkOf, recordSyncError, recordSyncSuccess, serverIdOf } from '../store/sync/syncState';
import { acknowledgePush, nextPushBatch } from './pushOutbox';
import { applyPulledPage } from './applyPull';
import { loadFirstSnapshot } from './snapshotSync';
import { pruneRetention, recordServerId, rewindIfServerBehind } from './serverRestore';
import { SyncHttpError, SyncNetworkError, type SyncTransport } from './syncTransport';
import type { Notice } from '../../shared/sync/notices';
import { startNoticeStream, type NoticeStream } from './noticeStream';
import type { EvidenceFileStore } from '../evidence/evidenceFileStore';
import type { EvidenceRow } from '../store/evidence/caseEvidence';
import { downloadEvidence, fetchMissingEvidence, uploadEvidence } from './evidenceTransfer';

export interface SyncClientOptions {
  db: WritableDB;
  transport: SyncTransport | null;
  now?: () => number;
  /** Pull page size. */
  pageSize?: number;
  /** Regular sync interval while all is well. */
  intervalMs?: number;
  /** Backoff after failures: base doubling to max, with ±50 % jitter. */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  random?: () => number;
  onStatus?: (status: SyncStatus) => void;
  /** How long acknowledged mutations are kept to re-send to a server restored from a backup; default 30 days. */
  retentionMs?: number;
  /** The server refused the token (401, with its error code): the session ends (services.ts). */
  onSignedOut?: (code: string) => void;
  /** A sync went through with the token: the server still accepts the account. */
  onSynced?: () => void;
  /** Every live notice from the server (after the client has acted on it): the hook for alerts. */
  onNotice?: (notice: Notice) => void;
  /** Evidence files in the data directory: each sync sends the new ones in chunks and fetches those other desktops attached. */
  evidenceFiles?: EvidenceFileStore;
}

/**
 * Keeps one desktop's store in step with the server: pushes the outbox in batches until it is
 * empty, then pulls pages until there are no more, on a timer, on reconnect and on demand.
 * Failures back off exponentially with jitter; nothing is dropped — a mutation leaves the outbox
 * only when the server has acknowledged it.
 */
export class SyncClient {
  private phase: SyncPhase;
  private lastError: string | null = null;
  private failures = 0;
  private timer: NodeJS.Timeout | null = null;
  private nextAttemptAt: number | null = null;
  private running: Promise<void> | null = null;
  /** Until start(): syncs run only on demand, with no timer. */
  private stopped = true;
  private indexing: Promise<void> | null = null;
  /** A notice arrived during a sync: run once more when it ends (that sync may have pulled before the change). */
  private again = false;
  private stream: NoticeStream | null = null;

  constructor(private readonly options: SyncClientOptions) {
    this.phase = options.transport ? 'idle' : 'standalone';
  }

  status(): SyncStatus {
    const { db } = this.options;
    const counts = outboxCounts(db);
    return {
      phase: this.phase,
      pending: counts.pending,
      rejected: counts.rejected,
      indexing: searchQueueLength(db),
      setAside: setAsideCount(db),
      lastSyncAt: lastSyncAtOf(db),
      lastError: this.lastError,
      nextAttemptAt: this.nextAttemptAt,
    };
  }

  /** Resolves when documents a large pull queued for search are indexed. */
  async searchReady(): Promise<void> {
    await this.indexing;
  }

  /** Starts the timer (first sync at once). */
  start(): void {
    if (!this.options.transport) return;
    this.stopped = false;
    this.schedule(0);
    const transport = this.options.transport;
    if (transport.notices && !this.stream) {
      this.stream = startNoticeStream({
        open: (signal) => transport.notices!(signal),
        // (Re)connected: pull what changed while the stream was down.
        onReady: () => {
          if (!this.running) this.syncSoon(); // a sync under way (the one at start) already covers it
        },
        onNotice: (notice) => {
          if (notice.kind === 'changes') this.syncSoon();
          this.options.onNotice?.(notice);
        },
        ...(this.options.random ? { random: this.options.random } : {}),
      });
    }
  }

  /** Whether the live notice stream is open (else only the poll brings changes). */
  live(): boolean {
    return this.stream?.connected() ?? false;
  }

  /** Syncs now, or once more right after the sync under way. */
  syncSoon(): void {
    if (this.running) this.again = true;
    else this.syncNow().catch(() => undefined); // a store closed under a sync: nothing left to tell
  }

  stop(): void {
    this.stream?.stop();
    this.stream = null;
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Syncs now (joining a sync already running); resolves when it has finished, whatever happened. */
  syncNow(): Promise<void> {
    if (!this.options.transport) return Promise.resolve();
    if (!this.running) {
      this.running = this.runOnce().finally(() => {
        this.running = null;
        if (this.again && !this.stopped) {
          this.again = false;
          this.syncNow().catch(() => undefined);
        }
      });
    }
    return this.running;
  }

  private async runOnce(): Promise<void> {
    const now = this.options.now ?? Date.now;
    const { db } = this.options;
    if (this.timer) clearTimeout(this.timer);
    this.setPhase('syncing');
    try {
      // A server restored from a backup refuses the next seq (gap) and says, in its pull answer, what
      // it holds: the pull rewinds the outbox, and the round pushes and pulls once more (serverRestore.ts).
      let gap = false;
      try {
        await this.pushAll(now);
      } catch (error) {
        if (!(error instanceof SyncHttpError && error.code === 'seqGap')) throw error;
        gap = true;
      }
      const rewound = await this.pullAll(now);
      if (gap || rewound > 0) {
        await this.pushAll(now);
        await this.pullAll(now);
      }
      await this.transferEvidence(now);
      pruneRetention(db, now(), this.options.retentionMs);
      recordSyncSuccess(db, now());
      this.indexing ??= drainSearchQueue(db).finally(() => {
        this.indexing = null;
        this.options.onStatus?.(this.status());
      });
      this.failures = 0;
      this.lastError = null;
      this.options.onSynced?.();
      this.setPhase('idle');
      this.schedule(this.options.intervalMs ?? 30_000);
    } catch (error) {
      this.failures++;
      this.lastError = error instanceof Error ? error.message : String(error);
      if (error instanceof SyncHttpError && error.code === 'clientIdTaken') this.lastError = `clientIdTaken: ${error.message}`;
      recordSyncError(db, this.lastError);
      if (error instanceof SyncHttpError && error.status === 401) {
        this.options.onSignedOut?.(error.code);
        this.setPhase('signedOut');
        return;
      }
      if (error instanceof SyncHttpError && error.code === 'clientIdTaken') {
        // Retrying cannot help (this store's client id belongs to another device): an error until "sync now" or a new sign-in.
        this.nextAttemptAt = null;
        this.setPhase('error');
        return;
      }
      this.setPhase(error instanceof SyncNetworkError ? 'offline' : 'error');
      this.schedule(this.backoffMs());
    }
  }

  /** After the rows: evidence bytes up (their rows are pushed by now), then the files other desktops attached down. */
  private async transferEvidence(now: () => number): Promise<void> {
    const { db, evidenceFiles } = this.options;
    const transport = this.options.transport?.evidence;
    if (!evidenceFiles || !transport) return;
    await uploadEvidence(db, evidenceFiles, transport, now);
    await fetchMissingEvidence(db, evidenceFiles, transport, now);
  }

  /** Fetches one evidence file from the server now (the agent opened it); false when it cannot. */
  async fetchEvidence(row: EvidenceRow): Promise<boolean> {
    const { db, evidenceFiles } = this.options;
    const transport = this.options.transport?.evidence;
    if (!evidenceFiles || !transport) return false;
    try {
      return await downloadEvidence(db, evidenceFiles, transport, row, this.options.now ?? Date.now);
    } catch {
      return false; // offline: the agent is told the file is not here yet
    }
  }

  private async pushAll(now: () => number): Promise<void> {
    const { db } = this.options;
    for (let batch = nextPushBatch(db); batch; batch = nextPushBatch(db)) {
      acknowledgePush(db, await this.options.transport!.push(batch), now());
    }
  }

  /** Pulls until no more pages; returns how many mutations a restored server made pending again. */
  private async pullAll(now: () => number): Promise<number> {
    const { db } = this.options;
    let rewound = 0;
    // An empty desktop takes the server's rows in bulk first, then pulls on from the snapshot's cursor.
    await loadFirstSnapshot(db, this.options.transport!, now);
    for (;;) {
      const serverId = serverIdOf(db);
      const mark = pullMarkOf(db);
      const page = await this.options.transport!.pull({
        clientId: clientIdOf(db),
        cursor: pullCursorOf(db),
        ...(mark !== null ? { cursorMark: mark } : {}),
        ...(serverId ? { serverId } : {}),
        limit: this.options.pageSize ?? 1_000,
      });
      recordServerId(db, page.serverId);
      // before the page: the mutations made pending again keep their fields from older values
      rewound += rewindIfServerBehind(db, page.lastSeq);
      applyPulledPage(db, page, now());
      if (!page.hasMore) break;
    }
    return rewound;
  }

  private backoffMs(): number {
    const base = this.options.backoffBaseMs ?? 1_000;
    const max = this.options.backoffMaxMs ?? 5 * 60_000;
    const plain = Math.min(max, base * 2 ** Math.min(this.failures - 1, 30));
    return Math.round(plain * (0.5 + (this.options.random ?? Math.random)()));
  }

  /** Exposed for tests: the delay the client would wait after `failures` failures in a row. */
  backoffAfter(failures: number): number {
    const saved = this.failures;
    this.failures = failures;
    try {
      return this.backoffMs();
    } finally {
      this.failures = saved;
    }
  }

  private schedule(delayMs: number): void {
    if (this.stopped || !this.options.transport) return;
    if (this.timer) clearTimeout(this.timer);
    this.nextAttemptAt = (this.options.now ?? Date.now)() + delayMs;
    this.timer = setTimeout(() => void this.syncNow(), delayMs);
    this.timer.unref();
  }

  private setPhase(phase: SyncPhase): void {
    this.phase = phase;
    this.options.onStatus?.(this.status());
  }
}
