import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../apiContext';
import { useApiQuery } from '../../ui/useApiQuery';

/**
 * Covers the whole window (no customer data shows through) until the agent comes back: only the
 * signed-in agent's own password unlocks it (checked in main against their local account, or the
 * hash saved at their last server sign-in). "Switch agent" (`onSwitchAgent`) signs them out for the
 * next shift instead; call drafts are kept. With no one signed in, a click unlocks.
 */
export function LockScreen({ onUnlock, onSwitchAgent }: { onUnlock(): void; onSwitchAgent?: (() => void) | undefined }) {
  const { t } = useTranslation();
  const api = useApi();
  // undefined until known; null on a standalone desktop (or when main cannot say).
  const signedIn = useApiQuery((bridge) => bridge.getSignedInAgent(), []);
  const agent = signedIn.state === 'loading' ? undefined : signedIn.state === 'failed' ? null : signedIn.value;
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => (agent ? field.current : button.current)?.focus(), [agent]);

  async function unlock() {
    if (!agent) return onUnlock();
    setBusy(true);
    const reply = await api.unlockSession({ password });
    setBusy(false);
    if (reply.ok) return onUnlock();
    setPassword('');
    setError(t(`errors.${reply.error.code}`, { defaultValue: t('errors.internal') }));
  }

  return (
    <div className="lock-screen" role="dialog" aria-modal="true" aria-labelledby="lock-title">
      <form
        className="dialog lock-dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void unlock();
        }}
      >
        <h2 id="lock-title">{t('lock.title')}</h2>
        <p className="muted">{agent ? t('lock.whoSignedIn', { name: agent.name, number: agent.number }) : t('lock.standalone')}</p>
        {agent && (
          <label>
            {t('lock.password')}
            <input ref={field} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} aria-invalid={error !== null} />
          </label>
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <button ref={button} type="submit" disabled={busy || (agent !== null && agent !== undefined && password === '')}>
          {t('lock.unlock')}
        </button>
        {onSwitchAgent && (
          <div className="lock-switch">
            <p className="muted">{t('accounts.lock.switchHint')}</p>
            <button type="button" className="secondary" onClick={onSwitchAgent}>
              {t('accounts.lock.switchAgent')}
            </button>
          </div>
        )}
      </form>
    </div>
  );
}
