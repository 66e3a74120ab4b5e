import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../shared/schemas/caseDetail';
import { ClockList } from '../../ui/ClockList';
import { clocksUnderPolicies } from '../../ui/policyClocks';
import { usePolicies } from '../../ui/usePolicies';
import { useApiQuery } from '../../ui/useApiQuery';
import { useNow } from '../../ui/useNow';

/**
 * Every service clock that applies to the case, measured from its recorded events (the ring and
 * answer of its calls, replies, the plan told, promises), nearest due first, each with its
 * definition on hover, each under the policies in force when it started (issue 18). Ticks on its own, so the rest of the case view does not re-render.
 */
export function CaseSlaClocks({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const now = useNow(5_000);
  const facts = useApiQuery((api) => api.getCaseClockFacts({ caseId: detail.id }), [detail.id, detail.updatedAt], () => true);
  const policies = usePolicies();
  if (facts.state === 'loading' || !policies.ready) return <p className="muted case-sla">{t('clocks.label')}…</p>;
  if (facts.state === 'failed') return <p className="field-error case-sla">{t(`errors.${facts.error.code}`, { defaultValue: t('errors.internal') })}</p>;
  return <ClockList className="case-sla" clocks={clocksUnderPolicies(facts.value, now, policies.records)} />;
}
