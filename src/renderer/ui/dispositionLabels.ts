import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { dispositionLabel } from '../../shared/domain/policies/dispositionsPolicy';
import type { Locale } from '../../shared/schemas/settings';
import { usePolicies } from './usePolicies';

/** The interface language as a policy label language. */
export const labelLocaleOf = (language: string): Locale => (language.startsWith('en') ? 'en' : 'zh-CN');

/**
 * How a stored disposition code reads (issue 18): its label in the interface language from the
 * newest version of the dispositions policy that has it (a retired code keeps its name), else the
 * built-in term, else the code itself (a code from a version this desktop has not pulled yet).
 */
export function useDispositionLabel(): (code: string) => string {
  const { t, i18n } = useTranslation();
  const { records } = usePolicies();
  const locale = labelLocaleOf(i18n.language);
  return useCallback((code: string) => dispositionLabel(records, code, locale) ?? t(`terms.dispositions.${code}`, { defaultValue: code }), [records, locale, t]);
}
