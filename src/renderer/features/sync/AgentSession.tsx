import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { SyncStore } from './syncStore';

/** Who is signed in, with "sign out"; "sign in" when nobody is. Nothing on a standalone desktop. */
export function AgentSession({ store }: { store: SyncStore }) {
  const { t } = useTranslation();
  const serverUrl = useStore(store, (s) => s.serverUrl);
  const agent = useStore(store, (s) => s.agent);
  if (serverUrl === null || agent === undefined) return null;
  if (agent === null) {
    return (
      <button type="button" className="secondary topbar-action" onClick={() => store.getState().openSignIn()}>
        {t('signIn.signInButton')}
      </button>
    );
  }
  return (
    <span className="agent-session">
      <span className="agent-name">
        <span className="visually-hidden">{t('signIn.signedInAs')}</span>
        {t('signIn.agent', { name: agent.name, number: agent.number })}
      </span>
      {agent.offline && (
        <span className="badge offline-badge" title={t('signIn.offlineTitle')}>
          {t('signIn.offline')}
        </span>
      )}
      <button type="button" className="link" onClick={() => void store.getState().logout()}>
        {t('signIn.signOut')}
      </button>
    </span>
  );
}
