import type { TFunction } from 'i18next';
import type { AppErrorValue, FieldIssue } from '../../../shared/result';

/** A failed request as a form shows it: the translated error, and each field's issue by path. */
export interface FormErrors {
  message: string;
  byField: Record<string, FieldIssue>;
}

export function formErrorsOf(t: TFunction, error: AppErrorValue): FormErrors {
  const byField: Record<string, FieldIssue> = {};
  for (const issue of error.issues ?? []) byField[issue.path] ??= issue;
  return { message: t(`errors.${error.code}`, { defaultValue: t('errors.internal') }), byField };
}
