import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { publicJwkSchema, type PublicJwk } from '../../node/tokenSigning';
import { serverUrlSchema } from '../../shared/schemas/settings';

/**
 * The machine policy: a JSON file the organisation's IT puts on the computer, read with plain
 * Node fs at start (never from the renderer). Its values win over the user's settings and cannot
 * be changed from the app:
 * - serverUrl: the sync server (https, or http on loopback);
 * - serverKey: the server's public signing key (Ed25519 JWK, as `GET /auth/key` answers in `key`)
 *   — trusted instead of the key pinned at first sign-in;
 * - updateUrl / autoUpdate: where updates come from and whether they are fetched;
 * - offlineSignInHours: how long after the last online check an agent may still sign in offline
 *   (default 72).
 * Path: AGENTDESK_POLICY_FILE (not in a packaged app), else /etc/agentdesk/policy.json (Linux),
 * %ProgramData%\AgentDesk\policy.json (Windows), /Library/Application Support/AgentDesk/policy.json (macOS).
 */
export const machinePolicySchema = z.strictObject({
  serverUrl: serverUrlSchema.optional(),
  serverKey: publicJwkSchema.optional(),
  updateUrl: z.url({ protocol: /^https$/ }).optional(),
  autoUpdate: z.boolean().optional(),
  offlineSignInHours: z.number().min(0).max(24 * 365).optional(),
});
export type MachinePolicy = z.infer<typeof machinePolicySchema>;

export type { PublicJwk };

export const DEFAULT_OFFLINE_SIGN_IN_HOURS = 72;

export function defaultPolicyPath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, packaged = false): string {
  // An installed app ignores the variable: an agent could otherwise start it with a policy of their own.
  const given = packaged ? undefined : env['AGENTDESK_POLICY_FILE'];
  if (given) return given;
  if (platform === 'win32') return join(env['ProgramData'] ?? 'C:\\ProgramData', 'AgentDesk', 'policy.json');
  if (platform === 'darwin') return '/Library/Application Support/AgentDesk/policy.json';
  return '/etc/agentdesk/policy.json';
}

/**
 * The policy in the file at `path`: none (`{}`) when there is no file. A file that exists but is
 * unreadable or invalid throws: a policy IT meant to enforce is never silently ignored.
 */
export function readMachinePolicy(path: string = defaultPolicyPath()): MachinePolicy {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new Error(`cannot read the machine policy ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`the machine policy ${path} is not valid JSON`);
  }
  const parsed = machinePolicySchema.safeParse(json);
  if (!parsed.success) throw new Error(`the machine policy ${path} is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

export function offlineSignInWindowMs(policy: MachinePolicy): number {
  return (policy.offlineSignInHours ?? DEFAULT_OFFLINE_SIGN_IN_HOURS) * 3_600_000;
}
