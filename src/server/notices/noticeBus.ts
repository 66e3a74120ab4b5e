import type { Notice } from '../../shared/sync/notices';

/**
 * Fans notices out to the desktops connected to this server process — and, on PostgreSQL, to
 * those connected to every other server process on the same database (LISTEN/NOTIFY).
 * `publish` never throws: a notice is a hint, the poll is the fallback.
 */
export interface NoticeBus {
  publish(notice: Notice): Promise<void>;
  /** Calls `listener` for every notice published from now on (here or, on PostgreSQL, by any process); returns the unsubscribe. */
  subscribe(listener: (notice: Notice) => void): () => void;
  close(): Promise<void>;
}

/** Listeners of one process; what both buses deliver to. */
export class NoticeListeners {
  private readonly listeners = new Set<(notice: Notice) => void>();

  add(listener: (notice: Notice) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  deliver(notice: Notice): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(notice);
      } catch {
        // one broken stream never stops the others
      }
    }
  }

  get size(): number {
    return this.listeners.size;
  }
}

/** SQLite (one server process): notices stay in memory. */
export class MemoryNoticeBus implements NoticeBus {
  private readonly listeners = new NoticeListeners();

  publish(notice: Notice): Promise<void> {
    queueMicrotask(() => this.listeners.deliver(notice));
    return Promise.resolve();
  }

  subscribe(listener: (notice: Notice) => void): () => void {
    return this.listeners.add(listener);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
