import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nextStatuses } from '../../../shared/domain/caseStatus';
import type { CaseStatus } from '../../../shared/schemas/case';
import type { CaseDetail } from '../../../shared/schemas/caseDetail';
import type { AppErrorValue, Result } from '../../../shared/result';
import { useApi } from '../../apiContext';
import { useApiQuery } from '../../ui/useApiQuery';

/**
 * The moves an agent makes without leaving the case: the status moves the state machine allows from
 * the status shown (sent with `from`, so a case someone else moved meanwhile is refused, not
 * overwritten), taking the case, and opening the customer.
 */
export function QuickActions({ detail, onChanged, onReload, onOpenCustomer }: { detail: CaseDetail; onChanged(next: CaseDetail): void; onReload(): void; onOpenCustomer(customerId: string): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [done, setDone] = useState('');
  const signedIn = useApiQuery((bridge) => bridge.getSignedInAgent(), []);
  const me = signedIn.state === 'loaded' ? signedIn.value : null;

  async function run(action: () => Promise<Result<CaseDetail>>, message: string) {
    setBusy(true);
    setError(null);
    setDone('');
    const reply = await action();
    setBusy(false);
    if (!reply.ok) {
      setError(reply.error);
      // Someone else moved the case meanwhile: show what it is now.
      if (reply.error.code === 'conflict') onReload();
      return;
    }
    setDone(message);
    onChanged(reply.value);
  }

  const move = (to: CaseStatus) =>
    run(() => api.changeCaseStatus({ caseId: detail.id, from: detail.status, to }), t('caseDetail.actions.moved', { status: t(`statuses.${to}`) }));
  const moves = nextStatuses(detail.status);

  return (
    <section className="case-actions" aria-labelledby="case-actions-title">
      <h3 id="case-actions-title" className="visually-hidden">
        {t('caseDetail.actions.label')}
      </h3>
      <div role="group" aria-label={t('caseDetail.actions.status')} className="row">
        <span className="muted">{t('caseDetail.actions.status')}</span>
        {moves.length === 0 && <span className="muted">{t('caseDetail.actions.noMoves')}</span>}
        {moves.map((to) => (
          <button key={to} type="button" className="small secondary" disabled={busy} onClick={() => void move(to)}>
            {t('caseDetail.actions.moveTo', { status: t(`statuses.${to}`) })}
          </button>
        ))}
      </div>
      <div className="row">
        {me && detail.assigneeId !== me.id && (
          <button type="button" className="small secondary" disabled={busy} onClick={() => void run(() => api.updateCase({ caseId: detail.id, changes: { assigneeId: me.id } }), t('caseDetail.actions.assigned'))}>
            {t('caseDetail.actions.assignToMe')}
          </button>
        )}
        <button type="button" className="small secondary" onClick={() => onOpenCustomer(detail.customer.id)}>
          {t('caseDetail.actions.openCustomer', { name: detail.customer.name })}
        </button>
      </div>
      <p role="status" className="muted small-print">
        {done}
      </p>
      {error && (
        <p role="alert" className="error-banner">
          {t(`errors.${error.code}`)}
        </p>
      )}
    </section>
  );
}
