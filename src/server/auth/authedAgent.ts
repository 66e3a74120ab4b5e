import type { Role } from '../../shared/schemas/domainTerms';

/** Who a request acts for, from a verified token. */
export interface AuthedAgent {
  id: string;
  number: string;
  role: Role;
  branchId: string;
  teamId: string | null;
}
