import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalAccount } from '../../../shared/schemas/accounts';
import { roles, type Role } from '../../../shared/schemas/domainTerms';
import { useApi } from '../../apiContext';
import { Dialog } from '../../ui/Dialog';
import { useApiQuery } from '../../ui/useApiQuery';
import { AddAccountForm } from './AddAccountForm';
import { AccountField, FormAlert } from './CredentialFields';
import { formErrorsOf, type FormErrors } from './formErrors';

/** The administrator's screen: every local account, adding agents and leads, deactivating, resetting a password. */
export function AccountsDialog({ meId, onClose }: { meId: string; onClose(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const list = useApiQuery((bridge) => bridge.listLocalAccounts(), [], () => true);
  const [notice, setNotice] = useState<string | null>(null);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [resetting, setResetting] = useState<LocalAccount | null>(null);
  const roleLabel = (role: Role) => t(`accounts.roles.${role}`);

  async function setActive(account: LocalAccount, active: boolean) {
    const reply = await api.setLocalAccountActive({ id: account.id, active });
    if (!reply.ok) return setErrors(formErrorsOf(t, reply.error));
    setErrors(null);
    list.retry();
  }

  return (
    <div className="accounts-overlay">
      <Dialog labelledBy="accounts-title" className="dialog accounts-dialog" focusFirst="input, button" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
        <div className="accounts-head">
          <h2 id="accounts-title">{t('accounts.admin.title')}</h2>
          <button type="button" className="secondary" onClick={onClose}>
            {t('accounts.admin.close')}
          </button>
        </div>
        {notice && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
        <FormAlert errors={errors} />
        {list.state === 'loaded' && (
          <table className="accounts-table">
            <caption>{t('accounts.admin.listCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('accounts.fields.number')}</th>
                <th scope="col">{t('accounts.fields.name')}</th>
                <th scope="col">{t('accounts.fields.role')}</th>
                <th scope="col">{t('accounts.fields.team')}</th>
                <th scope="col">{t('accounts.admin.status')}</th>
                <th scope="col">{t('accounts.admin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.value.accounts.map((account) => (
                <tr key={account.id} className={account.active ? undefined : 'inactive'}>
                  <td>{account.number}</td>
                  <td>
                    {account.name}
                    {account.id === meId && <span className="muted"> {t('accounts.admin.you')}</span>}
                  </td>
                  <td>{roleLabel(account.role)}</td>
                  <td>{account.team ?? t('accounts.admin.noTeam')}</td>
                  <td>{account.active ? t('accounts.admin.active') : t('accounts.admin.inactive')}</td>
                  <td className="account-actions">
                    {account.id !== meId && (
                      <button type="button" className="small secondary" onClick={() => void setActive(account, !account.active)}>
                        {account.active ? t('accounts.admin.deactivate') : t('accounts.admin.activate')}
                      </button>
                    )}
                    <button type="button" className="small secondary" onClick={() => setResetting(account)}>
                      {t('accounts.admin.resetPassword')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {resetting && (
          <ResetPasswordForm
            account={resetting}
            onCancel={() => setResetting(null)}
            onDone={() => {
              setNotice(t('accounts.admin.passwordReset', { name: resetting.name }));
              setResetting(null);
            }}
          />
        )}
        <AddAccountForm
          roles={roles}
          teams={list.state === 'loaded' ? list.value.teams : []}
          onAdded={(account) => {
            setNotice(t('accounts.admin.added', { name: account.name, number: account.number }));
            list.retry();
          }}
        />
      </Dialog>
    </div>
  );
}

function ResetPasswordForm({ account, onCancel, onDone }: { account: LocalAccount; onCancel(): void; onDone(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  async function submit() {
    const reply = await api.resetLocalPassword({ id: account.id, password });
    if (!reply.ok) return setErrors(formErrorsOf(t, reply.error));
    onDone();
  }
  return (
    <form
      className="accounts-form"
      aria-label={t('accounts.admin.newPasswordFor', { name: account.name, number: account.number })}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3>{t('accounts.admin.newPasswordFor', { name: account.name, number: account.number })}</h3>
      <AccountField name="password" type="password" autoComplete="new-password" label={t('accounts.fields.password')} hint={t('accounts.fields.passwordHint')} value={password} onChange={setPassword} errors={errors} />
      <FormAlert errors={errors} />
      <div className="form-actions">
        <button type="submit">{t('accounts.admin.savePassword')}</button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('accounts.admin.cancel')}
        </button>
      </div>
    </form>
  );
}
