import { readEvents } from '../../src/main/sync/noticeStream';
import { loginResponseSchema, type LoginResponse } from '../../src/shared/sync/protocol';
import { NOTICE_EVENT, NOTICE_READY_EVENT, noticeSchema, type Notice } from '../../src/shared/sync/notices';

/** Signs in over HTTP and returns the server's answer (token and agent). */
export async function loginOver(url: string, number: string, password: string): Promise<LoginResponse> {
  const response = await fetch(`${url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ number, password }) });
  if (!response.ok) throw new Error(`login ${number}: HTTP ${response.status}`);
  return loginResponseSchema.parse(await response.json());
}

export interface NoticeListener {
  /** Every notice received so far, in order. */
  readonly notices: Notice[];
  /** Resolves once the server has subscribed the stream. */
  readonly ready: Promise<void>;
  /** Resolves with the first notice (already received or still to come) that matches. */
  next(match: (notice: Notice) => boolean, ceilingMs?: number): Promise<Notice>;
  close(): void;
}

/** Opens `GET /sync/events` with `token` and records what arrives. */
export function listenForNotices(url: string, token: string): NoticeListener {
  const notices: Notice[] = [];
  const waiters: { match: (n: Notice) => boolean; resolve: (n: Notice) => void }[] = [];
  const abort = new AbortController();
  let ready!: () => void;
  let failed!: (error: unknown) => void;
  const readyPromise = new Promise<void>((resolve, reject) => {
    ready = resolve;
    failed = reject;
  });
  void (async () => {
    const response = await fetch(`${url}/sync/events`, { headers: { authorization: `Bearer ${token}` }, signal: abort.signal });
    if (!response.ok || !response.body) throw new Error(`notice stream: HTTP ${response.status}`);
    await readEvents(response.body, (event, data) => {
      if (event === NOTICE_READY_EVENT) ready();
      if (event !== NOTICE_EVENT) return;
      const notice = noticeSchema.parse(JSON.parse(data));
      notices.push(notice);
      for (const waiter of waiters.splice(0)) {
        if (waiter.match(notice)) waiter.resolve(notice);
        else waiters.push(waiter);
      }
    });
  })().catch((error: unknown) => failed(error));
  return {
    notices,
    ready: readyPromise,
    next(match, ceilingMs = 30_000) {
      const found = notices.find(match);
      if (found) return Promise.resolve(found);
      return new Promise<Notice>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching notice within ${ceilingMs} ms; got ${JSON.stringify(notices)}`)), ceilingMs);
        waiters.push({ match, resolve: (n) => (clearTimeout(timer), resolve(n)) });
      });
    },
    close: () => abort.abort(),
  };
}

/** Polls `condition` until it holds (ceiling 30 s: a generous bound, never a timing assertion). */
export async function eventually<T>(condition: () => T | undefined | null | false | Promise<T | undefined | null | false>, ceilingMs = 30_000, what = 'condition'): Promise<T> {
  const until = Date.now() + ceilingMs;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > until) throw new Error(`${what} did not hold within ${ceilingMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
