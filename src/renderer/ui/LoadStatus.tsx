import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../shared/result';

/** A panel's loading line, or its error with a retry (none for a record that is gone). `ns` names the messages: loading, notFound, loadFailed, retry. */
export function LoadStatus({ state, error, ns, onRetry }: { state: 'loading' | 'failed' | 'loaded'; error?: AppErrorValue; ns: 'caseDetail' | 'customer360'; onRetry(): void }) {
  const { t } = useTranslation();
  if (state === 'loading') {
    return (
      <p role="status" className="muted">
        {t(`${ns}.loading`)}
      </p>
    );
  }
  if (state !== 'failed' || !error) return null;
  return (
    <div role="alert" className="error-banner">
      <p>{error.code === 'not_found' ? t(`${ns}.notFound`) : `${t(`${ns}.loadFailed`)} ${t(`errors.${error.code}`)}`}</p>
      {error.code !== 'not_found' && (
        <button type="button" className="small" onClick={onRetry}>
          {t(`${ns}.retry`)}
        </button>
      )}
    </div>
  );
}
