import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * The server's settings, all from environment variables (docs/server.md has the table; the
 * database ones are read by storage/openServerDb.ts). Bad values stop the server with a message
 * naming the variable, before anything is opened.
 */
export interface ServerConfig {
  port: number;
  host: string;
  logLevel: string;
  tokenPrivateKey?: string;
  tls?: { cert: Buffer; key: Buffer };
  metricsToken?: string;
  activeWindowMinutes: number;
  shutdownTimeoutMs: number;
}

export class ServerConfigError extends Error {}

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const whole = (name: string, min: number, max: number) =>
  z.coerce.number({ error: `${name} must be a number` }).int(`${name} must be a whole number`).min(min, `${name} must be at least ${min}`).max(max, `${name} must be at most ${max}`);

const envSchema = z.object({
  PORT: whole('PORT', 0, 65_535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(logLevels, { error: `LOG_LEVEL must be one of ${logLevels.join(', ')}` }).default('info'),
  AGENTDESK_TOKEN_PRIVATE_KEY: z.string().min(1).optional(),
  AGENTDESK_TLS_CERT: z.string().min(1).optional(),
  AGENTDESK_TLS_KEY: z.string().min(1).optional(),
  AGENTDESK_METRICS_TOKEN: z.string().min(16, 'AGENTDESK_METRICS_TOKEN must be at least 16 characters').optional(),
  AGENTDESK_ACTIVE_WINDOW_MINUTES: whole('AGENTDESK_ACTIVE_WINDOW_MINUTES', 1, 24 * 60).default(15),
  AGENTDESK_SHUTDOWN_TIMEOUT_MS: whole('AGENTDESK_SHUTDOWN_TIMEOUT_MS', 1_000, 600_000).default(30_000),
});

/** The variables this file reads (the deployment test checks docs/server.md lists each). */
export const SERVER_CONFIG_VARIABLES: readonly string[] = [...Object.keys(envSchema.shape), 'AGENTDESK_TOKEN_SECRET'];

export function serverConfigFromEnv(env: NodeJS.ProcessEnv): ServerConfig {
  if (env['AGENTDESK_TOKEN_SECRET']) {
    throw new ServerConfigError('AGENTDESK_TOKEN_SECRET is no longer used: tokens are signed with Ed25519; set AGENTDESK_TOKEN_PRIVATE_KEY (JWK or PKCS8 PEM) or unset it to use the key kept in the database');
  }
  // An empty variable counts as unset (a compose file or an EnvironmentFile often has `NAME=`).
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) throw new ServerConfigError(parsed.error.issues.map((issue) => issue.message).join('; '));
  const values = parsed.data;
  const config: ServerConfig = {
    port: values.PORT,
    host: values.HOST,
    logLevel: values.LOG_LEVEL,
    activeWindowMinutes: values.AGENTDESK_ACTIVE_WINDOW_MINUTES,
    shutdownTimeoutMs: values.AGENTDESK_SHUTDOWN_TIMEOUT_MS,
  };
  if (values.AGENTDESK_TOKEN_PRIVATE_KEY) config.tokenPrivateKey = values.AGENTDESK_TOKEN_PRIVATE_KEY;
  if (values.AGENTDESK_METRICS_TOKEN) config.metricsToken = values.AGENTDESK_METRICS_TOKEN;
  const { AGENTDESK_TLS_CERT: certPath, AGENTDESK_TLS_KEY: keyPath } = values;
  if (Boolean(certPath) !== Boolean(keyPath)) throw new ServerConfigError('AGENTDESK_TLS_CERT and AGENTDESK_TLS_KEY go together: set both (PEM files) or neither');
  if (certPath && keyPath) config.tls = { cert: readPem('AGENTDESK_TLS_CERT', certPath), key: readPem('AGENTDESK_TLS_KEY', keyPath) };
  return config;
}

function readPem(name: string, path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new ServerConfigError(`${name}: cannot read ${path} (${error instanceof Error ? error.message : String(error)})`);
  }
}
