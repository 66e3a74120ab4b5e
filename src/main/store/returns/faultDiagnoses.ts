import { v7 as uuidv7 } from 'uuid';
import { statement, type WritableDB } from '../db';

export interface NewFaultDiagnosis {
  caseId: string;
  symptoms: string;
  faultClass: string | null;
  stepsTried: readonly string[];
  rootCause: string | null;
  remedy: string | null;
  remedyKind: 'workaround' | 'fix';
  needsVisit: boolean;
  needsFactoryReturn: boolean;
  now: number;
}

/** Records a fault diagnosis on a case; returns its id. */
export function insertFaultDiagnosis(db: WritableDB, fault: NewFaultDiagnosis): string {
  const faultId = uuidv7();
  statement(
    db,
    `INSERT INTO fault_diagnoses (id, case_id, symptoms, fault_class, steps_tried, root_cause, remedy, remedy_kind, needs_visit, needs_factory_return, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(faultId, fault.caseId, fault.symptoms, fault.faultClass, JSON.stringify(fault.stepsTried), fault.rootCause, fault.remedy, fault.remedyKind, Number(fault.needsVisit), Number(fault.needsFactoryReturn), fault.now, fault.now);
  return faultId;
}
