import { timingSafeEqual, createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { telephonyEventSchema, type TelephonyEvent } from '../../shared/schemas/callEvents';
import { toFieldIssues } from '../../shared/validation';

/**
 * The local telephony endpoint: a softphone or CTI middleware on this computer posts a call's
 * events (`ring`, `answer`, `hold`, `resume`, `transfer`, `hangup`) as JSON to
 * `POST http://127.0.0.1:<port>/call-events` with `Authorization: Bearer <token>`.
 *
 * - listens on 127.0.0.1 only, never on a network interface;
 * - a missing or wrong token: 401, the body is not even read;
 * - a body that is not JSON or not a valid event: 400 naming the field (`{error, issues:[{path, key}]}`);
 * - nothing is stored unless the event is valid (`onEvent` runs only then); its reply is 201 `{id}`.
 *
 * Plain node:http, no Electron: tests start it on port 0 and post to it from another process.
 */
export interface TelephonyServerOptions {
  /** 0 picks a free port (tests). */
  port: number;
  token: string;
  /** Stores the event; returns the stored row's id. Throws: 500, nothing else is told. */
  onEvent(event: TelephonyEvent): { id: string };
  log?: (message: string, error?: unknown) => void;
}

export interface TelephonyServer {
  port: number;
  close(): Promise<void>;
}

/** Bodies larger than this are refused (413): an event is a few hundred bytes. */
export const MAX_BODY_BYTES = 16 * 1024;
export const CALL_EVENTS_PATH = '/call-events';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/** Constant-time comparison of the presented token with the configured one. */
function tokenMatches(header: string | undefined, token: string): boolean {
  if (!token || !header) return false;
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!m) return false;
  return timingSafeEqual(digest(m[1]!), digest(token));
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Past the limit the rest is read and dropped, so the 413 reaches the sender.
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function startTelephonyServer(options: TelephonyServerOptions): Promise<TelephonyServer> {
  const server: Server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      options.log?.('telephony endpoint failed', error);
      if (!res.headersSent) reply(res, 500, { error: 'internal' });
    });
  });
  // Keep-alive connections from a softphone that posts many events stay open between them.
  server.keepAliveTimeout = 30_000;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '').split('?')[0];
    if (path !== CALL_EVENTS_PATH) return reply(res, 404, { error: 'notFound' });
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return reply(res, 405, { error: 'methodNotAllowed' });
    }
    if (!tokenMatches(req.headers.authorization, options.token)) {
      res.setHeader('www-authenticate', 'Bearer');
      req.resume();
      return reply(res, 401, { error: 'unauthorized' });
    }
    const text = await readBody(req);
    if (text === null) return reply(res, 413, { error: 'tooLarge' });
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return reply(res, 400, { error: 'invalidJson', issues: [{ path: '', key: 'invalid' }] });
    }
    const parsed = telephonyEventSchema.safeParse(json);
    if (!parsed.success) return reply(res, 400, { error: 'invalid', issues: toFieldIssues(parsed.error) });
    const { id } = options.onEvent(parsed.data);
    reply(res, 201, { id });
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
