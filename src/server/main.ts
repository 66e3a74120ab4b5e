/**
 * The sync server process: `node dist/server/main.js` (built by `npm run build:server`), or
 * `npm run server` (tsx) in development. Every setting comes from an environment variable:
 * serverConfig.ts and storage/openServerDb.ts read them; docs/server.md has the table.
 * Prints `listening on http(s)://HOST:PORT` once it accepts requests. SIGTERM/SIGINT: stops
 * accepting connections, lets requests in flight finish, closes the database, exits 0.
 */
import type { AddressInfo } from 'node:net';
import { buildServerApp } from './http/buildServerApp';
import { ServerMetrics } from './metrics/serverMetrics';
import { serverConfigFromEnv, type ServerConfig } from './serverConfig';
import { openServerDb, serverDbOptionsFromEnv } from './storage/openServerDb';

const env = process.env;
let config: ServerConfig;
try {
  config = serverConfigFromEnv(env);
} catch (error) {
  console.error(`cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}

let db: Awaited<ReturnType<typeof openServerDb>>;
try {
  db = await openServerDb(serverDbOptionsFromEnv(env));
} catch (error) {
  console.error(`cannot open the server database: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const app = buildServerApp({
  db,
  logger: { level: config.logLevel },
  metrics: new ServerMetrics({ activeWindowMinutes: config.activeWindowMinutes }),
  ...(config.tokenPrivateKey ? { tokenPrivateKey: config.tokenPrivateKey } : {}),
  ...(config.metricsToken ? { metricsToken: config.metricsToken } : {}),
  ...(config.tls ? { https: config.tls } : {}),
});

let closing = false;
async function shutdown(signal: NodeJS.Signals): Promise<void> {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'closing: no new connections, finishing requests in flight');
  // A request that never finishes must not keep the process alive past the service manager's patience.
  setTimeout(() => {
    app.log.error({ timeoutMs: config.shutdownTimeoutMs }, 'requests still in flight at the shutdown deadline: exiting anyway');
    process.exit(1);
  }, config.shutdownTimeoutMs).unref();
  try {
    await app.close();
    await db.close();
    app.log.info('closed');
    process.exit(0);
  } catch (error) {
    app.log.error({ err: error }, 'failed to close cleanly');
    process.exit(1);
  }
}
process.on('SIGTERM', (signal) => void shutdown(signal));
process.on('SIGINT', (signal) => void shutdown(signal));

try {
  await app.listen({ port: config.port, host: config.host });
} catch (error) {
  console.error(`cannot listen on ${config.host}:${config.port}: ${error instanceof Error ? error.message : String(error)}`);
  await db.close();
  process.exit(1);
}
const address = app.server.address() as AddressInfo;
const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
process.stdout.write(`listening on ${config.tls ? 'https' : 'http'}://${shownHost}:${address.port}\n`);
