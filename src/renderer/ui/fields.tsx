import { useId, type ReactNode, type RefObject } from 'react';
import { useLengthLimit } from './useLengthLimit';

/** Small labelled controls the stage forms are built from; every one is keyboard reachable. */
export function TextField(props: { label: string; value: string; onChange(value: string): void; maxLength?: number; placeholder?: string; type?: string; autoFocus?: boolean }) {
  const id = useId();
  const limit = useLengthLimit({ value: props.value, max: props.maxLength, onChange: props.onChange, id });
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type={props.type ?? 'text'}
        value={props.value}
        placeholder={props.placeholder}
        autoFocus={props.autoFocus}
        aria-describedby={limit.statusId}
        {...limit.inputProps}
        ref={limit.inputProps.ref as RefObject<HTMLInputElement>}
        onChange={(e) => limit.change(e.target.value)}
      />
      {limit.status}
    </div>
  );
}

export function SelectField<V extends string>(props: { label: string; value: V | null; options: readonly V[]; labelOf(value: V): string; onChange(value: V | null): void; emptyLabel?: string }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value === '' ? null : (e.target.value as V))}>
        {props.emptyLabel !== undefined && <option value="">{props.emptyLabel}</option>}
        {props.options.map((option) => (
          <option key={option} value={option}>
            {props.labelOf(option)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckField(props: { label: ReactNode; checked: boolean; onChange(checked: boolean): void }) {
  return (
    <label className="check">
      <input type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} />
      {props.label}
    </label>
  );
}
