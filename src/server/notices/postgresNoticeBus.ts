import pg from 'pg';
import { noticeSchema, type Notice } from '../../shared/sync/notices';
import { NoticeListeners, type NoticeBus } from './noticeBus';

export interface PostgresNoticeOptions {
  url: string;
  /** The database schema the server uses: each schema (e.g. each test) gets a channel of its own. */
  schema?: string;
  /** Told when the LISTEN connection breaks (it reconnects by itself). */
  onError?: (error: Error) => void;
}

/** The NOTIFY channel of a schema: a valid identifier of at most 63 bytes. */
export function noticeChannelOf(schema: string | undefined): string {
  return `agentdesk_notices${schema ? `_${schema.toLowerCase()}` : ''}`.slice(0, 63);
}

/**
 * Notices through PostgreSQL LISTEN/NOTIFY: `publish` sends `pg_notify(channel, json)` and every
 * server process on the database — this one included — hears it on its own LISTEN connection
 * and hands it to its subscribers. A broken LISTEN connection is re-opened with backoff (up to
 * 10 s); notices sent meanwhile are missed, which the desktops' poll covers.
 */
export class PostgresNoticeBus implements NoticeBus {
  private readonly listeners = new NoticeListeners();
  private readonly channel: string;
  private readonly sender: pg.Pool;
  private listener: pg.Client | null = null;
  private closed = false;
  private retryMs = 250;
  private retryTimer: NodeJS.Timeout | null = null;
  /** Resolves once the first LISTEN is in place. */
  readonly ready: Promise<void>;

  constructor(private readonly options: PostgresNoticeOptions) {
    this.channel = noticeChannelOf(options.schema);
    this.sender = new pg.Pool({ connectionString: options.url, max: 2, application_name: 'agentdesk-notices' });
    this.sender.on('error', () => undefined);
    this.ready = this.listen();
  }

  async publish(notice: Notice): Promise<void> {
    if (this.closed) return;
    try {
      await this.sender.query('SELECT pg_notify($1, $2)', [this.channel, JSON.stringify(notice)]);
    } catch (error) {
      this.options.onError?.(error instanceof Error ? error : new Error(String(error)));
    }
  }

  subscribe(listener: (notice: Notice) => void): () => void {
    return this.listeners.add(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.listener;
    this.listener = null;
    await client?.end().catch(() => undefined);
    await this.sender.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.options.url, application_name: 'agentdesk-notices' });
    const broken = (error?: Error) => {
      if (this.listener !== client) return;
      this.listener = null;
      if (error) this.options.onError?.(error);
      void client.end().catch(() => undefined);
      this.retry();
    };
    client.on('error', broken);
    client.on('end', () => broken());
    client.on('notification', (message) => {
      if (message.channel !== this.channel || !message.payload) return;
      let parsed;
      try {
        parsed = noticeSchema.safeParse(JSON.parse(message.payload));
      } catch {
        return;
      }
      if (parsed.success) this.listeners.deliver(parsed.data);
    });
    try {
      await client.connect();
      this.listener = client;
      await client.query(`LISTEN "${this.channel}"`);
      this.retryMs = 250;
      if (this.closed) await client.end();
    } catch (error) {
      this.listener = null;
      this.options.onError?.(error instanceof Error ? error : new Error(String(error)));
      await client.end().catch(() => undefined);
      this.retry();
    }
  }

  private retry(): void {
    if (this.closed || this.retryTimer) return;
    const wait = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, 10_000);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.listen();
    }, wait);
    this.retryTimer.unref();
  }
}
