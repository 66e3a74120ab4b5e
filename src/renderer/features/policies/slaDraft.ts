import type { ClockId } from '../../../shared/domain/clockDefinitions';
import type { SlaClockKind } from '../../../shared/domain/sla';
import { clockDefinitionsOf, returnStepFields, returnStepTimesOf, type SlaPolicy, type SlaPolicyClock } from '../../../shared/domain/policies/slaPolicy';

/** What the admin typed for one clock; a field left alone keeps the exact value in force. */
export interface ClockEdit {
  minutes?: string;
  limit?: string;
  clock?: SlaClockKind;
}
export type SlaEdits = Partial<Record<ClockId, ClockEdit>>;
/** What the admin typed for a return step's time (returns.ts), by field. */
export type ReturnStepEdits = Partial<Record<(typeof returnStepFields)[number], string>>;

/** Minutes as the table shows them: up to two decimals (the phone answer's 10 s is 0.17). */
export const minutesText = (minutes: number | undefined): string => (minutes === undefined ? '' : String(Math.round(minutes * 100) / 100));

/** A typed number; text that is not one stays text, so the schema names it (notANumber). */
function numberOf(text: string): number | string {
  const trimmed = text.trim().replace(/,/g, '.');
  const n = Number(trimmed);
  return trimmed !== '' && Number.isFinite(n) ? n : text;
}

/** The clocks of the policy in force, every clock listed (one left out of a policy keeps its built-in target). */
export function editableClocks(inForce: SlaPolicy): SlaPolicyClock[] {
  return clockDefinitionsOf(inForce).map((d) => ({ id: d.id, when: d.when, minutes: d.minutes, clock: d.clock, ...(d.limitMinutes === undefined ? {} : { limitMinutes: d.limitMinutes }) }));
}

/** The body to publish: the clocks and return-step times in force with the admin's edits (possibly invalid: the schema says where). */
export function draftBody(base: readonly SlaPolicyClock[], edits: SlaEdits, inForce: SlaPolicy, returnEdits: ReturnStepEdits = {}): SlaPolicy {
  const times = returnStepTimesOf(inForce);
  return {
    returnSteps: Object.fromEntries(returnStepFields.map((f) => [f, returnEdits[f] === undefined ? times[f] : numberOf(returnEdits[f])])) as unknown as SlaPolicy['returnSteps'],
    clocks: base.map((c) => {
      const edit = edits[c.id];
      if (!edit) return c;
      const limit = edit.limit === undefined ? c.limitMinutes : edit.limit.trim() === '' ? undefined : numberOf(edit.limit);
      return {
        id: c.id,
        when: c.when,
        minutes: (edit.minutes === undefined ? c.minutes : numberOf(edit.minutes)) as number,
        clock: edit.clock ?? c.clock,
        ...(limit === undefined ? {} : { limitMinutes: limit as number }),
      };
    }),
  };
}
