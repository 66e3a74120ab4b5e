/**
 * Demo cases and everything that hangs off them — timeline events, the call that opened the case,
 * follow-ups, surveys, returns with their steps, fault diagnoses and personal-data reveals — made
 * from the random source alone, so the same seed gives the same rows. No I/O: rows go to a sink.
 *
 * Hot path: runs a million times for a large demo store, so rows are plain values and JSON is
 * written with template strings (every free text goes through JSON.stringify).
 */
import { formatCaseNumber, localDay } from '../../src/shared/domain/caseNumber';
import type { CaseStatus, Channel } from '../../src/shared/schemas/case';
import type { FollowUpKind, Priority, Scenario } from '../../src/shared/schemas/domainTerms';
import { callStages, dispositionOf } from './demoCalls';
import { DAY_MS, HOUR_MS, localMidnight, MINUTE_MS, UTC_OFFSET_MINUTES } from './demoCalendar';
import { allCategories, categoryOf, pickBranch, pickChannel, pickPriority, pickSatisfaction, pickScenario, pickStatus, pickStillOpen } from './demoCaseMix';
import type { DemoCustomer } from './demoCustomers';
import { writeFaultDiagnosis } from './demoFaults';
import { issues, issuesEn } from './demoIssues';
import { INACTIVE_BEFORE_MS, type DemoOrganisation } from './demoOrganisation';
import { returnStepTimes, stepsBefore, writeReturn } from './demoReturns';
import type { DemoClock } from './demoSla';
import type { DemoSink } from './demoTables';
import {
  collaborationTargets,
  collaborationTargetsEn,
  engineerNames,
  faultCauses,
  followUpNotes,
  notes,
  notesEn,
  products,
  revealReasons,
  statusNotes,
  surveyComments,
  surveyCommentsEn,
  symptoms,
  symptomsEn,
  visitTimeSlots,
  type TextContext,
} from './demoVocabulary';
import { demoId, type DemoRng } from './random';
import { writeApproval, writeEvidence, writeReplies, writeVisit } from './demoLiveWork';

export interface DemoWorld {
  org: DemoOrganisation;
  clock: DemoClock;
  now: number;
}

/** Where and when a case was opened, and by whom. */
export interface CaseSpec {
  createdAt: number;
  /** Local day 'YYYYMMDD' and the case's place in that day's sequence (from 1). */
  day: string;
  seq: number;
  customer: DemoCustomer;
}

/**
 * The call screen went live 300 days before `now`: calls since then have their stage times and a
 * wrap-up event on the timeline; older calls were imported from the previous system without them.
 */
const CALL_SCREEN_AGE_MS = 300 * DAY_MS;
const feedbackChoices = [15, 30, 60, 120, 240] as const;
const approvalRemedies = ['compensation', 'exchange', 'refund'] as const;

/** How the status path ended: the resolution time (null once reopened) and what it involved. */
interface StatusOutcome {
  resolvedAt: number | null;
  reopenCount: number;
  collaborationTarget: string | null;
}

/**
 * Writes cases with all their rows, as they would stand at `world.now`. A class rather than
 * closures: it runs a million times, and per-case helper functions would be allocated every time.
 */
export class CaseWriter {
  private readonly limit: number;
  // The case being written.
  private caseId = '';
  private customerId = '';
  private actorId = '';
  private english = false;
  /** Where an engineer visit goes: the customer's address, or their city when none is known. */
  private visitAddress = '';
  /** Teams that already have an approval waiting for their lead (one each keeps the team view readable). */
  private readonly pendingTeams = new Set<string>();
  /** The latest event so far: the case's updated_at. */
  private last = 0;

  constructor(
    private readonly rng: DemoRng,
    private readonly world: DemoWorld,
    private readonly sink: DemoSink,
    /** Issue 17's rows (demoLiveWork.ts) draw from this source, so the rows above did not change when they were added. */
    private readonly extra: DemoRng,
  ) {
    this.limit = world.now - 1000;
  }

  /** One case opened at `spec.createdAt`, with all its rows. */
  write(spec: CaseSpec): void {
    const { rng, sink, limit } = this;
    const { org, clock, now } = this.world;
    const { createdAt, customer } = spec;
    const age = now - createdAt;
    const english = customer.english;

    // What it is about, who handles it, where it stands.
    const scenario = pickScenario(rng);
    const branch = rng.chance(0.92) ? customer.branch : pickBranch(rng);
    const team = org.teams[rng.pick(org.teamsFor(branch, scenario))]!;
    const worker = org.agents[rng.pick(age > INACTIVE_BEFORE_MS ? team.members : team.active)]!;
    let status = pickStatus(rng, age);
    const channel = pickChannel(rng);
    let priority = pickPriority(rng);
    const severity = scenario === 'complaint' ? (rng.chance(0.2) ? 'major' : 'minor') : null;
    if (severity === 'major' && (priority === 'low' || priority === 'normal')) priority = rng.chance(0.6) ? 'high' : 'urgent';
    const product = rng.pick(products);
    const needsOrder = scenario === 'order' || scenario === 'returnExchange' || (scenario === 'complaint' && rng.chance(0.4)) || (scenario === 'afterSales' && rng.chance(0.3));
    const purchasedAt = createdAt - rng.int(scenario === 'returnExchange' ? 1 : 2, scenario === 'returnExchange' ? 20 : 400) * DAY_MS - rng.int(0, DAY_MS);
    const orderNo = needsOrder ? `SO${localDay(purchasedAt, UTC_OFFSET_MINUTES)}${rng.int(10_000, 99_999)}` : null;
    const [faultClass, cause, remedy] = rng.pick(faultCauses[product.family]);
    const text: TextContext = {
      who: customer.who,
      product: english ? product.en : product.name,
      symptom: rng.pick(english ? symptomsEn[product.family] : symptoms[product.family]),
      days: rng.int(2, 15),
      times: rng.int(2, 4),
      orderNo: orderNo ?? '',
      city: customer.city.name,
      cause,
      remedy,
    };
    const issue = rng.pick((english ? issuesEn : issues)[scenario]);
    const subject = issue.subject(text);
    const description = rng.pick(issue.descriptions)(text);

    const caseId = demoId(rng, createdAt);
    const number = formatCaseNumber({ branch: org.branches[branch]!.code, day: spec.day, device: worker.device, seq: spec.seq });
    const due = clock.dueTimes({ channel, priority, scenario, severity }, createdAt);
    const unassigned = status === 'new' && rng.chance(0.4);
    this.caseId = caseId;
    this.customerId = customer.id;
    this.actorId = worker.id;
    this.english = english;
    this.visitAddress = customer.address ?? customer.city.name;
    this.last = createdAt;
    this.event('created', createdAt, '{}', unassigned ? null : worker.id);

    // The call (or visit) it was opened in: the case is saved at the end of the call's wrap-up.
    const hasCall = status !== 'new' && (channel === 'phone' || channel === 'walkIn');
    const talkSeconds = hasCall ? 40 + Math.floor(860 * rng.float() ** 2) : 0;
    const acwSeconds = hasCall ? rng.int(10, 180) : 0;
    const callStart = createdAt - (talkSeconds + acwSeconds) * 1000;
    const callId = hasCall ? demoId(rng, callStart) : null;
    const firstResponseAt = hasCall ? callStart : status === 'new' ? null : this.firstResponse(channel, createdAt);
    const worked = firstResponseAt ?? createdAt;
    const wrapUpAt = hasCall ? createdAt : null;

    // When it was resolved, if it was; a resolution still in the future leaves the case open.
    const returnTimes = scenario === 'returnExchange' ? returnStepTimes(rng, createdAt) : null;
    const wantsResolution = status === 'resolved' || status === 'closed' || status === 'reopened';
    const resolvedInCall = hasCall && wantsResolution && scenario !== 'returnExchange' && scenario !== 'afterSales' && rng.chance(0.55);
    let resolvedAt: number | null = null;
    if (wantsResolution) {
      if (resolvedInCall) resolvedAt = createdAt;
      else if (returnTimes) resolvedAt = Math.max(worked, returnTimes[5]! + rng.int(10 * MINUTE_MS, 3 * HOUR_MS));
      else {
        const span = Math.max((due.resolutionDueAt ?? createdAt + 2 * HOUR_MS) - createdAt, 30 * MINUTE_MS);
        resolvedAt = Math.max(worked, createdAt + Math.round(rng.chance(0.82) ? span * (0.1 + 0.85 * rng.float()) : span * (1.05 + 3 * rng.float())));
      }
      if (resolvedAt >= limit) {
        resolvedAt = null;
        status = pickStillOpen(rng);
      }
    }

    const outcome = this.walkStatus(status, worked, wrapUpAt, resolvedAt, resolvedInCall);
    resolvedAt = outcome.resolvedAt;
    const hasResolution = status === 'resolved' || status === 'closed' || status === 'reopened';
    let resolution: string | null = null;
    if (hasResolution) resolution = rng.pick(issue.resolutions)(text);
    else if (hasCall) {
      const target = outcome.collaborationTarget;
      if (target) resolution = english ? `Passed to ${target}` : `已转交${target}跟进`;
      else resolution = english ? 'Logged; waiting for more information' : '已登记问题，等待进一步处理';
    }

    // Complaints beyond the agent's authority go to the team lead.
    if (scenario === 'complaint' && hasResolution && rng.chance(0.25)) {
      const base = resolvedAt ?? this.last;
      const at = worked + Math.floor((base - worked) * 0.5);
      const remedyAsked = rng.pick(approvalRemedies);
      // Since the call screen went live, most were asked during the call (issue 17): the request row is named by the event.
      const liveId = age <= CALL_SCREEN_AGE_MS && this.extra.chance(0.7) ? demoId(this.extra, at) : null;
      const live = liveId ? `,"liveApprovalId":"${liveId}"` : '';
      this.event('approvalRequested', at, `{"remedy":"${remedyAsked}","solution":${JSON.stringify(resolution)}${live}}`, worker.id);
      const decidedAt = at + Math.floor((base - at) * 0.5);
      const decision = rng.chance(0.9) ? 'approvalGranted' : 'approvalDenied';
      this.event(decision, decidedAt, `{"remedy":"${remedyAsked}"}`, org.agents[team.lead]!.id);
      if (liveId) {
        const request = { id: liveId, caseId, callRef: callId ?? demoId(this.extra, at), branchId: org.branches[branch]!.id, teamId: team.id, agentId: worker.id, leadId: org.agents[team.lead]!.id };
        writeApproval(this.extra, sink, { ...request, customer: customer.who, remedy: remedyAsked, summary: resolution ?? '', requestedAt: at, decision: decision === 'approvalGranted' ? 'granted' : 'denied', decidedAt });
      }
    }
    // A few open cases of the last days have a request a lead has not decided yet (the customer is on the line now): one per team at most.
    if (!hasResolution && status !== 'new' && age < 7 * DAY_MS && !this.pendingTeams.has(team.id) && this.extra.chance(0.5)) {
      this.pendingTeams.add(team.id);
      const requestedAt = now - this.extra.int(2, 25) * MINUTE_MS;
      const request = { id: demoId(this.extra, requestedAt), caseId, callRef: demoId(this.extra, requestedAt), branchId: org.branches[branch]!.id, teamId: team.id, agentId: worker.id, leadId: org.agents[team.lead]!.id };
      writeApproval(this.extra, sink, { ...request, customer: customer.who, remedy: this.extra.pick(approvalRemedies), summary: '', requestedAt, decision: 'pending', decidedAt: null });
    }

    const satisfaction = hasResolution && status !== 'reopened' ? this.survey(scenario, resolvedInCall, createdAt, resolvedAt!, callId) : null;
    const callbackScheduled = this.followUps(scenario, status, resolvedAt, wrapUpAt ?? worked, createdAt);

    if (returnTimes) {
      const reached = hasResolution ? 6 : status === 'new' ? 1 : Math.min(status === 'waitingCustomer' ? 3 : 5, stepsBefore(returnTimes, limit));
      const note = english ? '' : `${text.product}：${text.symptom}`;
      const step = writeReturn(rng, clock, sink, { caseId, times: returnTimes, reached, purchasedAt, address: customer.address, note });
      // The timeline shows the step the return stands at; every step is in return_steps.
      this.event('returnStep', step.at, step.data, worker.id);
    }
    if ((scenario === 'faultDiagnosis' && (status !== 'new' || rng.chance(0.5))) || (scenario === 'afterSales' && rng.chance(0.15))) {
      const needsVisit = writeFaultDiagnosis(rng, sink, { caseId, symptom: text.symptom, faultClass, cause, remedy, resolved: hasResolution, createdAt, updatedAt: resolvedAt ?? (hasResolution ? this.last : createdAt) });
      if (needsVisit) this.bookVisit(this.extra.pick(engineerNames), localMidnight(createdAt) + this.extra.int(1, 3) * DAY_MS, this.extra.pick(visitTimeSlots), createdAt);
    }
    // Chat and email replies recorded as sent (issue 17), the first at the first response; since the call screen went live.
    if ((channel === 'chat' || channel === 'email') && firstResponseAt !== null && age <= CALL_SCREEN_AGE_MS) {
      const until = Math.min(resolvedAt ?? limit, limit);
      const replies = writeReplies(this.extra, sink, { caseId, channel, agentId: worker.id, english, text: { who: customer.who, product: text.product, orderNo: orderNo ?? '' }, firstAt: firstResponseAt, until });
      for (const reply of replies) this.event('replySent', reply.at, `{"replyId":"${reply.id}","channel":"${channel}","text":${JSON.stringify(reply.body)}}`, worker.id, this.extra);
    }
    // Now and then a complaint or a return comes with photos or receipts (metadata only).
    if ((scenario === 'complaint' || scenario === 'returnExchange') && status !== 'new' && this.extra.chance(0.2)) {
      writeEvidence(this.extra, sink, { caseId, agentId: worker.id, english, from: createdAt, until: Math.max(createdAt, this.last) });
    }
    if (status !== 'new') priority = this.extras(text, worked, priority, customer);

    if (callId) {
      const callScreen = age <= CALL_SCREEN_AGE_MS;
      const disposition = dispositionOf(rng, status, resolvedInCall, callbackScheduled);
      sink.calls(callId, caseId, worker.id, channel, callStart, callStart + talkSeconds * 1000, talkSeconds, acwSeconds, disposition, callScreen ? callStages(callStart, talkSeconds * 1000, createdAt) : '[]');
      // The timeline shows each call's wrap-up; the time of every stage is in calls.stages.
      if (callScreen) this.event('stageCompleted', createdAt, `{"callId":"${callId}","stage":"record"}`, worker.id);
    }

    const category = status === 'new' && rng.chance(0.5) ? null : rng.chance(0.04) ? rng.pick(allCategories) : categoryOf[scenario];
    sink.cases(
      caseId,
      number,
      customer.id,
      channel,
      status,
      subject,
      createdAt,
      this.last,
      scenario,
      category,
      priority,
      severity,
      description,
      english ? product.en : product.name,
      orderNo,
      unassigned ? null : worker.id,
      team.id,
      org.branches[branch]!.id,
      due.responseDueAt,
      due.resolutionDueAt,
      firstResponseAt,
      resolvedAt,
      resolution,
      satisfaction,
      outcome.reopenCount,
    );
  }

  /** A time `min`…`max` ms after `from`, squeezed to stay before now. */
  private after(from: number, min: number, max: number): number {
    const { rng, limit } = this;
    const t = from + rng.int(min, max);
    if (t < limit) return t;
    return from >= limit ? from : from + Math.floor((limit - from) * (0.2 + 0.7 * rng.float()));
  }

  private event(kind: string, at: number, data: string, actorId: string | null, idRng: DemoRng = this.rng): void {
    this.sink.timeline_events(demoId(idRng, at), this.caseId, kind, at, data, actorId);
    if (at > this.last) this.last = at;
  }

  private move(from: CaseStatus, to: CaseStatus, at: number, note?: string): void {
    this.event('statusChanged', at, note === undefined ? `{"from":"${from}","to":"${to}"}` : `{"from":"${from}","to":"${to}","note":${JSON.stringify(note)}}`, this.actorId);
  }

  /** An escalation or transfer event; returns who it went to. */
  private collaborate(kind: 'escalate' | 'transfer', at: number): string {
    const target = this.rng.pick(this.english ? collaborationTargetsEn : collaborationTargets);
    const feedbackMinutes = this.rng.pick(feedbackChoices);
    this.event(kind === 'transfer' ? 'transfer' : 'escalation', at, `{"kind":"${kind}","target":${JSON.stringify(target)},"feedbackMinutes":${feedbackMinutes},"note":"","at":${at},"dueBy":${at + 5 * MINUTE_MS}}`, this.actorId);
    return target;
  }

  /** First reply to a case opened without a call: chat in seconds, email within a day (mostly). */
  private firstResponse(channel: Channel, createdAt: number): number {
    const { rng } = this;
    if (channel === 'chat') return rng.chance(0.85) ? this.after(createdAt, 3_000, 30_000) : this.after(createdAt, 30_000, 5 * MINUTE_MS);
    if (channel === 'email') return rng.chance(0.88) ? this.after(createdAt, 20 * MINUTE_MS, 24 * HOUR_MS) : this.after(createdAt, 24 * HOUR_MS, 60 * HOUR_MS);
    return this.after(createdAt, 0, 5 * MINUTE_MS);
  }

  /** The status changes (and escalation or transfer) that lead to `status`, along the case state machine. */
  private walkStatus(status: CaseStatus, worked: number, wrapUpAt: number | null, resolvedAt: number | null, resolvedInCall: boolean): StatusOutcome {
    const { rng, english } = this;
    const outcome: StatusOutcome = { resolvedAt, reopenCount: 0, collaborationTarget: null };
    switch (status) {
      case 'new':
        return outcome;
      case 'inProgress':
        this.move('new', 'inProgress', wrapUpAt ?? worked);
        return outcome;
      case 'waitingCustomer':
        this.move('new', 'waitingCustomer', wrapUpAt ?? this.after(worked, MINUTE_MS, 4 * HOUR_MS), rng.chance(0.4) && !english ? rng.pick(statusNotes) : undefined);
        return outcome;
      case 'escalated':
      case 'transferred': {
        const at = wrapUpAt ?? this.after(worked, MINUTE_MS, 2 * HOUR_MS);
        outcome.collaborationTarget = this.collaborate(status === 'escalated' ? 'escalate' : 'transfer', at);
        this.move('new', status, at);
        return outcome;
      }
    }
    // resolved, closed or reopened: resolved first, sometimes after an escalation.
    let resolved = resolvedAt!;
    let from: CaseStatus = 'new';
    if (!resolvedInCall && rng.chance(0.03)) {
      const at = worked + Math.floor((resolved - worked) * 0.2);
      this.collaborate('escalate', at);
      this.move('new', 'escalated', at);
      from = 'escalated';
    }
    this.move(from, 'resolved', resolved);
    if (status === 'closed') {
      if (rng.chance(0.03)) {
        const reopenedAt = this.after(resolved, DAY_MS, 5 * DAY_MS);
        this.move('resolved', 'reopened', reopenedAt, english ? undefined : '客户反映问题再次出现');
        resolved = this.after(reopenedAt, 2 * HOUR_MS, 3 * DAY_MS);
        this.move('reopened', 'resolved', resolved);
        outcome.reopenCount = 1;
      }
      this.move('resolved', 'closed', this.after(resolved, DAY_MS, 7 * DAY_MS));
      outcome.resolvedAt = resolved;
    } else if (status === 'reopened') {
      this.move('resolved', 'reopened', this.after(resolved, 2 * HOUR_MS, 5 * DAY_MS), english ? undefined : '客户反映问题仍未解决');
      outcome.reopenCount = 1;
      outcome.resolvedAt = null; // reopening clears the resolution time, as moveStatus does
    }
    return outcome;
  }

  /** The satisfaction survey: in the call when it was solved there, otherwise now and then by a later callback. Returns the score. */
  private survey(scenario: Scenario, resolvedInCall: boolean, createdAt: number, resolvedAt: number, callId: string | null): number | null {
    const { rng } = this;
    const inCall = resolvedInCall && rng.chance(0.35);
    if (!inCall && !rng.chance(0.1)) return null;
    const at = inCall ? createdAt : this.after(resolvedAt, HOUR_MS, 48 * HOUR_MS);
    const score = pickSatisfaction(rng, scenario);
    const comment = this.english ? rng.pick(surveyCommentsEn) : rng.pick(surveyComments[score - 1]!);
    const surveyId = demoId(rng, at);
    this.sink.surveys(surveyId, this.caseId, inCall ? callId : null, score, comment, at);
    this.event('survey', at, `{"surveyId":"${surveyId}","score":${score}}`, this.actorId);
    return score;
  }

  /** Callbacks, the engineer-visit confirmation and care contacts. Returns whether a callback was scheduled. */
  private followUps(scenario: Scenario, status: CaseStatus, resolvedAt: number | null, scheduledAt: number, createdAt: number): boolean {
    const { rng, english } = this;
    let callback = false;
    const waiting = status === 'waitingCustomer' || status === 'escalated' || status === 'transferred';
    if ((resolvedAt !== null && rng.chance(0.05)) || (waiting && rng.chance(0.4))) {
      const from = resolvedAt ?? this.last;
      this.followUp('callback', from, from + rng.int(4 * HOUR_MS, 72 * HOUR_MS), english ? 'Call back to confirm' : rng.pick(followUpNotes.callback));
      callback = true;
    }
    if (scenario === 'afterSales' && status !== 'new' && rng.chance(0.3)) {
      const visitDay = localMidnight(createdAt) + rng.int(1, 3) * DAY_MS;
      const engineer = rng.pick(engineerNames);
      const timeSlot = rng.pick(visitTimeSlots);
      const date = new Date(visitDay + UTC_OFFSET_MINUTES * MINUTE_MS).toISOString().slice(0, 10);
      // Confirmed with the customer at the end of the visit day, as finishCall schedules it.
      this.followUp('visitConfirmation', scheduledAt, visitDay + 18 * HOUR_MS, `${engineer} ${timeSlot}`, `,"engineer":"${engineer}","date":"${date}","timeSlot":"${timeSlot}"`);
      this.bookVisit(engineer, visitDay, timeSlot, scheduledAt);
    }
    if (!english && status !== 'new' && rng.chance(0.01)) {
      this.followUp('care', scheduledAt, createdAt + rng.int(10, 200) * DAY_MS, rng.pick(followUpNotes.care));
    }
    return callback;
  }

  /** The engineer visit's booking (issue 17): the local day of `visitDay`, where, and how long. */
  private bookVisit(engineer: string, visitDay: number, timeSlot: string, bookedAt: number): void {
    const day = new Date(visitDay + UTC_OFFSET_MINUTES * MINUTE_MS).toISOString().slice(0, 10);
    writeVisit(this.extra, this.sink, { caseId: this.caseId, engineer, day, timeSlot, address: this.visitAddress, bookedAt });
  }

  /** A follow-up with its scheduled event, and its done or missed event once it is past due. */
  private followUp(kind: FollowUpKind, scheduledAt: number, dueAt: number, note: string, extra = ''): void {
    const { rng, limit } = this;
    const id = demoId(rng, scheduledAt);
    let state: 'due' | 'done' | 'missed' = 'due';
    let doneAt: number | null = null;
    this.event('followUpScheduled', scheduledAt, `{"followUpId":"${id}","kind":"${kind}","dueAt":${dueAt}${extra}}`, this.actorId);
    if (dueAt < this.world.now - 6 * HOUR_MS) {
      if (rng.chance(0.87)) {
        state = 'done';
        doneAt = Math.min(Math.max(scheduledAt, dueAt - rng.int(0, 3 * HOUR_MS)), limit);
        this.event('followUpDone', doneAt, `{"followUpId":"${id}"}`, this.actorId);
      } else {
        state = 'missed';
        this.event('followUpMissed', Math.min(dueAt + 6 * HOUR_MS, limit), `{"followUpId":"${id}"}`, null);
      }
    }
    this.sink.follow_ups(id, this.caseId, this.customerId, this.actorId, kind, dueAt, state, doneAt, note, scheduledAt);
  }

  /** Now and then a note, a priority raised, or a personal-data field revealed (audited). Returns the priority. */
  private extras(text: TextContext, worked: number, priority: Priority, customer: DemoCustomer): Priority {
    const { rng } = this;
    if (rng.chance(0.05)) {
      this.event('note', this.after(worked, 10 * MINUTE_MS, 2 * DAY_MS), `{"text":${JSON.stringify(rng.pick(this.english ? notesEn : notes)(text))}}`, this.actorId);
    }
    if (priority === 'normal' && rng.chance(0.03)) {
      this.event('fieldChanged', this.after(worked, MINUTE_MS, 6 * HOUR_MS), '{"field":"priority","from":"normal","to":"high"}', this.actorId);
      priority = 'high';
    }
    if (rng.chance(0.01)) {
      const at = this.after(worked, MINUTE_MS, HOUR_MS);
      const field = customer.address !== null && rng.chance(0.5) ? 'address' : 'phone';
      const reason = rng.pick(revealReasons);
      this.sink.audit_log(demoId(rng, at), at, this.actorId, 'reveal', 'customer', customer.id, field, reason, '{}');
      this.event('fieldRevealed', at, `{"field":"${field}","reason":${JSON.stringify(reason)}}`, this.actorId);
    }
    return priority;
  }
}
