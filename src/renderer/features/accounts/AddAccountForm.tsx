import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalAccount } from '../../../shared/schemas/accounts';
import type { Role } from '../../../shared/schemas/domainTerms';
import { useApi } from '../../apiContext';
import { FieldError } from '../../ui/FieldError';
import { AccountField, FormAlert } from './CredentialFields';
import { formErrorsOf, type FormErrors } from './formErrors';

/** Adds a local account: number, name, role, team (by name, with the teams in use offered) and a first password. */
export function AddAccountForm({ roles, teams, onAdded }: { roles: readonly Role[]; teams: readonly string[]; onAdded(account: LocalAccount): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const roleId = useId();
  const teamList = useId();
  const [number, setNumber] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('agent');
  const [team, setTeam] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);

  async function submit() {
    const reply = await api.addLocalAccount({ number, name, role, team, password });
    if (!reply.ok) return setErrors(formErrorsOf(t, reply.error));
    setErrors(null);
    setNumber('');
    setName('');
    setPassword('');
    onAdded(reply.value);
  }

  return (
    <form
      className="accounts-form"
      aria-labelledby="add-account-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id="add-account-title">{t('accounts.admin.addTitle')}</h3>
      <div className="accounts-grid">
        <AccountField name="number" label={t('accounts.fields.number')} value={number} onChange={setNumber} errors={errors} maxLength={12} />
        <AccountField name="name" label={t('accounts.fields.name')} value={name} onChange={setName} errors={errors} maxLength={40} />
        <div className="field account-field">
          <label htmlFor={roleId}>{t('accounts.fields.role')}</label>
          <select id={roleId} value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(`accounts.roles.${r}`)}
              </option>
            ))}
          </select>
          <FieldError issue={errors?.byField.role} />
        </div>
        <AccountField name="team" label={t('accounts.fields.team')} hint={t('accounts.fields.teamHint')} value={team} onChange={setTeam} errors={errors} list={teamList} maxLength={40} />
        <datalist id={teamList}>
          {teams.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <AccountField name="password" type="password" autoComplete="new-password" label={t('accounts.fields.password')} hint={t('accounts.fields.passwordHint')} value={password} onChange={setPassword} errors={errors} />
      </div>
      <FormAlert errors={errors} />
      <button type="submit">{t('accounts.admin.add')}</button>
    </form>
  );
}
