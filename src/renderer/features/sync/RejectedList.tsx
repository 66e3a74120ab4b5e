import { useTranslation } from 'react-i18next';
import type { RejectedChange } from '../../../shared/schemas/sync';
import { mutationName } from '../../ui/mutationName';
import { explainRejection } from './rejectionReason';

/** Changes the server refused, each with its reason in words and, when it was about a case, a way to open it. */
export function RejectedList({ rejected, onOpenCase }: { rejected: RejectedChange[]; onOpenCase(caseId: string): void }) {
  const { t } = useTranslation();
  return (
    <section className="rejected" aria-labelledby="rejected-title">
      <h3 id="rejected-title">{t('sync.rejected.title', { count: rejected.length })}</h3>
      {rejected.length === 0 ? (
        <p className="muted">{t('sync.rejected.none')}</p>
      ) : (
        <>
          <p className="muted">{t('sync.rejected.help')}</p>
          <ul className="rejected-list">
            {rejected.map((change) => {
              const { text, detail } = explainRejection(t, change.reason);
              return (
                <li key={change.seq}>
                  <span className="rejected-what">{mutationName(t, change.name)}</span>
                  <span className="rejected-reason">{text}</span>
                  {detail && <span className="rejected-detail muted">{detail}</span>}
                  {change.caseId && (
                    <button type="button" className="link" onClick={() => onOpenCase(change.caseId!)}>
                      {t('sync.rejected.openCase')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
