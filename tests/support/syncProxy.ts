import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SyncProxy {
  url: string;
  /** Where requests go now (a server started again listens on a new port). */
  setTarget(url: string): void;
  /**
   * For the next push: let the server commit it, then run `hook` (e.g. SIGKILL the server) and
   * cut the desktop's connection before it sees the answer.
   */
  dropNextPushAnswer(hook: () => Promise<void>): void;
  close(): Promise<void>;
}

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A loopback HTTP proxy in front of the sync server, to lose answers on purpose. */
export async function startSyncProxy(): Promise<SyncProxy> {
  let target = '';
  let dropHook: (() => Promise<void>) | null = null;
  const server = createServer((request, response) => {
    void (async () => {
      const body = await bodyOf(request);
      let upstream: Response;
      try {
        upstream = await fetch(new URL(request.url ?? '/', target), {
          method: request.method,
          headers: { 'content-type': request.headers['content-type'] ?? 'application/json', ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}) },
          body: request.method === 'POST' ? new Uint8Array(body) : undefined,
        });
      } catch {
        request.socket.destroy();
        return;
      }
      const text = await upstream.text();
      if (request.url === '/sync/push' && dropHook && upstream.ok) {
        const hook = dropHook;
        dropHook = null;
        await hook();
        request.socket.destroy();
        return;
      }
      response.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
      response.end(text);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setTarget: (url) => void (target = url),
    dropNextPushAnswer: (hook) => void (dropHook = hook),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
