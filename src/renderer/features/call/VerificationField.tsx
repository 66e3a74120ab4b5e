import { useTranslation } from 'react-i18next';
import { verificationMethods, type CallDraft, type VerificationMethod } from '../../../shared/schemas/callDraft';

/** How the caller's identity was checked — or that it could not be — chosen at greet; required for a known customer. */
export function VerificationField({ draft, onChange }: { draft: CallDraft; onChange(method: VerificationMethod): void }) {
  const { t } = useTranslation();
  const chosen = draft.verification?.method ?? null;
  return (
    <fieldset className="verification">
      <legend>{t('callFlow.verify.legend')}</legend>
      {verificationMethods.map((method) => (
        <label key={method} className="check">
          <input type="radio" name="verification" checked={chosen === method} onChange={() => onChange(method)} />
          {t(`callFlow.verify.methods.${method}`)}
        </label>
      ))}
    </fieldset>
  );
}
