import type { CaseReply } from './caseReplies';
import type { Channel } from './case';
import type { CaseSummary } from './case';
import type { Category, ComplaintSeverity, FollowUpKind, FollowUpState, Priority, ReturnStep, Scenario, TimelineKind } from './domainTerms';

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

/** A call (or chat, email, visit) made on the case. */
export interface CaseCall {
  id: string;
  channel: Channel;
  agentName: string | null;
  startedAt: number;
  endedAt: number | null;
  talkSeconds: number;
  acwSeconds: number;
  disposition: string | null;
  /** How the caller's identity was checked on this call (QA evidence); null: not asked (anonymous, new caller, older call). */
  verification: 'phoneMatch' | 'orderNo' | 'idLastDigits' | 'notVerified' | null;
}

/** A callback, survey, visit confirmation or care contact planned on the case. */
export interface CaseFollowUp {
  id: string;
  kind: FollowUpKind;
  state: FollowUpState;
  dueAt: number;
  doneAt: number | null;
  note: string;
}

export interface CaseSurvey {
  id: string;
  score: number;
  comment: string;
  at: number;
}

/** One step of a return or exchange, with the time the next step is due by. */
export interface CaseReturnStep {
  step: ReturnStep;
  at: number;
  dueAt: number | null;
  note: string;
  /** The deadline this step itself had (set by the step before it), and whether it was recorded after it. */
  deadline?: number | null;
  breached?: boolean;
}

/** A return or exchange of the case; the return address is masked like every other address. */
export interface CaseReturn {
  id: string;
  kind: 'return' | 'exchange';
  reason: 'qualityDefect' | 'notAsDescribed' | 'noReason7Days' | 'other';
  costBearer: 'merchant' | 'customer' | 'special' | null;
  method: string | null;
  addressMasked: string | null;
  step: ReturnStep;
  createdAt: number;
  updatedAt: number;
  /** Oldest first, as the return went along. */
  steps: CaseReturnStep[];
  /** open, refused (closed at review) or done (processed). */
  state: 'open' | 'refused' | 'done';
  trackingNumber: string | null;
  resolution: 'refund' | 'exchange' | null;
}

/** An engineer visit booked on the case; the address masked like every other address. */
export interface CaseVisit {
  id: string;
  engineer: string;
  /** The visit day, YYYY-MM-DD. */
  day: string;
  timeSlot: string;
  addressMasked: string;
  durationMinutes: number;
  createdAt: number;
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
  /** Newest first, at most the 500 newest events. */
  timeline: TimelineEvent[];
  /** Every event of the case, including those left out of `timeline`. */
  timelineTotal: number;
  /** Newest first. */
  calls: CaseCall[];
  /** Soonest due first. */
  followUps: CaseFollowUp[];
  /** Newest first. */
  surveys: CaseSurvey[];
  /** Newest first. */
  returns: CaseReturn[];
  /** Chat and email replies recorded as sent, oldest first (empty on other channels). */
  replies: CaseReply[];
  /** Issue 17: engineer visits booked on the case. */
  visits?: CaseVisit[];
}
