import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '../../../shared/contract/backups';
import { useApi } from '../../apiContext';
import { formatAtSeconds } from '../../ui/formatSpan';
import { useStartupActions } from './useStartupActions';

/**
 * The store failed its integrity check (at start, or in the background while in use: `whileOpen`): say so plainly, and offer the ways on — restore a chosen
 * backup, start on an empty store (the damaged file kept aside), export diagnostics for support.
 */
export function DamagedStore({ reason, backups, backupFolder, whileOpen = false }: { reason: string; backups: BackupEntry[]; backupFolder: string; whileOpen?: boolean }) {
  const { t, i18n } = useTranslation();
  const actions = useStartupActions(useApi());
  const [chosen, setChosen] = useState<string | null>(backups[0]?.name ?? null);
  const [confirmEmpty, setConfirmEmpty] = useState(false);
  return (
    <main className="startup-screen">
      <section className="startup-card damaged" aria-labelledby="damaged-title">
        <h1 id="damaged-title">{t('startup.damagedTitle')}</h1>
        <p>{t(whileOpen ? 'startup.damagedLeadWhileOpen' : 'startup.damagedLead')}</p>
        <p className="startup-reason">{t('startup.damagedReason', { reason })}</p>
        <h2>{t('startup.chooseBackup')}</h2>
        {backups.length === 0 ? (
          <p className="muted">{t('startup.noBackups')}</p>
        ) : (
          <fieldset className="backup-choices" aria-label={t('startup.chooseBackup')}>
            {backups.map((backup) => (
              <label key={backup.name}>
                <input type="radio" name="backup" value={backup.name} checked={chosen === backup.name} onChange={() => setChosen(backup.name)} />
                <span>{formatAtSeconds(backup.takenAt, i18n.language)}</span>
                <span className="muted">{t('backups.size', { size: (backup.bytes / 1_048_576).toFixed(1) })}</span>
              </label>
            ))}
          </fieldset>
        )}
        <p className="muted">{t('startup.backupFolder', { folder: backupFolder })}</p>
        <div className="startup-actions">
          <button type="button" disabled={!chosen || actions.busy} onClick={() => chosen && void actions.restore(chosen)}>
            {actions.busy ? t('startup.restoring') : t('startup.restore')}
          </button>
          <button type="button" className="secondary" disabled={actions.busy} onClick={() => setConfirmEmpty(true)}>
            {t('startup.startEmpty')}
          </button>
          <button type="button" className="secondary" disabled={actions.busy} onClick={() => void actions.exportDiagnostics()}>
            {t('startup.exportDiagnostics')}
          </button>
        </div>
        <p className="muted">{t('startup.startEmptyHelp')}</p>
        {confirmEmpty && (
          <div role="alertdialog" aria-label={t('startup.startEmpty')} className="error-banner">
            <p>{t('startup.confirmStartEmpty')}</p>
            <div className="startup-actions">
              <button
                type="button"
                onClick={() => {
                  setConfirmEmpty(false);
                  void actions.startEmpty();
                }}
              >
                {t('startup.startEmpty')}
              </button>
              <button type="button" className="secondary" onClick={() => setConfirmEmpty(false)}>
                {t('backups.cancel')}
              </button>
            </div>
          </div>
        )}
        {actions.message && (
          <p role={actions.message.error ? 'alert' : 'status'} className={actions.message.error ? 'field-error' : 'muted'}>
            {actions.message.text}
          </p>
        )}
      </section>
    </main>
  );
}
