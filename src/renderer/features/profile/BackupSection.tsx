import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '../../../shared/contract/backups';
import { useApi } from '../../apiContext';
import { formatAtSeconds } from '../../ui/formatSpan';
import { useApiQuery } from '../../ui/useApiQuery';
import './backups.css';

/**
 * Backups of the local store in the profile dialog: the schedule and folder, the backups on hand,
 * "back up now", and restore with a confirmation (main then closes the store, keeps the current
 * file aside, copies the backup in, reopens it and reloads the window).
 */
export function BackupSection() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const overview = useApiQuery((a) => a.listBackups(), []);
  const [busy, setBusy] = useState<'backup' | 'restore' | null>(null);
  const [asking, setAsking] = useState<BackupEntry | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const when = (at: number) => formatAtSeconds(at, i18n.language);
  const failed = (code: string) => setMessage({ text: t(`errors.${code}`, { defaultValue: t('errors.internal') }), error: true });

  const backUpNow = async () => {
    setBusy('backup');
    setMessage(null);
    const reply = await api.backUpNow();
    setBusy(null);
    if (!reply.ok) return failed(reply.error.code);
    setMessage({ text: t('backups.madeNow', { name: reply.value.name }), error: false });
    overview.retry();
  };
  const restore = async (backup: BackupEntry) => {
    setAsking(null);
    setBusy('restore');
    setMessage({ text: t('backups.restoring'), error: false });
    const reply = await api.restoreBackup({ name: backup.name });
    setBusy(null);
    // On success main reloads the window; until then say where the old file went.
    if (!reply.ok) return failed(reply.error.code);
    setMessage({ text: reply.value.keptAside ? t('startup.keptAside', { path: reply.value.keptAside }) : t('backups.restoring'), error: false });
  };

  return (
    <section className="backup-section" aria-labelledby="backup-title">
      <h4 id="backup-title">{t('backups.title')}</h4>
      {overview.state === 'failed' && <p role="alert" className="field-error">{t(`errors.${overview.error.code}`, { defaultValue: t('errors.internal') })}</p>}
      {overview.state === 'loaded' && (
        <>
          <p className="muted">{t('backups.schedule', { hours: overview.value.everyHours, days: overview.value.keepDays })}</p>
          <p className="muted backup-folder">{t('backups.folder', { folder: overview.value.folder })}</p>
          {overview.value.nextDueAt !== null && <p className="muted">{t('backups.nextDue', { time: when(overview.value.nextDueAt) })}</p>}
          {overview.value.backups.length === 0 ? (
            <p className="muted">{t('backups.none')}</p>
          ) : (
            <ul className="backup-list" aria-label={t('backups.listLabel')}>
              {overview.value.backups.map((backup) => (
                <li key={backup.name}>
                  <span>{when(backup.takenAt)}</span>
                  <span className="muted">{t('backups.size', { size: (backup.bytes / 1_048_576).toFixed(1) })}</span>
                  <button type="button" className="secondary small" disabled={busy !== null} onClick={() => setAsking(backup)}>
                    {t('backups.restore')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <div className="row">
        <button type="button" className="secondary small" disabled={busy !== null} onClick={() => void backUpNow()}>
          {busy === 'backup' ? t('backups.backingUp') : t('backups.backUpNow')}
        </button>
      </div>
      {asking && (
        <div role="alertdialog" aria-labelledby="restore-question" className="error-banner">
          <p id="restore-question">{t('backups.confirmRestore', { time: when(asking.takenAt) })}</p>
          <div className="row">
            <button type="button" onClick={() => void restore(asking)}>
              {t('backups.confirm')}
            </button>
            <button type="button" className="secondary" onClick={() => setAsking(null)}>
              {t('backups.cancel')}
            </button>
          </div>
        </div>
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'field-error' : 'muted'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
