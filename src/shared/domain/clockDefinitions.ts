import type { Priority, ReturnStep, Scenario } from '../schemas/domainTerms';
import type { SlaClockKind, SlaConditions, SlaMetric } from './sla';

/**
 * The clocks of domain.md "Clocks: where each starts and stops", as data: the ONE copy of the
 * service-level targets. `caseClocks` measures them from recorded events; `sla.ts` derives the
 * case row's two summary due times (response / resolution) from the ones that start at creation.
 */

/** The recorded events a clock can start or stop at. */
export const clockEvents = [
  /** The case was created = the first contact's start (the ring of a call, the first message…). */
  'created',
  /** The phone rang (telephony `ring` event or screen pop). */
  'ring',
  /** The agent answered the ring. */
  'answer',
  /** The agent's first reply (chat message, email reply, an answered call, a walk-in served). */
  'firstReply',
  /** A solution (or, for a complaint, the handling plan) was told to the customer. */
  'solution',
  /** The complaint's handling plan was told to the customer: an event, not the resolution. */
  'planGiven',
  /** The case was resolved. */
  'resolved',
  /** The agent decided another team is needed. */
  'collaborationNeeded',
  /** The escalation or transfer was made. */
  'collaborationMade',
  /** A promise of feedback or a callback was made / kept (one clock per promise). */
  'promiseMade',
  'promiseKept',
  /** An order was confirmed / shipped. */
  'orderConfirmed',
  'orderShipped',
  /** A step of a return was recorded with the next step's due time / the step it waited for was recorded (one clock per return and step). */
  'returnStepDue',
  'returnStepDone',
] as const;
export type ClockEvent = (typeof clockEvents)[number];

export const clockIds = [
  'phoneAnswer',
  'chatFirstResponse',
  'chatFullReply',
  'emailFirstReply',
  'onlineConsultationReply',
  'urgentResponse',
  'generalSolved',
  'complexCollaboration',
  'complexSolution',
  'complaintPlan',
  'majorComplaintReply',
  'promisedFeedback',
  'orderConfirmed',
  'orderShipped',
  'returnReview',
  'returnShip',
  'returnProcess',
] as const;
export type ClockId = (typeof clockIds)[number];

export interface ClockDefinition {
  id: ClockId;
  /** Which cases the clock applies to (every condition given must hold). */
  when: SlaConditions;
  starts: ClockEvent;
  stops: ClockEvent;
  /** The target; fractions allowed (10 s = 1/6). Ignored for promises: the promise sets its own time. */
  minutes: number;
  /** The outer limit past the target, if the domain names one (phone: 10 s target, 30 s limit). */
  limitMinutes?: number;
  clock: SlaClockKind;
  /** Which summary due time of the case row it feeds, when it starts at creation. */
  metric?: SlaMetric;
  /** A return step's clock: the step it waits for; its due time is the one stored with the step before (returns.ts). */
  returnStep?: ReturnStep;
}

const HOUR = 60;
const SECOND = 1 / 60;
/** Scenarios whose resolution is a general (2 h) or complex (4 h) solution; complaints, orders and returns have clocks of their own. */
const solvable: Scenario[] = ['consultation', 'afterSales', 'faultDiagnosis'];
const notComplex: Priority[] = ['low', 'normal', 'urgent'];

export const clockDefinitions: readonly ClockDefinition[] = [
  { id: 'phoneAnswer', when: { channels: ['phone'] }, starts: 'ring', stops: 'answer', minutes: 10 * SECOND, limitMinutes: 30 * SECOND, clock: 'calendar' },
  { id: 'chatFirstResponse', when: { channels: ['chat'] }, starts: 'created', stops: 'firstReply', minutes: 30 * SECOND, clock: 'calendar', metric: 'firstResponse' },
  { id: 'chatFullReply', when: { channels: ['chat'] }, starts: 'created', stops: 'solution', minutes: 30, clock: 'calendar' },
  { id: 'emailFirstReply', when: { channels: ['email'] }, starts: 'created', stops: 'firstReply', minutes: 24 * HOUR, clock: 'calendar', metric: 'firstResponse' },
  {
    id: 'onlineConsultationReply',
    when: { channels: ['chat', 'email'], scenarios: ['consultation'] },
    starts: 'created',
    stops: 'solution',
    minutes: 2 * HOUR,
    clock: 'business',
  },
  { id: 'urgentResponse', when: { priorities: ['urgent'] }, starts: 'created', stops: 'firstReply', minutes: 30, clock: 'calendar', metric: 'firstResponse' },
  { id: 'generalSolved', when: { priorities: notComplex, scenarios: solvable }, starts: 'created', stops: 'resolved', minutes: 2 * HOUR, clock: 'business', metric: 'resolution' },
  { id: 'complexCollaboration', when: {}, starts: 'collaborationNeeded', stops: 'collaborationMade', minutes: 5, clock: 'calendar' },
  { id: 'complexSolution', when: { priorities: ['high'], scenarios: solvable }, starts: 'created', stops: 'solution', minutes: 4 * HOUR, clock: 'calendar', metric: 'resolution' },
  { id: 'complaintPlan', when: { scenarios: ['complaint'] }, starts: 'created', stops: 'planGiven', minutes: 48 * HOUR, clock: 'calendar', metric: 'resolution' },
  { id: 'majorComplaintReply', when: { scenarios: ['complaint'], severities: ['major'] }, starts: 'created', stops: 'firstReply', minutes: 24 * HOUR, clock: 'calendar', metric: 'firstResponse' },
  { id: 'promisedFeedback', when: {}, starts: 'promiseMade', stops: 'promiseKept', minutes: 0, clock: 'calendar' },
  { id: 'orderConfirmed', when: { scenarios: ['order'] }, starts: 'created', stops: 'orderConfirmed', minutes: 24 * HOUR, clock: 'calendar', metric: 'resolution' },
  { id: 'orderShipped', when: { scenarios: ['order'] }, starts: 'orderConfirmed', stops: 'orderShipped', minutes: 48 * HOUR, clock: 'calendar' },
  // Return steps (domain.md "Returns and exchanges"): one clock per return; the due time recorded with the previous step wins.
  { id: 'returnReview', when: {}, starts: 'returnStepDue', stops: 'returnStepDone', minutes: 24 * HOUR, clock: 'calendar', returnStep: 'reviewed' },
  { id: 'returnShip', when: {}, starts: 'returnStepDue', stops: 'returnStepDone', minutes: 7 * 24 * HOUR, clock: 'calendar', returnStep: 'shipped' },
  { id: 'returnProcess', when: {}, starts: 'returnStepDue', stops: 'returnStepDone', minutes: 5 * 8 * HOUR, clock: 'calendar', returnStep: 'processed' },
];
