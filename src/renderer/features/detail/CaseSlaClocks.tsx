import { useTranslation } from 'react-i18next';
import { caseClocks } from '../../../shared/domain/caseClocks';
import type { CaseDetail } from '../../../shared/schemas/caseDetail';
import { ClockList } from '../../ui/ClockList';
import { useApiQuery } from '../../ui/useApiQuery';
import { useNow } from '../../ui/useNow';

/**
 * Every service clock that applies to the case, measured from its recorded events (the ring and
 * answer of its calls, replies, the plan told, promises), nearest due first, each with its
 * definition on hover. Ticks on its own, so the rest of the case view does not re-render.
 */
export function CaseSlaClocks({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const now = useNow(5_000);
  const facts = useApiQuery((api) => api.getCaseClockFacts({ caseId: detail.id }), [detail.id, detail.updatedAt], () => true);
  if (facts.state === 'loading') return <p className="muted case-sla">{t('clocks.label')}…</p>;
  if (facts.state === 'failed') return <p className="field-error case-sla">{t(`errors.${facts.error.code}`, { defaultValue: t('errors.internal') })}</p>;
  return <ClockList className="case-sla" clocks={caseClocks(facts.value, now)} />;
}
