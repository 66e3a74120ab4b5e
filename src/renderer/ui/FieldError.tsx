import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../shared/result';
import { validationMessage } from './validationMessage';

/** A field's validation message under it, or nothing; give it the `id` the input's aria-describedby names. */
export function FieldError({ issue, id }: { issue: FieldIssue | undefined; id?: string }) {
  const { t } = useTranslation();
  if (!issue) return null;
  return (
    <span className="field-error" id={id}>
      {validationMessage(t, issue)}
    </span>
  );
}
