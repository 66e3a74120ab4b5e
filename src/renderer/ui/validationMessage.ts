import type { TFunction } from 'i18next';
import type { FieldIssue } from '../../shared/result';

/** A field issue from main's schema, in the agent's words (the generic "invalid" for a key this version does not know). */
export function validationMessage(t: TFunction, issue: FieldIssue): string {
  return t(`validation.${issue.key}`, { defaultValue: t('validation.invalid') });
}
