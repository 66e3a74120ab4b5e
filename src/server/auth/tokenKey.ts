import { exportSigningKey, generateSigningKey, parseSigningKey, type SigningKey } from '../../node/tokenSigning';
import type { ServerDb } from '../storage/serverDb';

const KEY_NAME = 'token_signing_key';

/**
 * The Ed25519 key tokens are signed with. From `privateKey` (AGENTDESK_TOKEN_PRIVATE_KEY: a
 * private JWK as JSON, or PKCS8 PEM) when given; otherwise a key pair made once and kept in
 * `server_secrets` (private JWK), so every server process on the database signs and accepts the
 * same tokens and answers the same public key at `GET /auth/key`.
 */
export async function loadTokenKey(db: ServerDb, privateKey?: string): Promise<SigningKey> {
  if (privateKey !== undefined) return parseSigningKey(privateKey);
  const stored = await db.read((tx) => tx.all<{ value: string }>('SELECT value FROM server_secrets WHERE key = $1', [KEY_NAME]));
  if (stored[0]) return parseSigningKey(stored[0].value);
  const made = exportSigningKey(await generateSigningKey());
  const value = await db.write(async (tx) => {
    await tx.run('INSERT INTO server_secrets (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [KEY_NAME, made]);
    const [row] = await tx.all<{ value: string }>('SELECT value FROM server_secrets WHERE key = $1', [KEY_NAME]);
    return row!.value;
  });
  return parseSigningKey(value);
}
