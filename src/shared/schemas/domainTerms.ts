/** The vocabulary of the domain (see shared/docs/domain.md), shared by store, UI and server. */

export const scenarios = ['consultation', 'complaint', 'afterSales', 'returnExchange', 'faultDiagnosis', 'order'] as const;
export type Scenario = (typeof scenarios)[number];

/** How the issue is classified at the confirm stage. */
export const categories = ['consultation', 'afterSalesRepair', 'complaintSuggestion', 'order', 'returnExchange', 'fault'] as const;
export type Category = (typeof categories)[number];

export const priorities = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof priorities)[number];

export const complaintSeverities = ['minor', 'major'] as const;
export type ComplaintSeverity = (typeof complaintSeverities)[number];

export const roles = ['agent', 'lead', 'admin'] as const;
export type Role = (typeof roles)[number];

export const timelineKinds = [
  'created',
  'note',
  'statusChanged',
  'fieldChanged',
  'stageCompleted',
  'transfer',
  'escalation',
  'approvalRequested',
  'approvalGranted',
  'approvalDenied',
  'followUpScheduled',
  'followUpDone',
  'followUpMissed',
  'survey',
  'returnStep',
  'fieldRevealed',
  'export',
  'conflict',
  'solutionAttempt',
  'callNotSolved',
  'identityChecked',
  'phraseKept',
  /** A chat message or email reply recorded as sent (data: replyId, channel, text). */
  'replySent',
  /** A lead acknowledged an alert raised by this case (data: alertId, topic). */
  'alertAcknowledged',
  /** Complaint evidence attached to the case (data: evidenceId, fileName, mediaType, sizeBytes). */
  'evidenceAdded',
  /** Complaint evidence marked removed (data: evidenceId, fileName); the row and the file stay. */
  'evidenceRemoved',
] as const;
export type TimelineKind = (typeof timelineKinds)[number];

/** The five stages of every call, in order. */
export const callStages = ['greet', 'confirm', 'solve', 'followUp', 'record'] as const;
export type CallStage = (typeof callStages)[number];

export const followUpKinds = ['callback', 'survey', 'visitConfirmation', 'care'] as const;
export type FollowUpKind = (typeof followUpKinds)[number];
export const followUpStates = ['due', 'done', 'missed'] as const;
export type FollowUpState = (typeof followUpStates)[number];

export const returnKinds = ['return', 'exchange'] as const;
export const returnReasons = ['qualityDefect', 'notAsDescribed', 'noReason7Days', 'other'] as const;
export const returnSteps = ['requested', 'reviewed', 'methodConfirmed', 'shipped', 'received', 'processed'] as const;
export type ReturnStep = (typeof returnSteps)[number];

export const faultClasses = ['hardware', 'software', 'network'] as const;

export const kbCategories = ['product', 'process', 'afterSales', 'policy', 'complaints'] as const;
export type KbCategory = (typeof kbCategories)[number];

/** Personal-data fields that are masked unless revealed with a reason. */
export const piiFields = ['phone', 'email', 'idCard', 'address'] as const;
export type PiiField = (typeof piiFields)[number];
