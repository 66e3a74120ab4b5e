import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../apiContext';
import { AccountField, FormAlert } from './CredentialFields';
import { formErrorsOf, type FormErrors } from './formErrors';

/** First run of a standalone desktop: creates the local administrator, who is then signed in. */
export function SetupScreen({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [number, setNumber] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    if (password !== again) {
      setErrors({ message: t('accounts.passwordsDiffer'), byField: { passwordAgain: { path: 'passwordAgain', key: 'invalid' } } });
      return;
    }
    setBusy(true);
    const reply = await api.setupLocalAdmin({ number, name, password });
    setBusy(false);
    if (reply.ok) return onDone();
    setErrors(formErrorsOf(t, reply.error));
  }

  return (
    <main className="access-screen">
      <form
        className="dialog access-dialog"
        aria-labelledby="setup-title"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2 id="setup-title">{t('accounts.setup.title')}</h2>
        <p className="muted">{t('accounts.setup.intro')}</p>
        <AccountField name="number" label={t('accounts.fields.number')} value={number} onChange={setNumber} errors={errors} maxLength={12} />
        <AccountField name="name" label={t('accounts.fields.name')} value={name} onChange={setName} errors={errors} maxLength={40} />
        <AccountField name="password" type="password" autoComplete="new-password" label={t('accounts.fields.password')} hint={t('accounts.fields.passwordHint')} value={password} onChange={setPassword} errors={errors} />
        <AccountField name="passwordAgain" type="password" autoComplete="new-password" label={t('accounts.fields.passwordAgain')} value={again} onChange={setAgain} errors={errors} />
        <FormAlert errors={errors} />
        <button type="submit" disabled={busy}>
          {t('accounts.setup.submit')}
        </button>
      </form>
    </main>
  );
}
