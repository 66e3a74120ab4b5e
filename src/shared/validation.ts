import type { z } from 'zod';
import type { FieldIssue } from './result';

/** Message keys a schema may attach to an issue; each has a translation under `validation.*`. */
export const validationKeys = ['required', 'tooLong', 'invalidPhone', 'invalidChoice', 'invalidType', 'unknownField', 'httpsRequired', 'invalid', 'tooShort', 'numberTaken', 'keepReasonRequired', 'guardUnresolved', 'invalidEmail', 'invalidTracking', 'returnStepOutOfOrder', 'returnClosed', 'summaryTooShort', 'contactRequired', 'duplicatePhone', 'addressTooShort', 'visitDuration', 'evidenceEmpty', 'evidenceTooLarge', 'evidenceType', 'evidenceNotHere', 'notANumber', 'tooSmall', 'tooLarge', 'limitBeforeTarget', 'duplicateId', 'adminOnly', 'effectiveInPast', 'tooMany', 'notWhole', 'atLeastOne', 'timeTooLong', 'expectedAfterDue', 'invalidTimeZone', 'ownTeamOnly', 'notTeamScoped', 'dispositionCodeFormat', 'duplicateDispositionCode', 'noActiveDisposition', 'unknownDisposition', 'dispositionRemoved', 'dispositionMeansFixed'] as const;
export type ValidationKey = (typeof validationKeys)[number];

const isKey = (message: string): message is ValidationKey => (validationKeys as readonly string[]).includes(message);

function keyFor(issue: z.core.$ZodIssue): ValidationKey {
  if (isKey(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_value':
      return 'invalidChoice';
    case 'invalid_type':
      return 'invalidType';
    case 'unrecognized_keys':
      return 'unknownField';
    case 'too_big':
      return 'tooLong';
    default:
      return 'invalid';
  }
}

/** Turns zod's issues into `{path, key}` pairs the renderer can translate. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), key: keyFor(issue) }));
}
