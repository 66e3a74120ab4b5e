import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalAccess } from '../../../shared/schemas/accounts';
import { useApi } from '../../apiContext';
import { AccountsDialog } from './AccountsDialog';

/** The header on a standalone desktop: who is signed in, with their role; "accounts" for the administrator; sign out. */
export function LocalSession({ access, onSignedOut }: { access: LocalAccess; onSignedOut(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [managing, setManaging] = useState(false);
  const agent = access.signedIn;
  if (!access.standalone || !agent) return null;
  return (
    <span className="agent-session local-session">
      <span className="agent-name">
        <span className="visually-hidden">{t('accounts.session.signedInAs')}</span>
        {t('accounts.session.who', { name: agent.name, number: agent.number, role: t(`accounts.roles.${agent.role}`) })}
      </span>
      {agent.role === 'admin' && (
        <button type="button" className="secondary topbar-action" onClick={() => setManaging(true)}>
          {t('accounts.session.manage')}
        </button>
      )}
      <button
        type="button"
        className="link"
        onClick={() => {
          void api.logout().then(onSignedOut);
        }}
      >
        {t('accounts.session.signOut')}
      </button>
      {managing && <AccountsDialog meId={agent.id} onClose={() => setManaging(false)} />}
    </span>
  );
}
