import type { CaseSummary } from './case';
import type { Category, ComplaintSeverity, Priority, Scenario, TimelineKind } from './domainTerms';

/** A customer as every screen sees them: personal data masked unless revealed one field at a time. */
export interface MaskedCustomer {
  id: string;
  name: string;
  salutation: string | null;
  phoneMasked: string;
  phonesMasked: string[];
  emailMasked: string | null;
  idCardMasked: string | null;
  addressMasked: string | null;
  accountNo: string | null;
  birthday: string | null;
  tags: string[];
}

export interface TimelineEvent {
  id: string;
  kind: TimelineKind;
  at: number;
  actorId: string | null;
  data: Record<string, unknown>;
}

export interface CaseDetail extends CaseSummary {
  customer: MaskedCustomer;
  scenario: Scenario;
  category: Category | null;
  priority: Priority;
  severity: ComplaintSeverity | null;
  description: string;
  product: string | null;
  orderNo: string | null;
  assigneeId: string | null;
  responseDueAt: number | null;
  resolutionDueAt: number | null;
  firstResponseAt: number | null;
  resolvedAt: number | null;
  resolution: string | null;
  satisfaction: number | null;
  reopenCount: number;
  timeline: TimelineEvent[];
}
