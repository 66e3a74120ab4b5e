import { useTranslation } from 'react-i18next';
import type { AppErrorValue, FieldIssue } from '../../../shared/result';
import { validationMessage } from '../../ui/validationMessage';

/** Paths the editors show at their field; any other issue (adminOnly on `kind`…) shows here. */
const atFields = /^(clocks\.\d+\.(minutes|limitMinutes)|effectiveFrom|workStart|workEnd|workingWeekdays)$/;

/** Why a publish was refused, when it is not one field's problem: the role, or an error of main. */
export function PublishStatus({ issues, error }: { issues: readonly FieldIssue[]; error: AppErrorValue | null }) {
  const { t } = useTranslation();
  const general = issues.filter((i) => !atFields.test(i.path));
  if (general.length === 0 && !error) return null;
  return (
    <div role="alert" className="error-banner">
      {t('policies.publishFailed')} {general.map((i) => validationMessage(t, i)).join(' ')}
      {error && t(`errors.${error.code}`, { defaultValue: t('errors.internal') })}
    </div>
  );
}
