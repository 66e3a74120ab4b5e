import { useTranslation } from 'react-i18next';
import { CaseReplies } from './CaseReplies';
import { CaseSlaClocks } from './CaseSlaClocks';
import { CaseTimeline } from './CaseTimeline';
import { CaseIncidents } from './CaseIncidents';
import { LinkedItems } from './LinkedItems';
import { NoteForm } from './NoteForm';
import { EvidencePanel } from './EvidencePanel';
import { QuickActions } from './QuickActions';
import { formatAt } from '../../ui/formatSpan';
import './detail.css';
import { LoadStatus } from '../../ui/LoadStatus';
import { SidePanel } from '../../ui/SidePanel';
import { useApiQuery } from '../../ui/useApiQuery';

/** A case opened whole: header, SLA clocks, quick actions, timeline, notes and what is linked to it. */
export function CaseDetailView({ caseId, onClose, onOpenCustomer }: { caseId: string; onClose(): void; onOpenCustomer(customerId: string): void }) {
  const { t, i18n } = useTranslation();
  // The case on screen stays while it is asked for again; another case shows "loading" first.
  const loading = useApiQuery((api) => api.getCase({ caseId }), [caseId], (shown) => shown.id === caseId);
  const { retry: reload, set: changed } = loading;
  const detail = loading.state === 'loaded' ? loading.value : null;

  return (
    <SidePanel className="case-detail" titleId="case-detail-title" title={detail ? `${detail.number} · ${detail.subject}` : t('caseDetail.untitled')} busy={loading.state === 'loading'} onClose={onClose}>
      <LoadStatus state={loading.state} error={loading.state === 'failed' ? loading.error : undefined} ns="caseDetail" onRetry={reload} />
      {detail && (
        <>
          <div className="case-badges">
            <span className={`status status-${detail.status}`}>{t(`statuses.${detail.status}`)}</span>
            <span className={`priority priority-${detail.priority}`}>
              {t('caseDetail.facts.priority')} · {t(`terms.priorities.${detail.priority}`)}
            </span>
          </div>
          <CaseSlaClocks detail={detail} />
          <QuickActions detail={detail} onChanged={changed} onReload={reload} onOpenCustomer={onOpenCustomer} />
          <dl className="summary case-facts" aria-label={t('caseDetail.facts.label')}>
            <dt>{t('caseDetail.facts.status')}</dt>
            <dd>{t(`statuses.${detail.status}`)}</dd>
            <dt>{t('caseDetail.facts.customer')}</dt>
            <dd>
              {[detail.customer.name, detail.customer.phoneMasked].filter(Boolean).join(' · ')}
            </dd>
            <dt>{t('caseDetail.facts.channel')}</dt>
            <dd>{t(`channels.${detail.channel}`)}</dd>
            <dt>{t('caseDetail.facts.scenario')}</dt>
            <dd>{t(`terms.scenarios.${detail.scenario}`)}</dd>
            {detail.category && (
              <>
                <dt>{t('caseDetail.facts.category')}</dt>
                <dd>{t(`terms.categories.${detail.category}`)}</dd>
              </>
            )}
            <dt>{t('caseDetail.facts.assignee')}</dt>
            <dd>{detail.assigneeName ?? t('caseDetail.facts.nobody')}</dd>
            <dt>{t('caseDetail.facts.createdAt')}</dt>
            <dd>{formatAt(detail.createdAt, i18n.language)}</dd>
            {detail.orderNo && (
              <>
                <dt>{t('caseDetail.facts.orderNo')}</dt>
                <dd>{detail.orderNo}</dd>
              </>
            )}
            {detail.product && (
              <>
                <dt>{t('caseDetail.facts.product')}</dt>
                <dd>{detail.product}</dd>
              </>
            )}
            {detail.description && (
              <>
                <dt>{t('caseDetail.facts.description')}</dt>
                <dd className="pre-wrap">{detail.description}</dd>
              </>
            )}
            {detail.resolution && (
              <>
                <dt>{t('caseDetail.facts.resolution')}</dt>
                <dd className="pre-wrap">{detail.resolution}</dd>
              </>
            )}
            {detail.reopenCount > 0 && (
              <>
                <dt>{t('caseDetail.facts.reopenCount')}</dt>
                <dd>{detail.reopenCount}</dd>
              </>
            )}
          </dl>
          <CaseReplies detail={detail} onChanged={changed} />
          <NoteForm caseId={detail.id} onSaved={changed} />
          <EvidencePanel key={`evidence-${detail.id}`} caseId={detail.id} onChanged={reload} />
          <CaseTimeline key={detail.id} events={detail.timeline} total={detail.timelineTotal} />
          <LinkedItems detail={detail} onChanged={changed} />
          <CaseIncidents caseId={detail.id} />
        </>
      )}
    </SidePanel>
  );
}
