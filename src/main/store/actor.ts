import type { Role } from '../../shared/schemas/domainTerms';

/** Who is acting: decides what may be revealed, and is written on events and audit rows. */
export interface Actor {
  agentId: string | null;
  role: Role;
  /**
   * The signed-in agent's branch and team from the server's sign-in reply: a case assigned to
   * them can be made before their own agent row has been pulled (first sign-in on a fresh desktop).
   */
  placement?: { branchId: string; teamId: string | null };
}

/** The desktop before anyone has logged in (standalone mode): an agent without an id. */
export const localAgent: Actor = { agentId: null, role: 'agent' };

export interface WriteContext {
  now: number;
  actor: Actor;
}
