import { useId, useRef, type InputHTMLAttributes, type Ref, type RefObject, type TextareaHTMLAttributes } from 'react';
import { useLengthLimit } from './useLengthLimit';

type Own = { value: string; maxLength: number; onValue(value: string): void };

const describedBy = (...ids: (string | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

/** An `<input>` with a length limit that is never silent: a counter near the limit, a message when a paste is cut. */
export function LimitedInput({
  value,
  maxLength,
  onValue,
  id,
  ref,
  ...rest
}: Own & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'maxLength' | 'onChange' | 'onPaste'> & { ref?: Ref<HTMLInputElement> }) {
  const own = useId();
  const inputId = id ?? own;
  const element = useRef<HTMLInputElement | null>(null);
  const limit = useLengthLimit({ value, max: maxLength, onChange: onValue, id: inputId, inputRef: element });
  // Ours for the caret after a cut paste, and the caller's (e.g. to focus the field).
  const setRef = (el: HTMLInputElement | null) => {
    element.current = el;
    if (typeof ref === 'function') ref(el);
    else if (ref) (ref as { current: HTMLInputElement | null }).current = el;
  };
  return (
    <>
      <input
        {...rest}
        id={inputId}
        value={value}
        aria-describedby={describedBy(rest['aria-describedby'], limit.statusId)}
        {...limit.inputProps}
        ref={setRef}
        onChange={(e) => limit.change(e.target.value)}
      />
      {limit.status}
    </>
  );
}

/** The same for a `<textarea>`. */
export function LimitedTextArea({ value, maxLength, onValue, id, ...rest }: Own & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'maxLength' | 'onChange' | 'onPaste'>) {
  const own = useId();
  const inputId = id ?? own;
  const limit = useLengthLimit({ value, max: maxLength, onChange: onValue, id: inputId });
  return (
    <>
      <textarea
        {...rest}
        id={inputId}
        value={value}
        aria-describedby={describedBy(rest['aria-describedby'], limit.statusId)}
        {...limit.inputProps}
        ref={limit.inputProps.ref as RefObject<HTMLTextAreaElement>}
        onChange={(e) => limit.change(e.target.value)}
      />
      {limit.status}
    </>
  );
}
