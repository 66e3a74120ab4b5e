import type { TFunction } from 'i18next';
import type { FieldIssue } from '../../../shared/result';
import type { LocalText } from '../../../shared/domain/quality/scorecard';

/** A scorecard text in the interface language. */
export const localText = (text: LocalText, language: string): string => (language.startsWith('en') ? text.en : text['zh-CN']);

/** A field issue from main, in quality's own words where it has them. */
export const issueText = (t: TFunction, issue: FieldIssue): string => t(`quality.validation.${issue.key}`, { defaultValue: t(`validation.${issue.key}`, { defaultValue: t('validation.invalid') }) });
