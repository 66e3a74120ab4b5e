/**
 * The sync server process: `npm run server`. Environment:
 * - PORT (default 8787; 0 picks a free port), HOST (default 127.0.0.1)
 * - DATABASE_URL (PostgreSQL; AGENTDESK_PG_SCHEMA for a schema of its own) or
 *   AGENTDESK_SERVER_DB (SQLite file, default ./agentdesk-server.db)
 * - AGENTDESK_TOKEN_PRIVATE_KEY (optional): the Ed25519 private key to sign tokens with, as a JWK
 *   (JSON) or PKCS8 PEM, instead of the key pair kept in the database; LOG_LEVEL (default info)
 * Prints `listening on http://HOST:PORT` once it accepts requests; SIGTERM/SIGINT close it cleanly.
 */
import type { AddressInfo } from 'node:net';
import { buildServerApp } from './http/buildServerApp';
import { openServerDb, serverDbOptionsFromEnv } from './storage/openServerDb';

const env = process.env;
const port = Number(env['PORT'] ?? 8787);
const host = env['HOST'] || '127.0.0.1';
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`PORT must be a port number, got ${env['PORT']}`);
  process.exit(2);
}

if (env['AGENTDESK_TOKEN_SECRET']) {
  console.error('AGENTDESK_TOKEN_SECRET is no longer used: tokens are signed with Ed25519; set AGENTDESK_TOKEN_PRIVATE_KEY (JWK or PKCS8 PEM) or unset it to use the key kept in the database');
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
  logger: { level: env['LOG_LEVEL'] || 'info' },
  ...(env['AGENTDESK_TOKEN_PRIVATE_KEY'] ? { tokenPrivateKey: env['AGENTDESK_TOKEN_PRIVATE_KEY'] } : {}),
});

let closing = false;
async function shutdown(signal: NodeJS.Signals): Promise<void> {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'closing');
  try {
    await app.close();
    await db.close();
    process.exit(0);
  } catch (error) {
    app.log.error({ err: error }, 'failed to close cleanly');
    process.exit(1);
  }
}
process.on('SIGTERM', (signal) => void shutdown(signal));
process.on('SIGINT', (signal) => void shutdown(signal));

try {
  await app.listen({ port, host });
} catch (error) {
  console.error(`cannot listen on ${host}:${port}: ${error instanceof Error ? error.message : String(error)}`);
  await db.close();
  process.exit(1);
}
const address = app.server.address() as AddressInfo;
const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
process.stdout.write(`listening on http://${shownHost}:${address.port}\n`);
