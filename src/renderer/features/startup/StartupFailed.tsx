import { useTranslation } from 'react-i18next';
import { useApi } from '../../apiContext';
import { useStartupActions } from './useStartupActions';

/** The store could not be opened for another reason than damage (e.g. a newer AgentDesk wrote it). */
export function StartupFailed({ message }: { message: string }) {
  const { t } = useTranslation();
  const actions = useStartupActions(useApi());
  return (
    <main className="startup-screen">
      <section className="startup-card damaged" aria-labelledby="failed-title">
        <h1 id="failed-title">{t('startup.failedTitle')}</h1>
        <p>{t('startup.failedLead')}</p>
        <p className="startup-reason">{t('startup.failedDetail', { message })}</p>
        <div className="startup-actions">
          <button type="button" disabled={actions.busy} onClick={() => void actions.exportDiagnostics()}>
            {t('startup.exportDiagnostics')}
          </button>
        </div>
        {actions.message && (
          <p role={actions.message.error ? 'alert' : 'status'} className={actions.message.error ? 'field-error' : 'muted'}>
            {actions.message.text}
          </p>
        )}
      </section>
    </main>
  );
}
