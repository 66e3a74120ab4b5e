import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../ui/FieldError';
import type { FormErrors } from './formErrors';

/** One labelled input of the account forms, with its validation message under it. */
export function AccountField(props: {
  name: string;
  label: string;
  value: string;
  onChange(value: string): void;
  errors: FormErrors | null;
  type?: 'text' | 'password';
  autoComplete?: string;
  hint?: string;
  list?: string;
  maxLength?: number;
}) {
  const id = useId();
  const issue = props.errors?.byField[props.name];
  const describedBy = [issue ? `${id}-error` : null, props.hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field account-field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value}
        autoComplete={props.autoComplete ?? 'off'}
        list={props.list}
        maxLength={props.maxLength}
        aria-invalid={issue ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.hint && (
        <span className="muted small-hint" id={`${id}-hint`}>
          {props.hint}
        </span>
      )}
      <FieldError issue={issue} id={`${id}-error`} />
    </div>
  );
}

/** The form's error line (what main answered), read out when it appears. */
export function FormAlert({ errors }: { errors: FormErrors | null }) {
  useTranslation();
  if (!errors) return null;
  return (
    <p className="field-error" role="alert">
      {errors.message}
    </p>
  );
}
