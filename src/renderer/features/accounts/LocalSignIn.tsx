import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../apiContext';
import { AccountField, FormAlert } from './CredentialFields';
import { formErrorsOf, type FormErrors } from './formErrors';

/** Sign-in on a standalone desktop: agent number and password of a local account. */
export function LocalSignIn({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [number, setNumber] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    setBusy(true);
    const reply = await api.login({ number, password });
    setBusy(false);
    if (reply.ok) return onDone();
    setPassword('');
    setErrors(formErrorsOf(t, reply.error));
  }

  return (
    <main className="access-screen">
      <form
        className="dialog access-dialog"
        aria-labelledby="local-sign-in-title"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2 id="local-sign-in-title">{t('accounts.signIn.title')}</h2>
        <p className="muted">{t('accounts.signIn.intro')}</p>
        <AccountField name="number" label={t('accounts.fields.number')} value={number} onChange={setNumber} errors={errors} autoComplete="username" maxLength={32} />
        <AccountField name="password" type="password" autoComplete="current-password" label={t('accounts.fields.password')} value={password} onChange={setPassword} errors={errors} />
        <FormAlert errors={errors} />
        <button type="submit" disabled={busy}>
          {busy ? t('accounts.signIn.busy') : t('accounts.signIn.submit')}
        </button>
      </form>
    </main>
  );
}
