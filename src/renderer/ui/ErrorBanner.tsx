import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../shared/result';
import { validationMessage } from './validationMessage';

/** A refused request in words: what went wrong, then each distinct field message. Nothing when there is no error. */
export function ErrorBanner({ error }: { error: AppErrorValue | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p role="alert" className="error-banner">
      {t(`errors.${error.code}`)}
      {[...new Set((error.issues ?? []).map((issue) => validationMessage(t, issue)))].map((message) => ` ${message}`)}
    </p>
  );
}
