import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../shared/schemas/caseDetail';
import type { AppErrorValue } from '../../../shared/result';
import { useApi } from '../../apiContext';
import { CaseSlaClocks } from './CaseSlaClocks';
import { CaseTimeline } from './CaseTimeline';
import { LinkedItems } from './LinkedItems';
import { NoteForm } from './NoteForm';
import { QuickActions } from './QuickActions';
import { formatAt } from '../../ui/formatSpan';
import './detail.css';
import { LoadStatus } from '../../ui/LoadStatus';
import { SidePanel } from '../../ui/SidePanel';

type Loading = { state: 'loading' } | { state: 'failed'; error: AppErrorValue } | { state: 'loaded'; detail: CaseDetail };

/** A case opened whole: header, SLA clocks, quick actions, timeline, notes and what is linked to it. */
export function CaseDetailView({ caseId, onClose, onOpenCustomer }: { caseId: string; onClose(): void; onOpenCustomer(customerId: string): void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [loading, setLoading] = useState<Loading>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    setLoading((current) => (current.state === 'loaded' && current.detail.id === caseId ? current : { state: 'loading' }));
    void api.getCase({ caseId }).then((reply) => {
      if (!live) return;
      setLoading(reply.ok ? { state: 'loaded', detail: reply.value } : { state: 'failed', error: reply.error });
    });
    return () => {
      live = false;
    };
  }, [api, caseId, attempt]);

  const changed = useCallback((detail: CaseDetail) => setLoading({ state: 'loaded', detail }), []);
  const detail = loading.state === 'loaded' ? loading.detail : null;

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
              {detail.customer.name} · {detail.customer.phoneMasked}
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
          <NoteForm caseId={detail.id} onSaved={changed} />
          <CaseTimeline key={detail.id} events={detail.timeline} total={detail.timelineTotal} />
          <LinkedItems detail={detail} />
        </>
      )}
    </SidePanel>
  );
}
