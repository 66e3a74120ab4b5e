import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../shared/api';
import type { AppErrorValue } from '../../../shared/result';
import type { CaseDetail, MaskedCustomer } from '../../../shared/schemas/caseDetail';
import type { SearchKind } from '../../../shared/schemas/search';
import { useApi } from '../../apiContext';
import { TimelineItem } from './TimelineItem';

export interface Opened {
  kind: SearchKind;
  id: string;
}

type Loaded = { kind: 'case'; value: CaseDetail } | { kind: 'customer'; value: MaskedCustomer } | { kind: 'article'; value: Article };

/** What was opened from search or the case list: a case with its timeline, a customer, or an article to read. */
export function DetailPanel({ opened, onClose }: { opened: Opened; onClose(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<AppErrorValue | null>(null);
  useEffect(() => {
    let live = true;
    setLoaded(null);
    setError(null);
    const done = (reply: { ok: true; value: unknown } | { ok: false; error: AppErrorValue }) => {
      if (!live) return;
      if (reply.ok) setLoaded({ kind: opened.kind, value: reply.value } as Loaded);
      else setError(reply.error);
    };
    if (opened.kind === 'case') void api.getCase({ caseId: opened.id }).then(done);
    else if (opened.kind === 'customer') void api.getCustomer({ customerId: opened.id }).then(done);
    else void api.getArticle({ articleId: opened.id }).then(done);
    return () => {
      live = false;
    };
  }, [api, opened]);
  const date = (ms: number) => new Date(ms).toLocaleString();
  return (
    <aside className="panel detail-panel" aria-labelledby="detail-title" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <header className="panel-header">
        <h2 id="detail-title">{loaded ? (loaded.kind === 'case' ? `${loaded.value.number} · ${loaded.value.subject}` : loaded.kind === 'customer' ? loaded.value.name : loaded.value.title) : '…'}</h2>
        <button type="button" className="link" onClick={onClose} autoFocus>
          {t('detail.close')}
        </button>
      </header>
      {error && <p role="alert" className="error-banner">{t(`errors.${error.code}`)}</p>}
      {loaded?.kind === 'case' && (
        <>
          <dl className="summary">
            <dt>{t('caseList.columns.status')}</dt>
            <dd>{t(`statuses.${loaded.value.status}`)}</dd>
            <dt>{t('call.confirm.scenario')}</dt>
            <dd>{t(`terms.scenarios.${loaded.value.scenario}`)}</dd>
            <dt>{t('caseList.columns.customer')}</dt>
            <dd>
              {loaded.value.customer.name} · {loaded.value.customer.phoneMasked}
            </dd>
            {loaded.value.orderNo && (
              <>
                <dt>{t('call.confirm.orderNo')}</dt>
                <dd>{loaded.value.orderNo}</dd>
              </>
            )}
            {loaded.value.resolution && (
              <>
                <dt>{t('call.solve.solution')}</dt>
                <dd>{loaded.value.resolution}</dd>
              </>
            )}
            {loaded.value.resolutionDueAt && (
              <>
                <dt>{t('call.sla.resolution')}</dt>
                <dd>{date(loaded.value.resolutionDueAt)}</dd>
              </>
            )}
          </dl>
          <h4>{t('detail.timeline')}</h4>
          <ol className="timeline">
            {loaded.value.timeline.map((event) => (
              <TimelineItem key={event.id} event={event} />
            ))}
          </ol>
        </>
      )}
      {loaded?.kind === 'customer' && (
        <dl className="summary">
          <dt>{t('call.greet.phone')}</dt>
          <dd>{loaded.value.phonesMasked.join(' / ') || loaded.value.phoneMasked}</dd>
          {loaded.value.emailMasked && (
            <>
              <dt>Email</dt>
              <dd>{loaded.value.emailMasked}</dd>
            </>
          )}
          {loaded.value.tags.length > 0 && (
            <>
              <dt>#</dt>
              <dd>{loaded.value.tags.join(' · ')}</dd>
            </>
          )}
        </dl>
      )}
      {loaded?.kind === 'article' && <p className="article-body">{loaded.value.body}</p>}
    </aside>
  );
}
