import { useTranslation } from 'react-i18next';
import type { ApiQuery } from '../../ui/useApiQuery';

/** Loading, or the error with a retry; a lead-only screen shown to an agent says so plainly. */
export function QueryStatus<T>({ query }: { query: ApiQuery<T> }) {
  const { t } = useTranslation();
  if (query.state === 'loading') {
    return (
      <p role="status" className="muted">
        {t('quality.load.loading')}
      </p>
    );
  }
  if (query.state !== 'failed') return null;
  return (
    <div role="alert" className="error-banner">
      <p>
        {t('quality.load.failed')} {t(`errors.${query.error.code}`)}
      </p>
      {query.error.code !== 'forbidden' && query.error.code !== 'not_found' && (
        <button type="button" className="small" onClick={query.retry}>
          {t('quality.load.retry')}
        </button>
      )}
    </div>
  );
}
