import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { i18n } from 'i18next';
import type { AgentDeskApi, AppInfo } from '../../../shared/api';
import type { StartupState } from '../../../shared/contract/startup';
import { ApiProvider } from '../../apiContext';
import { DamagedStore } from './DamagedStore';
import { StartupFailed } from './StartupFailed';
import { StartupProgress } from './StartupProgress';
import './startup.css';

/**
 * Shows the startup screens until the store is ready (progress, damaged, failed), following main's
 * `onStartupState` events; once ready it asks for the app info and renders the app.
 */
export function StartupGate({ api, i18n, initial, renderApp }: { api: AgentDeskApi; i18n: i18n; initial: StartupState; renderApp(info: AppInfo): ReactNode }) {
  const [state, setState] = useState<StartupState>(initial);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => api.onStartupState(setState), [api]);
  const ready = state.phase === 'ready';
  useEffect(() => {
    if (!ready || info) return;
    let live = true;
    void api.getAppInfo().then((reply) => {
      if (!live) return;
      if (reply.ok) setInfo(reply.value);
      else setFailure(reply.error.message);
    });
    return () => {
      live = false;
    };
  }, [api, ready, info]);
  if (ready && info) return renderApp(info);
  const screen =
    state.phase === 'damaged' ? (
      <DamagedStore reason={state.reason} backups={state.backups} backupFolder={state.backupFolder} whileOpen={state.whileOpen === true} />
    ) : state.phase === 'failed' || failure ? (
      <StartupFailed message={state.phase === 'failed' ? state.message : (failure ?? '')} />
    ) : (
      <StartupProgress step={state.phase === 'opening' ? state.step : 'loading'} percent={state.phase === 'opening' ? state.percent : 99} />
    );
  return (
    <I18nextProvider i18n={i18n}>
      <ApiProvider value={api}>{screen}</ApiProvider>
    </I18nextProvider>
  );
}
