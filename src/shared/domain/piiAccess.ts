import type { PiiField, Role } from '../schemas/domainTerms';

/**
 * Who may reveal which personal-data field (always with a reason, always audited): any agent
 * may reveal contact details to serve the customer; the ID-card number needs a lead or admin.
 */
const allowed: Record<PiiField, readonly Role[]> = {
  phone: ['agent', 'lead', 'admin'],
  email: ['agent', 'lead', 'admin'],
  address: ['agent', 'lead', 'admin'],
  idCard: ['lead', 'admin'],
};

export function canReveal(role: Role, field: PiiField): boolean {
  return allowed[field].includes(role);
}
