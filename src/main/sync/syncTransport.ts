import {
  loginResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  serverErrorSchema,
  type LoginRequest,
  type LoginResponse,
  type PullRequest,
  type PullResponse,
  type PushRequest,
  type PushResponse,
  type SnapshotRequest,
} from '../../shared/sync/protocol';
import type { z } from 'zod';
import { evidenceChunkSchema, evidenceStatusSchema, type EvidenceChunk, type EvidenceStatus } from '../../shared/sync/evidenceProtocol';

/** How the sync client reaches the server; HTTP here, anything in tests. */
export interface SyncTransport {
  login(request: LoginRequest): Promise<LoginResponse>;
  push(request: PushRequest): Promise<PushResponse>;
  pull(request: PullRequest): Promise<PullResponse>;
  /** Opens the server's live notice stream (`GET /sync/events`); absent: the client polls only. */
  notices?(signal: AbortSignal): Promise<ReadableStream<Uint8Array>>;
  /** A first-sync snapshot's NDJSON lines (snapshotSync.ts); absent: the desktop pulls page by page. */
  snapshot?(request: SnapshotRequest): Promise<AsyncIterable<string>>;
  /** Evidence files in chunks (shared/sync/evidenceProtocol.ts); absent: files stay on the desktop that has them. */
  evidence?: EvidenceTransport;
}

/** Evidence bytes to and from the server, by the evidence row's id. */
export interface EvidenceTransport {
  status(evidenceId: string): Promise<EvidenceStatus>;
  putChunk(evidenceId: string, index: number, chunk: EvidenceChunk): Promise<EvidenceStatus>;
  getChunk(evidenceId: string, index: number): Promise<EvidenceChunk>;
}

/** The server answered with an error: `code` is its machine-readable reason. */
export class SyncHttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/** The server could not be reached (offline, refused, timed out). */
export class SyncNetworkError extends Error {}

/** `fetchImpl`: Electron's net.fetch in the app (system proxy and certificate store); global fetch by default (Node, tests). */
export function httpSyncTransport(baseUrl: string, token: () => string | null, timeoutMs = 30_000, fetchImpl: typeof fetch = fetch): SyncTransport {
  async function post<T>(path: string, body: unknown, schema: z.ZodType<T>, authed: boolean, method: 'POST' | 'GET' = 'POST'): Promise<T> {
    let response: Response;
    try {
      const bearer = authed ? token() : null;
      response = await fetchImpl(new URL(path, baseUrl), {
        method,
        headers: { ...(method === 'POST' ? { 'content-type': 'application/json' } : {}), ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
        ...(method === 'POST' ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new SyncNetworkError(error instanceof Error ? error.message : String(error));
    }
    let json: unknown;
    try {
      json = await response.json();
    } catch (error) {
      if (response.ok) throw new SyncNetworkError(`unreadable answer: ${String(error)}`);
      json = null;
    }
    if (!response.ok) {
      const parsed = serverErrorSchema.safeParse(json);
      throw new SyncHttpError(response.status, parsed.success ? parsed.data.error.code : 'httpError', parsed.success ? parsed.data.error.message : `HTTP ${response.status}`);
    }
    return schema.parse(json);
  }
  /** POSTs `body` and yields the answer's lines as they arrive; the download fails after `timeoutMs` without a byte. */
  async function lines(path: string, body: unknown): Promise<AsyncIterable<string>> {
    const idle = new AbortController();
    let timer = setTimeout(() => idle.abort(new Error(`no answer for ${timeoutMs} ms`)), timeoutMs);
    const alive = () => {
      clearTimeout(timer);
      timer = setTimeout(() => idle.abort(new Error(`no data for ${timeoutMs} ms`)), timeoutMs);
    };
    let response: Response;
    try {
      const bearer = token();
      response = await fetchImpl(new URL(path, baseUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
        body: JSON.stringify(body),
        signal: idle.signal,
      });
    } catch (error) {
      clearTimeout(timer);
      throw new SyncNetworkError(error instanceof Error ? error.message : String(error));
    }
    if (!response.ok || !response.body) {
      clearTimeout(timer);
      const parsed = serverErrorSchema.safeParse(await response.json().catch(() => null));
      throw new SyncHttpError(response.status, parsed.success ? parsed.data.error.code : 'httpError', parsed.success ? parsed.data.error.message : `HTTP ${response.status}`);
    }
    const stream = response.body;
    return (async function* () {
      const decoder = new TextDecoder();
      // A line (a page of rows) spans many chunks: its pieces are kept apart and joined once.
      let pieces: string[] = [];
      try {
        for await (const chunk of stream) {
          alive();
          let text = decoder.decode(chunk, { stream: true });
          for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n')) {
            pieces.push(text.slice(0, newline));
            yield pieces.join('');
            pieces = [];
            text = text.slice(newline + 1);
          }
          if (text) pieces.push(text);
        }
        pieces.push(decoder.decode());
        const last = pieces.join('');
        if (last) yield last;
      } catch (error) {
        throw new SyncNetworkError(error instanceof Error ? error.message : String(error));
      } finally {
        clearTimeout(timer);
      }
    })();
  }
  return {
    login: (request) => post('/auth/login', request, loginResponseSchema, false),
    push: (request) => post('/sync/push', request, pushResponseSchema, true),
    pull: (request) => post('/sync/pull', request, pullResponseSchema, true),
    async notices(signal) {
      const bearer = token();
      if (!bearer) throw new SyncHttpError(401, 'unauthenticated', 'not signed in');
      let response: Response;
      try {
        response = await fetchImpl(new URL('/sync/events', baseUrl), { headers: { accept: 'text/event-stream', authorization: `Bearer ${bearer}` }, signal });
      } catch (error) {
        throw new SyncNetworkError(error instanceof Error ? error.message : String(error));
      }
      if (!response.ok || !response.body) {
        await response.body?.cancel().catch(() => undefined);
        throw new SyncHttpError(response.status, 'httpError', `notice stream: HTTP ${response.status}`);
      }
      return response.body;
    },
    snapshot: (request) => lines('/sync/snapshot', request),
    evidence: {
      status: (id) => post(`/sync/evidence/${encodeURIComponent(id)}`, undefined, evidenceStatusSchema, true, 'GET'),
      putChunk: (id, index, chunk) => post(`/sync/evidence/${encodeURIComponent(id)}/chunks/${index}`, chunk, evidenceStatusSchema, true),
      getChunk: (id, index) => post(`/sync/evidence/${encodeURIComponent(id)}/chunks/${index}`, undefined, evidenceChunkSchema, true, 'GET'),
    },
  };
}
