/** The call a case was opened in: its stage times and disposition code. */
import type { CaseStatus } from '../../src/shared/schemas/case';
import type { Disposition } from '../../src/shared/domain/callFlow';
import type { DemoRng } from './random';

/** The `calls.stages` JSON as the wrap-up writes it: when each of the five stages was completed. */
export function callStages(startedAt: number, talkMs: number, recordedAt: number): string {
  return `[{"stage":"greet","completedAt":${startedAt + Math.floor(talkMs * 0.08)}},{"stage":"confirm","completedAt":${startedAt + Math.floor(talkMs * 0.35)}},{"stage":"solve","completedAt":${startedAt + Math.floor(talkMs * 0.8)}},{"stage":"followUp","completedAt":${startedAt + talkMs}},{"stage":"record","completedAt":${recordedAt}}]`;
}

/** The disposition code an agent would pick for how the call left the case. */
export function dispositionOf(rng: DemoRng, status: CaseStatus, resolvedInCall: boolean, callbackScheduled: boolean): Disposition {
  if (status === 'escalated' || status === 'transferred') return status;
  if (resolvedInCall) return callbackScheduled ? 'resolvedWithFollowUp' : 'resolved';
  if (status === 'waitingCustomer') return 'callbackScheduled';
  return rng.chance(0.02) ? 'dropped' : 'informationOnly';
}
