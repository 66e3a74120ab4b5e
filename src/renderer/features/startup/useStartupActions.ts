import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgentDeskApi } from '../../../shared/api';
import type { Result } from '../../../shared/result';

/** Runs one startup action at a time and turns its reply into a line for the screen. */
export function useStartupActions(api: AgentDeskApi) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const run = async <T>(action: () => Promise<Result<T>>, done: (value: T) => string) => {
    setBusy(true);
    setMessage(null);
    const reply = await action();
    setBusy(false);
    setMessage(reply.ok ? { text: done(reply.value), error: false } : { text: t(`errors.${reply.error.code}`, { defaultValue: t('errors.internal') }), error: true });
  };
  return {
    busy,
    message,
    exportDiagnostics: () => run(() => api.exportStartupDiagnostics(), (value) => t('startup.diagnosticsSaved', { path: value.path })),
    restore: (name: string) => run(() => api.restoreBackup({ name }), (value) => (value.keptAside ? t('startup.keptAside', { path: value.keptAside }) : '')),
    startEmpty: () => run(() => api.startWithEmptyStore(), (value) => (value.keptAside ? t('startup.keptAside', { path: value.keptAside }) : '')),
  };
}
