import { z } from 'zod';
import { entityId } from './case';

/**
 * Alerts for team leads (issue 17: "a major complaint alerts the team lead at once and opens its
 * escalation clock"). An alert is a major complaint's escalation event on a case of the
 * lead's team (or branch; an admin's: every one) that this lead has not acknowledged yet. The lead
 * sees it on any screen; acknowledging it writes an `alertAcknowledged` event on the case's
 * timeline (who and when), which syncs like any other event.
 */
export const leadAlertTopics = ['majorComplaint'] as const;
export type LeadAlertTopic = (typeof leadAlertTopics)[number];

/** An alert is shown for this long after it was raised, unless acknowledged first (older ones stay in the team view). */
export const LEAD_ALERT_WINDOW_MS = 24 * 3_600_000;

export interface LeadAlert {
  /** The escalation event's id: what an acknowledgement names. */
  id: string;
  topic: LeadAlertTopic;
  caseId: string;
  caseNumber: string;
  subject: string;
  customerName: string;
  assigneeName: string | null;
  /** When the complaint was escalated: the feedback clock starts here. */
  raisedAt: number;
  /** When the lead's promised feedback falls due (raisedAt + feedbackMinutes). */
  feedbackDueAt: number;
  feedbackMinutes: number;
}

export interface LeadAlertAcknowledgement {
  id: string;
  caseId: string;
  acknowledgedAt: number;
  acknowledgedBy: string;
}

export const acknowledgeLeadAlertInput = z.strictObject({ id: entityId });
export type AcknowledgeLeadAlertInput = z.input<typeof acknowledgeLeadAlertInput>;
