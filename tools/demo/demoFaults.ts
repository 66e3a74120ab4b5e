/** The fault diagnosis of a fault case (and of some repair visits). */
import type { DemoSink } from './demoTables';
import { stepsTried } from './demoVocabulary';
import { demoId, type DemoRng } from './random';

export interface FaultInput {
  caseId: string;
  symptom: string;
  faultClass: 'hardware' | 'software' | 'network';
  cause: string;
  remedy: string;
  /** Whether the case is resolved: only then are the remedy and its kind known. */
  resolved: boolean;
  createdAt: number;
  updatedAt: number;
}

/** Symptoms, the one to three steps already tried, and — once known — class, root cause and remedy. Returns whether an engineer visit is needed. */
export function writeFaultDiagnosis(rng: DemoRng, sink: DemoSink, input: FaultInput): boolean {
  const tried: string[] = [];
  for (let i = rng.int(1, 3); i > 0; i--) {
    const step = rng.pick(stepsTried);
    if (!tried.includes(step)) tried.push(step);
  }
  const known = input.resolved || rng.chance(0.5);
  const hardware = input.faultClass === 'hardware';
  const visit = hardware && rng.chance(0.5);
  sink.fault_diagnoses(
    demoId(rng, input.createdAt),
    input.caseId,
    input.symptom,
    known || rng.chance(0.5) ? input.faultClass : null,
    JSON.stringify(tried),
    known ? input.cause : null,
    input.resolved ? input.remedy : null,
    input.resolved ? (rng.chance(0.8) ? 'fix' : 'workaround') : null,
    visit ? 1 : 0,
    hardware && !visit && rng.chance(0.3) ? 1 : 0,
    input.createdAt,
    input.updatedAt,
  );
  return visit;
}
