import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../shared/result';
import { useApi } from '../../apiContext';
import type { Profile, SignedInIdentity } from '../../state/profile';
import { Dialog } from '../../ui/Dialog';
import { FieldError } from '../../ui/FieldError';
import { TextField } from '../../ui/fields';
import { ServerUrlField } from './ServerUrlField';
import { BackupSection } from './BackupSection';
import { TelephonySettings } from './TelephonySettings';

const fields = ['companyName', 'agentName', 'agentNumber'] as const;

/** The agent's name and number and the company they answer for: what the greeting script says. */
export function ProfileDialog({
  profile,
  identity,
  serverUrl,
  onSaved,
  onClose,
}: {
  profile: Profile;
  /** Someone is signed in: their account names them, so the name and number are not typed here. */
  identity: SignedInIdentity | null;
  serverUrl: string | null;
  onSaved(profile: Profile, serverUrl: string | null): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [form, setForm] = useState(profile);
  const [server, setServer] = useState(serverUrl ?? '');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [diagnostics, setDiagnostics] = useState<string | null>(null);
  const save = async () => {
    const reply = await api.updateSettings({ ...form, serverUrl: server.trim() === '' ? null : server.trim() });
    // A refusal without field issues (e.g. forbidden: the server address is an admin's or the machine policy's) is said in words.
    setFailure(reply.ok || reply.error.issues ? null : reply.error.code);
    if (!reply.ok) return setIssues(reply.error.issues ?? [{ path: '', key: 'invalid' }]);
    onSaved({ companyName: reply.value.companyName, agentName: reply.value.agentName, agentNumber: reply.value.agentNumber }, reply.value.serverUrl);
  };
  return (
    <Dialog labelledBy="profile-title" className="dialog profile-dialog" focusFirst="input" onSubmit={() => void save()} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <h3 id="profile-title">{t('profile.title')}</h3>
      <p className="muted">{t('profile.why')}</p>
      {identity && <p className="profile-identity">{t('profile.signedInAs', { name: identity.name, number: identity.number })}</p>}
      {(identity ? fields.filter((f) => f === 'companyName') : fields).map((field) => (
        <div key={field}>
          <TextField label={t(`profile.${field}`)} value={form[field]} maxLength={40} onChange={(value) => setForm((f) => ({ ...f, [field]: value }))} />
          <FieldError issue={issues.find((i) => i.path === field)} />
        </div>
      ))}
      <ServerUrlField value={server} onChange={setServer} issue={issues.find((i) => i.path === 'serverUrl')} />
      {failure && (
        <p role="alert" className="field-error">
          {failure === 'forbidden' ? t('profile.adminOnly') : t(`errors.${failure}`)}
        </p>
      )}
      <div className="row">
        <button type="submit">{t('profile.save')}</button>
        <button type="button" className="secondary" onClick={onClose}>
          {t('call.escalateDialog.cancel')}
        </button>
      </div>
      <div className="row">
        <button
          type="button"
          className="secondary small"
          title={t('profile.diagnosticsHelp')}
          onClick={() =>
            void api.exportDiagnostics().then((reply) => setDiagnostics(reply.ok ? t('profile.diagnosticsSaved', { path: reply.value.path }) : t(`errors.${reply.error.code}`, { defaultValue: t('errors.internal') })))
          }
        >
          {t('profile.diagnostics')}
        </button>
      </div>
      {diagnostics && (
        <p className="muted diagnostics-path" role="status">
          {diagnostics}
        </p>
      )}
      <BackupSection />
      <TelephonySettings />
    </Dialog>
  );
}
