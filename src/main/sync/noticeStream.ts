import { NOTICE_EVENT, NOTICE_READY_EVENT, noticeSchema, type Notice } from '../../shared/sync/notices';

export interface NoticeStreamOptions {
  /** Opens `GET /sync/events` and resolves with its body (the transport's `notices`). */
  open(signal: AbortSignal): Promise<ReadableStream<Uint8Array>>;
  /** The server has subscribed this desktop: notices arrive from now on (pull once to catch up on the gap). */
  onReady(): void;
  onNotice(notice: Notice): void;
  /** Reconnect backoff: base doubling to max, with ±50 % jitter; reset by every `ready`. */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  random?: () => number;
}

export interface NoticeStream {
  /** Whether the stream is open and subscribed right now. */
  connected(): boolean;
  stop(): void;
}

/**
 * Keeps a server-sent-events stream open to the sync server and reports each notice; when it
 * breaks (offline, server restart) it reconnects with backoff, forever, until stopped. Works
 * with any fetch whose Response body is a web ReadableStream (Node's fetch, Electron's net.fetch).
 */
export function startNoticeStream(options: NoticeStreamOptions): NoticeStream {
  let stopped = false;
  let connected = false;
  let failures = 0;
  const abort = new AbortController();
  let wake: (() => void) | null = null;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      timer.unref?.();
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const backoff = () => {
    const base = options.backoffBaseMs ?? 1_000;
    const max = options.backoffMaxMs ?? 60_000;
    const plain = Math.min(max, base * 2 ** Math.min(failures - 1, 20));
    return Math.round(plain * (0.5 + (options.random ?? Math.random)()));
  };

  const handle = (event: string, data: string) => {
    if (event === NOTICE_READY_EVENT) {
      connected = true;
      failures = 0;
      options.onReady();
      return;
    }
    if (event !== NOTICE_EVENT) return;
    let parsed;
    try {
      parsed = noticeSchema.safeParse(JSON.parse(data));
    } catch {
      return;
    }
    if (parsed.success) options.onNotice(parsed.data); // a kind this desktop does not know is skipped
  };

  const run = async () => {
    while (!stopped) {
      try {
        const body = await options.open(abort.signal);
        await readEvents(body, handle);
      } catch {
        // offline, refused, 401, aborted: reconnect below
      }
      connected = false;
      if (stopped) break;
      failures++;
      await sleep(backoff());
    }
  };
  void run();

  return {
    connected: () => connected,
    stop() {
      stopped = true;
      connected = false;
      abort.abort();
      wake?.();
    },
  };
}

/** Reads an SSE body to its end, calling `handle(event, data)` per message (`event` defaults to `message`). */
export async function readEvents(body: ReadableStream<Uint8Array>, handle: (event: string, data: string) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true }).replaceAll('\r\n', '\n');
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') event = value;
        else if (field === 'data') data.push(value);
      }
      if (data.length > 0) handle(event, data.join('\n'));
    }
  }
}
