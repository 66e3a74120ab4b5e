import type { RulesAt } from '../../shared/domain/policies/policyInForce';
import { advanceReturn as advance, stepVerdicts, type ReturnAct } from '../../shared/domain/returnFlow';
import { AppError } from '../../shared/result';
import type { WriteContext } from '../store/actor';
import { addEvent } from '../store/cases/timeline';
import type { WritableDB } from '../store/db';
import { recordedSteps, returnNowOrThrow, writeReturnStep } from '../store/returns/returnSteps';
import { appendMutation } from '../store/sync/outbox';
import { rulesInForceAt } from './rulesInForce';

export interface AdvancedReturn {
  caseId: string;
  step: string;
  /** When the step after this one is due; null once closed or when it has no deadline. */
  nextDueAt: number | null;
  /** The step was recorded after its deadline. */
  breached: boolean;
}

/**
 * Records one act on a return (review, confirmation, shipment, receipt, processing): the step
 * row with the next step's due time, the return's new state, a `returnStep` event on the case
 * timeline (late steps marked breached) and the outbox row, in one transaction. An act out of
 * order or on a closed return changes nothing. The next step's due time follows the policies in
 * force now on this desktop (issue 18): the SLA policy's return-step times, working days on its
 * business calendar.
 */
export function advanceReturn(db: WritableDB, returnId: string, act: ReturnAct, ctx: WriteContext, rules: Pick<RulesAt, 'calendar' | 'returnSteps'> = rulesInForceAt(db, ctx.now)): AdvancedReturn {
  return db.transaction(() => {
    const current = returnNowOrThrow(db, returnId);
    const outcome = advance(current, act, ctx.now, rules.calendar, rules.returnSteps);
    if (!outcome.ok) {
      throw new AppError('invalid_transition', `return ${returnId}: ${act.act} refused (${outcome.code})`, [{ path: 'act', key: outcome.code }]);
    }
    const steps = recordedSteps(db, returnId);
    const dueAt = steps.filter((s) => s.step === current.step).at(-1)?.dueAt ?? null;
    const breached = stepVerdicts([...steps, { step: outcome.step, at: ctx.now, dueAt: null }]).at(-1)?.breached ?? false;
    writeReturnStep(db, {
      returnId,
      step: outcome.step,
      state: outcome.state,
      at: ctx.now,
      dueAt: outcome.nextDueAt,
      note: outcome.note,
      ...(act.act === 'confirmMethod' ? { method: act.method, address: act.address } : {}),
      ...(act.act === 'ship' ? { trackingNumber: act.trackingNumber } : {}),
      ...(act.act === 'process' ? { resolution: act.resolution } : {}),
    });
    addEvent(db, {
      caseId: current.caseId,
      kind: 'returnStep',
      at: ctx.now,
      actorId: ctx.actor.agentId,
      data: { returnId, step: outcome.step, act: act.act, state: outcome.state, dueAt, breached, nextDueAt: outcome.nextDueAt, note: act.act === 'confirmMethod' ? act.method : outcome.note },
    });
    appendMutation(db, 'return.advance', { returnId, act: act.act }, ctx.now);
    return { caseId: current.caseId, step: outcome.step, nextDueAt: outcome.nextDueAt, breached };
  })();
}
