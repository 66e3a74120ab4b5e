import { DEFAULT_SCRYPT_COST, isValidScryptCost, type ScryptCost } from '../../node/passwords';

/**
 * The scrypt cost the server hashes new passwords with: the slow default, or a lower N from
 * `AGENTDESK_SCRYPT_N` (tests only; a power of two ≥ 1024).
 */
export function serverScryptCost(env: NodeJS.ProcessEnv = process.env): ScryptCost {
  const raw = env['AGENTDESK_SCRYPT_N'];
  if (!raw) return DEFAULT_SCRYPT_COST;
  const cost = { ...DEFAULT_SCRYPT_COST, N: Number(raw) };
  if (!isValidScryptCost(cost) || cost.N < 1024) throw new Error(`AGENTDESK_SCRYPT_N must be a power of two from 1024 to 1048576, got ${raw}`);
  return cost;
}
