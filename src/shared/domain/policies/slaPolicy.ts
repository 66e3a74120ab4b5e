import { z } from 'zod';
import { channels } from '../../schemas/case';
import { complaintSeverities, priorities, scenarios } from '../../schemas/domainTerms';
import { clockDefinitions, clockIds, type ClockDefinition, type ClockId } from '../clockDefinitions';
import { builtInReturnStepTimes, type ReturnStepTimes } from '../returns';
import { slaClockKinds, type SlaClockKind, type SlaConditions, type SlaTarget } from '../sla';

/**
 * The SLA-targets policy body: for each clock of clockDefinitions.ts, which cases it applies to
 * (channel, scenario, priority, severity), the target in minutes, its outer limit and whether it
 * counts working hours only. Where a clock starts and stops is structure, not policy: it stays in
 * clockDefinitions.ts. A clock left out of a policy keeps its built-in target.
 */
export interface SlaPolicyClock {
  id: ClockId;
  when: SlaConditions;
  minutes: number;
  limitMinutes?: number;
  clock: SlaClockKind;
}

export interface SlaPolicy {
  clocks: SlaPolicyClock[];
  /** A return's step deadlines (returns.ts); left out, the built-in ones. */
  returnSteps?: ReturnStepTimes;
}

const conditionList = <T extends readonly [string, ...string[]]>(values: T) => z.array(z.enum(values)).min(1).max(values.length).optional();
const MAX_MINUTES = 366 * 24 * 60;

export const slaPolicyClockSchema = z
  .strictObject({
    id: z.enum(clockIds),
    when: z.strictObject({
      channels: conditionList(channels),
      priorities: conditionList(priorities),
      scenarios: conditionList(scenarios),
      severities: conditionList(complaintSeverities),
    }),
    minutes: z.number('notANumber').min(0, 'tooSmall').max(MAX_MINUTES, 'tooLarge'),
    limitMinutes: z.number('notANumber').positive('tooSmall').max(MAX_MINUTES, 'tooLarge').optional(),
    clock: z.enum(slaClockKinds),
  })
  .refine((c) => c.limitMinutes === undefined || c.limitMinutes >= c.minutes, { message: 'limitBeforeTarget', path: ['limitMinutes'] });

const wholeNumber = (max: number) => z.number('notANumber').int('notWhole').min(1, 'atLeastOne').max(max, 'timeTooLong');

export const returnStepTimesSchema = z
  .strictObject({
    reviewWithinHours: wholeNumber(30 * 24),
    shipWithinDays: wholeNumber(90),
    processingExpectedWorkingDays: wholeNumber(60),
    processingDueWorkingDays: wholeNumber(60),
  })
  .refine((t) => t.processingExpectedWorkingDays <= t.processingDueWorkingDays, { message: 'expectedAfterDue', path: ['processingExpectedWorkingDays'] }) satisfies z.ZodType<ReturnStepTimes>;

export const slaPolicySchema = z.strictObject({
  clocks: z
    .array(slaPolicyClockSchema)
    .max(clockIds.length)
    .refine((clocks) => new Set(clocks.map((c) => c.id)).size === clocks.length, 'duplicateId'),
  returnSteps: returnStepTimesSchema.optional(),
}) satisfies z.ZodType<SlaPolicy>;

/** The return-step times of a policy: its own, or the built-in ones. */
export const returnStepTimesOf = (policy: SlaPolicy): ReturnStepTimes => policy.returnSteps ?? builtInReturnStepTimes;

/** The built-in targets as a policy body. */
export const builtInSlaPolicy: SlaPolicy = {
  clocks: clockDefinitions.map((d) => ({
    id: d.id,
    when: d.when,
    minutes: d.minutes,
    ...(d.limitMinutes === undefined ? {} : { limitMinutes: d.limitMinutes }),
    clock: d.clock,
  })),
  returnSteps: builtInReturnStepTimes,
};

/** The clock definitions with a policy's targets in place of the built-in ones. */
export function clockDefinitionsOf(policy: SlaPolicy): ClockDefinition[] {
  const byId = new Map(policy.clocks.map((c) => [c.id, c]));
  return clockDefinitions.map((def) => {
    const set = byId.get(def.id);
    if (!set) return def;
    const { limitMinutes: _builtInLimit, ...rest } = def;
    return { ...rest, when: set.when, minutes: set.minutes, clock: set.clock, ...(set.limitMinutes === undefined ? {} : { limitMinutes: set.limitMinutes }) };
  });
}

/** The case row's summary targets (response / resolution) of a set of definitions: those that start at creation. */
export function slaTargetsOf(definitions: readonly ClockDefinition[]): SlaTarget[] {
  return definitions.filter((d) => d.metric !== undefined && d.starts === 'created').map((d) => ({ id: d.id, metric: d.metric!, when: d.when, minutes: d.minutes, clock: d.clock }));
}

/** One clock whose target differs between two policies: what an admin sees before publishing. */
export interface SlaChange {
  id: ClockId;
  before: SlaPolicyClock;
  after: SlaPolicyClock;
}

export function slaChanges(before: SlaPolicy, after: SlaPolicy): SlaChange[] {
  const old = new Map(clockDefinitionsOf(before).map((d) => [d.id, d]));
  const changes: SlaChange[] = [];
  for (const def of clockDefinitionsOf(after)) {
    const prev = old.get(def.id)!;
    const same = prev.minutes === def.minutes && prev.clock === def.clock && prev.limitMinutes === def.limitMinutes && JSON.stringify(prev.when) === JSON.stringify(def.when);
    if (!same) changes.push({ id: def.id, before: asPolicyClock(prev), after: asPolicyClock(def) });
  }
  return changes;
}

function asPolicyClock(d: ClockDefinition): SlaPolicyClock {
  return { id: d.id, when: d.when, minutes: d.minutes, clock: d.clock, ...(d.limitMinutes === undefined ? {} : { limitMinutes: d.limitMinutes }) };
}

export const returnStepFields = ['reviewWithinHours', 'shipWithinDays', 'processingExpectedWorkingDays', 'processingDueWorkingDays'] as const satisfies readonly (keyof ReturnStepTimes)[];

/** The return-step times that differ between two policies. */
export function returnStepChanges(before: SlaPolicy, after: SlaPolicy): { field: (typeof returnStepFields)[number]; before: number; after: number }[] {
  const old = returnStepTimesOf(before);
  const now = returnStepTimesOf(after);
  return returnStepFields.filter((f) => old[f] !== now[f]).map((field) => ({ field, before: old[field], after: now[field] }));
}
