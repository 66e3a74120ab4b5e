import type { CaseSurvey } from '../../../shared/schemas/caseDetail';
import type { Customer360 } from '../../../shared/schemas/workspace';
import { statement, type ReadableDB, type WritableDB } from '../db';

const LINKED_LIMIT = 200;

export interface NewSurvey {
  id: string;
  caseId: string;
  callId: string;
  score: number;
  comment: string;
  at: number;
}

export function insertSurvey(db: WritableDB, survey: NewSurvey): void {
  statement(db, 'INSERT INTO surveys (id, case_id, call_id, score, comment, at) VALUES (?, ?, ?, ?, ?, ?)').run(survey.id, survey.caseId, survey.callId, survey.score, survey.comment, survey.at);
}

/** A case's satisfaction surveys, newest first. */
export function surveysOfCase(db: ReadableDB, caseId: string): CaseSurvey[] {
  return statement(db, 'SELECT id, score, comment, at FROM surveys WHERE case_id = ? ORDER BY at DESC, id DESC LIMIT ?').all(caseId, LINKED_LIMIT) as CaseSurvey[];
}

/** Every survey on a customer's cases, newest first. */
export function surveysOfCustomer(db: ReadableDB, customerId: string): Customer360['satisfaction']['recent'] {
  return statement(
    db,
    'SELECT s.score, s.comment, s.at, s.case_id AS caseId FROM surveys s JOIN cases c ON c.id = s.case_id WHERE c.customer_id = ? ORDER BY s.at DESC',
  ).all(customerId) as Customer360['satisfaction']['recent'];
}
