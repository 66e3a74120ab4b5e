import { createHash, randomBytes } from 'node:crypto';
import type { ServerDb } from '../storage/serverDb';

const KEY_NAME = 'token_key';

/**
 * The key tokens are signed with. From `secret` (AGENTDESK_TOKEN_SECRET) when given; otherwise
 * 32 random bytes made once and kept in `server_secrets`, so every server process on the
 * database signs and accepts the same tokens.
 */
export async function loadTokenKey(db: ServerDb, secret?: string): Promise<Buffer> {
  if (secret !== undefined) {
    if (secret.length < 32) throw new Error('AGENTDESK_TOKEN_SECRET must be at least 32 characters');
    return createHash('sha256').update(secret, 'utf8').digest();
  }
  const stored = await db.read((tx) => tx.all<{ value: string }>('SELECT value FROM server_secrets WHERE key = $1', [KEY_NAME]));
  if (stored[0]) return Buffer.from(stored[0].value, 'base64');
  return db.write(async (tx) => {
    await tx.run('INSERT INTO server_secrets (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [KEY_NAME, randomBytes(32).toString('base64')]);
    const [row] = await tx.all<{ value: string }>('SELECT value FROM server_secrets WHERE key = $1', [KEY_NAME]);
    return Buffer.from(row!.value, 'base64');
  });
}
