import { z } from 'zod';
import { bulkUpdateCasesInput, type BulkCaseResult } from '../schemas/bulkCases';
import { entityId, listCasesQuery, newCaseInput, type CasePage, type CaseSummary } from '../schemas/case';
import { addNoteInput, changeStatusInput, updateCaseInput } from '../schemas/caseActions';
import type { CaseDetail } from '../schemas/caseDetail';
import type { casesChannels } from './channels/cases';
import type { SliceContract } from './slice';

/** The cases slice. */
export const casesContract = {
  createCase: { request: newCaseInput, reply: {} as CaseSummary },
  listCases: { request: listCasesQuery, reply: {} as CasePage },
  getCase: { request: z.strictObject({ caseId: entityId }), reply: {} as CaseDetail },
  updateCase: { request: updateCaseInput, reply: {} as CaseDetail },
  changeCaseStatus: { request: changeStatusInput, reply: {} as CaseDetail },
  addNote: { request: addNoteInput, reply: {} as CaseDetail },
  /** One action (assign, move status, add tag) on many cases; each case saved on its own, each result reported. */
  bulkUpdateCases: { request: bulkUpdateCasesInput, reply: {} as { results: BulkCaseResult[] } },
} satisfies SliceContract<typeof casesChannels>;
