import { createHash, timingSafeEqual } from 'node:crypto';
import type { Tx } from '../storage/serverDb';

/**
 * A client id belongs to the DEVICE that first used it, proven by the device secret it sent then
 * (only its SHA-256 is kept: the secret is 256 random bits). Every agent who signs in or pushes
 * through that device with the secret is registered on the client id, so edits one agent queued
 * offline may be pushed later under another agent's session on the same desktop.
 */

function hashOf(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Claims `clientId` for the device holding `secret` and registers `agentId` on it; false (nothing
 * written) when the client id belongs to another device — or, for a client id registered before
 * device secrets, to another agent. Call inside `ServerDb.write`.
 */
export async function claimClientId(tx: Tx, clientId: string, secret: string | undefined, agentId: string, now: number): Promise<boolean> {
  const [client] = await tx.all<{ agent_id: string | null; device_secret_hash: string | null }>('SELECT agent_id, device_secret_hash FROM sync_clients WHERE client_id = $1', [clientId]);
  if (client?.device_secret_hash) {
    if (!secret || !sameHash(hashOf(secret), client.device_secret_hash)) return false;
  } else if (client) {
    // Registered before device secrets: bound to its first agent, until that agent's device proves itself.
    if (client.agent_id !== null && client.agent_id !== agentId) return false;
    if (secret) await tx.run('UPDATE sync_clients SET device_secret_hash = $1 WHERE client_id = $2', [hashOf(secret), clientId]);
  } else {
    await tx.run('INSERT INTO sync_clients (client_id, last_seq, agent_id, device_secret_hash, updated_at) VALUES ($1, 0, $2, $3, $4)', [clientId, agentId, secret ? hashOf(secret) : null, now]);
  }
  await tx.run('INSERT INTO sync_client_agents (client_id, agent_id, registered_at) VALUES ($1, $2, $3) ON CONFLICT (client_id, agent_id) DO NOTHING', [clientId, agentId, now]);
  return true;
}

/** The agents registered on a client id (who signed in or pushed through that device). */
export async function agentsOfClient(tx: Tx, clientId: string): Promise<Set<string>> {
  const rows = await tx.all<{ agent_id: string }>('SELECT agent_id FROM sync_client_agents WHERE client_id = $1', [clientId]);
  return new Set(rows.map((r) => r.agent_id));
}
