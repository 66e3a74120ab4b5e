import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalAccess } from '../../../shared/schemas/accounts';
import { useApiQuery } from '../../ui/useApiQuery';
import { LocalSignIn } from './LocalSignIn';
import { SetupScreen } from './SetupScreen';
import './accounts.css';

/**
 * What stands before the workspace on a standalone desktop: the first-run setup while there is no
 * administrator, then the sign-in of a local account. With a sync server the workspace shows as
 * before (the server's sign-in dialog). `children` gets who is signed in and a way to ask again
 * (after signing out or switching agent).
 */
export function AccessGate({ children }: { children(access: LocalAccess, recheck: () => void): ReactNode }) {
  const { t } = useTranslation();
  const access = useApiQuery((api) => api.getLocalAccess(), []);
  if (access.state === 'loading') return <p className="muted access-loading">{t('app.loading')}</p>;
  if (access.state === 'failed')
    return (
      <p className="field-error" role="alert">
        {t(`errors.${access.error.code}`, { defaultValue: t('errors.internal') })}
      </p>
    );
  const { value } = access;
  if (value.standalone && !value.signedIn) return value.hasAdmin ? <LocalSignIn onDone={access.retry} /> : <SetupScreen onDone={access.retry} />;
  return <>{children(value, access.retry)}</>;
}
